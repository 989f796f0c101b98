import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../../main/services/report/escapeHtml.js';
import { readReport } from '../../../../main/services/report/reportData.js';
import { reportCsp, reportHtml } from '../../../../main/services/report/reportHtml.js';
import {
  day,
  practiceFixture,
  unratedAttempt,
  type PracticeFixture,
} from '../../../support/practiceFixture.js';
import {
  fillReportJournal,
  reportRange,
  type ReportAttempts,
} from '../../../support/reportJournal.js';
import { pinnedFormat } from '../../../support/pinnedFormat.js';

const hostile = `</style><script>alert("x")</script><img src=x onerror='steal()'> & "quoted"`;

describe('escapeHtml', () => {
  it('leaves no markup in hostile text, only characters', () => {
    expect(escapeHtml(hostile)).toBe(
      '&lt;/style&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;steal()&#39;&gt; &amp; &quot;quoted&quot;',
    );
  });

  it('escapes an ampersand once, so entities the user typed stay as typed', () => {
    expect(escapeHtml('&lt; is how you write <')).toBe('&amp;lt; is how you write &lt;');
  });

  it('leaves plain text, line breaks and other scripts as they are', () => {
    expect(escapeHtml('Café — “no”\nÜber 100 %')).toBe('Café — “no”\nÜber 100 %');
  });
});

describe('reportHtml', () => {
  let fixture: PracticeFixture;
  let attempts: ReportAttempts;
  beforeEach(async () => {
    fixture = await practiceFixture();
    attempts = await fillReportJournal(fixture);
  });
  afterEach(() => fixture.cleanup());

  const html = (include: string[]) =>
    reportHtml(
      readReport(fixture.vault.read, reportRange, include, day('2026-11-28')),
      pinnedFormat,
    );

  it('has the title, the range, the day it was made and what it is not', () => {
    const page = html([]);
    expect(page).toContain('<h1>Practice report</h1>');
    expect(page).toContain('1 November 2026 to 25 November 2026');
    expect(page).toContain('Made on 28 November 2026');
    expect(page).toContain('It is not a clinical record.');
  });

  it('shows the chosen reflections in full and no word of the others, anywhere', () => {
    const page = html([attempts.bravo.id]);
    for (const part of ['feared', 'rehearsing', 'happened', 'learned', 'coping'])
      expect(page).toContain(`BRAVO ${part}`);
    // The others' requests are in the table; none of their written words is anywhere,
    // in text, comments or attributes.
    for (const word of ['ALPHA', 'DELTA', 'ECHO']) {
      expect(page).toContain(`Ask ${word}`);
      expect(page.replaceAll(`Ask ${word}`, '')).not.toContain(word);
    }
    expect(page).not.toContain('OUTSIDE');
    expect(page).toContain('3 other reflections in this range were left out by the writer.');
  });

  it('shows an unrated attempt as not rated, and says how many asks the means rest on', async () => {
    const { id } = await fixture.practice.createAttempt(unratedAttempt('2026-11-20'), null);
    const before = readReport(fixture.vault.read, reportRange, [], day('2026-11-28')).summary;
    const page = html([id]);
    expect(page).toContain(
      '<p class="meta">Rejected · predicted not rated · peak not rated · after not rated</p>',
    );
    expect(page).toMatch(/<td class="number">not rated<\/td><td class="number">not rated<\/td>/);
    expect(page).toContain(
      `The means rest on ${before.rated} of the ${before.asked} requests made: 1 was not rated both before and at the peak.`,
    );
  });

  it('says how many were left out when none was chosen, and one in the singular', () => {
    expect(html([])).toContain('4 reflections in this range were left out by the writer.');
    expect(html([attempts.alpha.id, attempts.bravo.id, attempts.delta.id])).toContain(
      '1 other reflection in this range was left out by the writer.',
    );
  });

  it('loads and runs nothing: a strict CSP, no script, no URL but the SVG namespace', () => {
    const page = html([attempts.alpha.id]);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${reportCsp}">`);
    expect(reportCsp).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(page).not.toMatch(/<script|<link|<img|<iframe|\son\w+=/i);
    expect(page.match(/\w+:\/\/[^\s"']+/g)).toEqual([
      'http://www.w3.org/2000/svg',
      'http://www.w3.org/2000/svg',
    ]);
  });

  it('escapes the journal’s words wherever they appear', async () => {
    const { alpha } = attempts;
    await fixture.practice.updateAttempt(alpha.id, {
      ...alpha,
      before: { ...alpha.before, request: hostile, fearedConsequence: hostile },
    });
    await fixture.practice.updateLadder(
      fixture.practice.listLadders()[0]?.id ?? '',
      hostile,
      hostile,
    );
    const page = html([alpha.id]);
    expect(page).not.toContain('</style><script>');
    expect(page).not.toContain('<img');
    expect(page.split(escapeHtml(hostile)).length - 1).toBe(5); // table, heading, fear, ladder, goal
    // One style element, closed once: the user's text cannot end it early.
    expect(page.match(/<\/style>/g)).toHaveLength(1);
  });
});
