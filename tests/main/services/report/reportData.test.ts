import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readReport, reflectionChoices } from '../../../../main/services/report/reportData.js';
import { day, practiceFixture, type PracticeFixture } from '../../../support/practiceFixture.js';
import {
  fillReportJournal,
  reportRange,
  type ReportAttempts,
} from '../../../support/reportJournal.js';

let fixture: PracticeFixture;
let attempts: ReportAttempts;
beforeEach(async () => {
  fixture = await practiceFixture();
  attempts = await fillReportJournal(fixture);
});
afterEach(() => fixture.cleanup());

const read = (include: string[] = []) =>
  readReport(fixture.vault.read, reportRange, include, day('2026-11-28'));

describe('reflectionChoices', () => {
  it('offers the attempts in the days that have words, oldest first, by an excerpt', () => {
    expect(reflectionChoices(fixture.vault.read, reportRange)).toEqual([
      { id: attempts.alpha.id, on: '2026-11-02', request: 'Ask ALPHA', excerpt: 'ALPHA happened' },
      { id: attempts.bravo.id, on: '2026-11-10', request: 'Ask BRAVO', excerpt: 'BRAVO happened' },
      { id: attempts.delta.id, on: '2026-11-24', request: 'Ask DELTA', excerpt: 'DELTA happened' },
      // A draft has no "what happened" yet: its fear is its first words.
      { id: attempts.echo.id, on: '2026-11-25', request: 'Ask ECHO', excerpt: 'ECHO feared' },
    ]);
  });

  it('cuts a long excerpt to a line, whitespace folded', async () => {
    const long = `${'word '.repeat(60)}\n\nend`;
    const attempt = await fixture.practice.updateAttempt(attempts.alpha.id, {
      ...attempts.alpha,
      after: attempts.alpha.after && { ...attempts.alpha.after, whatHappened: long },
    });
    const [choice] = reflectionChoices(fixture.vault.read, reportRange);
    expect(choice?.id).toBe(attempt.id);
    expect(choice?.excerpt).toHaveLength(120);
    expect(choice?.excerpt).toMatch(/^word word .*…$/);
  });
});

describe('readReport', () => {
  it('counts the range by day: attempts, asks, refusals and distress', () => {
    expect(read().summary).toEqual({
      attempts: 5,
      asked: 4,
      refused: 2,
      rated: 4,
      predictedMean: 65,
      actualMean: 51.25,
      actualBelowPredicted: 3,
    });
  });

  it('lists every attempt in the days, oldest first, with no words but the request', () => {
    const rows = read().attempts;
    expect(rows.map((row) => row.request)).toEqual([
      'Ask ALPHA',
      'Ask BRAVO',
      'Ask in silence',
      'Ask DELTA',
      'Ask ECHO',
    ]);
    expect(rows[0]).toMatchObject({ anticipatedSuds: 80, peakSuds: 60, outcome: 'rejected' });
    expect(rows[4]).toMatchObject({ peakSuds: null, outcome: null });
  });

  it('draws every week the days touch, whole, the weeks without practice included', () => {
    expect(read().weeks).toEqual([
      // 28 October is outside the days but inside their first week.
      { week: '2026-W44', predicted: 90, actual: 80, refusals: 1 },
      { week: '2026-W45', predicted: 80, actual: 60, refusals: 1 },
      { week: '2026-W46', predicted: 70, actual: 50, refusals: 0 },
      { week: '2026-W47', predicted: 60, actual: 65, refusals: 1 },
      { week: '2026-W48', predicted: 45, actual: 30, refusals: 0 },
    ]);
  });

  it('reads the ladders with each rung’s first rating and its latest by the last day', () => {
    const [ladder, ...others] = read().ladders;
    expect(others).toEqual([]);
    expect(ladder).toMatchObject({ title: 'Asking strangers', goal: 'Ask without rehearsing' });
    // Rated 70, then 40 on 20 November, then 20 on the 28th, after the range.
    expect(ladder?.rungs.map(({ first, latest }) => ({ first, latest }))).toEqual([
      { first: 70, latest: 40 },
      { first: 90, latest: 90 },
    ]);
  });

  it('carries the words of the chosen attempts alone, and counts the rest', () => {
    const report = read([attempts.delta.id, attempts.bravo.id]);
    expect(report.reflections.map((attempt) => attempt.id)).toEqual([
      attempts.bravo.id,
      attempts.delta.id,
    ]);
    expect(report.leftOut).toBe(2);
    const everything = JSON.stringify(report);
    for (const word of ['ALPHA', 'ECHO'])
      expect(everything.replace(`Ask ${word}`, '')).not.toContain(word);
  });

  it('refuses a chosen attempt from outside the days, or one with no words', () => {
    for (const stray of [attempts.outside.id, attempts.silent.id]) {
      expect(() => read([attempts.alpha.id, stray])).toThrow(
        expect.objectContaining({
          code: 'INVALID_REQUEST',
          message: expect.stringMatching(/^include\.1: /) as string,
        }) as Error,
      );
    }
  });
});
