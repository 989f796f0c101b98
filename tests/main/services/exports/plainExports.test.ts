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
});

describe('the Markdown export', () => {
  it('is one readable document of the reflections, oldest first, saying it is not encrypted', () => {
    const text = markdownJournal(fixture.vault.read, new Date('2026-11-25T18:00:00Z'));
    expect(text).toMatch(
      /^# Ask Anyway — my journal\n\nExported 2026-11-25 18:00 UTC: 2 attempts\. This copy is not encrypted\./,
    );
    const first = text.indexOf('## 2026-11-24 10:30 · =HYPERLINK');
    const second = text.indexOf('## 2026-11-25 10:30 · Ask for a refill');
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
    const text = markdownJournal(fixture.vault.read, new Date('2026-11-26T18:00:00Z'));
    expect(text).toContain(
      'expected not rated, chance of a “no” not rated, peak not rated, after not rated, surprise not rated',
    );
  });
});
