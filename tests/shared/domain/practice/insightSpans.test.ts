import { describe, expect, it } from 'vitest';
import type { IsoWeek } from '../../../../shared/domain/practice/calendar.js';
import { maxWeeklyRows } from '../../../../shared/domain/practice/insights.js';
import {
  mergeDifficulty,
  mergeDistress,
  mergePlan,
  mergeRejections,
  spanWeeks,
} from '../../../../shared/domain/practice/insightSpans.js';

const week = (n: number) => `2026-W${String(n).padStart(2, '0')}` as IsoWeek;
const counts = (values: number[]) => values.map((count, i) => ({ week: week(i + 1), count }));

describe('spanWeeks', () => {
  it.each([
    { length: 0, limit: 3, weeks: 1, spans: [] },
    { length: 3, limit: 3, weeks: 1, spans: [1, 2, 3] },
    // Seven weeks in at most three marks: spans of three, the oldest one short.
    { length: 7, limit: 3, weeks: 3, spans: [1, 2 + 3 + 4, 5 + 6 + 7] },
    { length: 6, limit: 3, weeks: 2, spans: [1 + 2, 3 + 4, 5 + 6] },
    { length: 10, limit: 4, weeks: 3, spans: [1, 2 + 3 + 4, 5 + 6 + 7, 8 + 9 + 10] },
  ])('draws $length weeks in at most $limit marks', ({ length, limit, weeks, spans }) => {
    const weekly = counts(Array.from({ length }, (_, i) => i + 1));
    const drawn = spanWeeks(weekly, mergeRejections, limit);
    expect(drawn.weeks).toBe(weeks);
    expect(drawn.rows.map((row) => row.count)).toEqual(spans);
  });

  it('labels each span by its first week and keeps the newest week in the last span', () => {
    const drawn = spanWeeks(counts([1, 1, 1, 1, 1]), mergeRejections, 2);
    expect(drawn.rows.map((row) => row.week)).toEqual([week(1), week(3)]);
  });

  it('keeps 274 years of weeks within the answer’s bound, losing no count', () => {
    const drawn = spanWeeks(
      counts(new Array<number>(14_290).fill(1)),
      mergeRejections,
      maxWeeklyRows,
    );
    expect(drawn.rows.length).toBeLessThanOrEqual(maxWeeklyRows);
    expect(drawn.weeks).toBe(28);
    expect(drawn.rows.reduce((total, row) => total + row.count, 0)).toBe(14_290);
  });
});

describe('merging a span of weeks', () => {
  it('averages distress medians by attempts, skipping weeks without a value', () => {
    expect(
      mergeDistress([
        { week: week(1), attempts: 1, before: 80, peak: 60, after: null },
        { week: week(2), attempts: 3, before: 40, peak: null, after: 20 },
        { week: week(3), attempts: 0, before: null, peak: null, after: null },
      ]),
    ).toEqual({ attempts: 4, before: 50, peak: 60, after: 20 });
  });

  it('gives no distress value for a span without one', () => {
    expect(
      mergeDistress([{ week: week(1), attempts: 0, before: null, peak: null, after: null }]),
    ).toEqual({ attempts: 0, before: null, peak: null, after: null });
  });

  it('takes the hardest difficulty and the mean of the weekly means', () => {
    expect(
      mergeDifficulty([
        { week: week(1), highest: 4, mean: 3 },
        { week: week(2), highest: 7, mean: 5 },
      ]),
    ).toEqual({ highest: 7, mean: 4 });
  });

  it('counts plan items over the span', () => {
    expect(
      mergePlan([
        { week: week(1), planned: 4, done: 2, notTried: 1, skipped: 1 },
        { week: week(2), planned: 2, done: 1, notTried: 1, skipped: 0 },
      ]),
    ).toEqual({ planned: 6, done: 3, notTried: 2, skipped: 1 });
  });
});
