import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvFiles } from '../../../../main/services/exports/csvExport.js';
import { exportedTables } from '../../../../main/services/exports/exportedTables.js';
import { markdownJournal } from '../../../../main/services/exports/markdownExport.js';
import {
  madeAttempt,
  practiceFixture,
  type PracticeFixture,
  unratedAttempt,
} from '../../../support/practiceFixture.js';
import { pinnedFormat } from '../../../support/pinnedFormat.js';

let fixture: PracticeFixture;
beforeEach(async () => {
  fixture = await practiceFixture();
  const { practice } = fixture;
  await practice.createAttempt(
    madeAttempt({
      on: '2026-11-24',
      request: '=HYPERLINK("http://evil.invalid")',
      whatHappened: 'She said “no”, then "maybe",\nand smiled.',
      tags: ['shops'],
    }),
    null,
  );
  await practice.createAttempt({ ...madeAttempt({ on: '2026-11-25' }), after: null }, null);
});
afterEach(() => fixture.cleanup());

describe('the CSV export', () => {
  it('writes one UTF-8 file per table, with a BOM, CRLF rows and a header of its columns', () => {
    const files = csvFiles(fixture.vault.read);
    expect(files.map((file) => file.name)).toEqual(
      exportedTables.map((table) => `${table.name}.csv`),
    );
    for (const file of files) {
      expect(file.text.startsWith('\uFEFF')).toBe(true);
      expect(file.text.endsWith('\r\n')).toBe(true);
    }
    const tags = files.find((file) => file.name === 'attempt_tags.csv')?.text ?? '';
    expect(tags.split('\r\n')[0]).toBe('\uFEFFattempt_id,tag');
    // A table with no rows still says what its columns are.
    const ladders = files.find((file) => file.name === 'ladders.csv')?.text ?? '';
    expect(ladders).toBe('\uFEFFid,title,goal,created_at,updated_at\r\n');
  });

  it('quotes what needs quoting, keeps line breaks, and never hands a spreadsheet a formula', () => {
    const attempts = csvFiles(fixture.vault.read).find(
      (file) => file.name === 'attempts.csv',
    )?.text;
    expect(attempts).toContain('"She said “no”, then ""maybe"",\nand smiled."');
    expect(attempts).toContain(`"'=HYPERLINK(""http://evil.invalid"")"`);
    // ISO dates as stored; an open attempt's empty outcome is an empty field.
    expect(attempts).toContain('2026-11-25T10:30');
    expect(attempts).toMatch(/,,/);
  });

  it.each([' =1+1', '\t@SUM(A1:A9)', '  -2+3', '\u00a0+CMD()', '\r\n=1', '\tplain'])(
    'keeps %j text, whatever space comes before the sign',
    async (hostile) => {
      await fixture.practice.createAttempt(
        madeAttempt({ on: '2026-11-26', whatHappened: hostile }),
        null,
      );
      const attempts =
        csvFiles(fixture.vault.read).find((file) => file.name === 'attempts.csv')?.text ?? '';
      const field = `'${hostile}`;
      expect(attempts).toContain(/[",\r\n]/.test(field) ? `,"${field}",` : `,${field},`);
    },
  );
});

describe('the Markdown export', () => {
  it('is one readable document of the reflections, oldest first, saying it is not encrypted', () => {
    const text = markdownJournal(
      fixture.vault.read,
      new Date('2026-11-25T18:00:00Z'),
      pinnedFormat,
    );
    expect(text).toMatch(
      /^# Ask Anyway — my journal\n\nExported 25 Nov 2026, 18:00: 2 attempts\. This copy is not encrypted\./,
    );
    const first = text.indexOf('## 24 Nov 2026, 10:30 · =HYPERLINK');
    const second = text.indexOf('## 25 Nov 2026, 10:30 · Ask for a refill');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(text).toContain(
      '*Food & shops · difficulty 2 · rejected* — expected 60, chance of a “no” 80 %, peak 40',
    );
    expect(text).toContain('**What happened:** She said “no”, then "maybe",\nand smiled.');
    expect(text).toContain('**Tags:** shops');
    expect(text).toContain(
      '*Food & shops · difficulty 2 · not yet done* — expected 60, chance of a “no” 80 %',
    );
  });
});

/** Where CommonMark (and GFM) start a block that is not a paragraph, line by line. */
const blockRules: [string, RegExp][] = [
  ['heading', /^ {0,3}#{1,6}(?:[ \t]|$)/],
  ['setext underline', /^ {0,3}(?:=+|-+)[ \t]*$/],
  ['thematic break', /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/],
  ['list item', /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/],
  ['block quote', /^ {0,3}>/],
  ['code fence', /^ {0,3}(?:`{3,}|~{3,})/],
  ['indented code', /^(?: {4}|\t)/],
  ['table cell', /(?:^|[^\\])\|/],
  ['HTML', /<[A-Za-z/!?]/],
];

/** Every line of `markdown` that starts something other than a paragraph, with what it starts. */
const blocksOf = (markdown: string): [string, string][] =>
  markdown.split('\n').flatMap((line) => {
    const found = blockRules.find(([, rule]) => rule.test(line));
    return found ? [[found[0], line] as [string, string]] : [];
  });

/**
 * The text a viewer shows: backslash escapes and the two character references the
 * export writes undone. Equal to what was typed, it proves no reference of the user's
 * decodes into something else.
 */
const shownText = (markdown: string): string =>
  markdown
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replaceAll('&lt;', '<')
    .replaceAll('&amp;', '&');

describe('the Markdown export of hostile words', () => {
  const hostileLines = [
    '# I am a heading',
    '- a list item',
    '* another item',
    '+ and another',
    '1. ordered',
    '2) also ordered',
    '> a quote',
    '<script>alert("x")</script>',
    '<img src=x onerror=alert(1)>',
    '<!-- a comment -->',
    '```js',
    '~~~',
    '| a | b |',
    '|---|---|',
    'Title',
    '===',
    '---',
    '***',
    '___',
    '    four spaces of code',
    '',
    '    code after a blank line',
    '&lt;b&gt; typed as a reference, and me & you',
    '[a link](javascript:alert(1)) and `code` and *stars* and _under_ and \\ a backslash',
  ];
  const request = '<b>## Loud</b> ask #1 | for *everything*';

  beforeEach(() =>
    fixture.practice.createAttempt(
      madeAttempt({ on: '2026-11-26', request, whatHappened: hostileLines.join('\n') }),
      null,
    ),
  );

  it('renders the user’s words as words: no heading, list, quote, code, table or HTML of theirs', () => {
    const markdown = markdownJournal(
      fixture.vault.read,
      new Date('2026-11-26T18:00:00Z'),
      pinnedFormat,
    );
    expect(blocksOf(markdown)).toEqual([
      ['heading', '# Ask Anyway — my journal'],
      ['heading', expect.stringMatching(/^## 24 Nov 2026, 10:30 · /) as string],
      ['heading', expect.stringMatching(/^## 25 Nov 2026, 10:30 · /) as string],
      ['heading', expect.stringMatching(/^## 26 Nov 2026, 10:30 · /) as string],
    ]);
  });

  it('keeps every word, each line on its own line, an ampersand as it was typed', () => {
    const markdown = markdownJournal(
      fixture.vault.read,
      new Date('2026-11-26T18:00:00Z'),
      pinnedFormat,
    );
    const shown = shownText(markdown);
    expect(shown).toContain(`## 26 Nov 2026, 10:30 · ${request}`);
    const from = shown.indexOf(hostileLines[0] ?? '');
    expect(shown.slice(from).split('\n').slice(0, hostileLines.length)).toEqual(
      hostileLines.map((line) => line.trimStart()),
    );
    expect(shown).toContain(`**What happened:** ${hostileLines[0] ?? ''}\n`);
    expect(markdown).toContain('and me & you');
  });
});

describe('an attempt saved with its ratings unrated', () => {
  beforeEach(() => fixture.practice.createAttempt(unratedAttempt('2026-11-26'), null));

  it('is empty fields in the CSV and "not rated" in the Markdown, never a number', () => {
    const attempts =
      csvFiles(fixture.vault.read).find((file) => file.name === 'attempts.csv')?.text ?? '';
    const [header = '', ...rows] = attempts.split('\r\n');
    const columns = header.replace('\uFEFF', '').split(',');
    const unrated = rows.find((row) => row.includes('2026-11-26T10:30'))?.split(',') ?? [];
    for (const column of ['anticipated_suds', 'peak_suds', 'after_suds', 'surprise'])
      expect(unrated[columns.indexOf(column)]).toBe('');
    const text = markdownJournal(
      fixture.vault.read,
      new Date('2026-11-26T18:00:00Z'),
      pinnedFormat,
    );
    expect(text).toContain(
      'expected not rated, chance of a “no” not rated, peak not rated, after not rated, surprise not rated',
    );
  });
});
