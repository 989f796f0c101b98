import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { weekIndex } from '../../../../main/services/practice/weekSummary.js';
import { challengeLibrary } from '../../../../shared/domain/practice/challengeLibrary.js';
import type { ChallengeId } from '../../../../shared/domain/practice/challenges.js';
import { maxWeeklyRows } from '../../../../shared/domain/practice/insights.js';
import {
  day,
  madeAttempt,
  practiceFixture,
  type PracticeFixture,
  unratedAttempt,
} from '../../../support/practiceFixture.js';

let fixture: PracticeFixture;
const [first, second] = challengeLibrary;
const A = first?.id ?? '';
const B = second?.id ?? '';

/**
 * Four weeks to 2026-11-25 (a Wednesday in 2026-W48): three asks in W45, none in W46,
 * one in W47 (done from the plan, beside a skipped item), an ask and a draft in W48, and
 * one ask in October, outside the range.
 */
beforeEach(async () => {
  fixture = await practiceFixture();
  const { practice } = fixture;
  const ask = (
    on: string,
    challengeId: ChallengeId,
    category: 'strangers' | 'food_and_shops',
    difficulty: number,
    [anticipated, predictedNo, peak, after]: [number, number, number, number],
    outcome: 'rejected' | 'accepted' | 'partly',
    planItemId: string | null = null,
  ) =>
    practice.createAttempt(
      madeAttempt({
        on,
        challengeId,
        category,
        difficulty,
        anticipated,
        predictedNo,
        peak,
        after,
        outcome,
      }),
      planItemId,
    );
  await ask('2026-10-01', A, 'strangers', 2, [90, 95, 85, 60], 'rejected');
  await ask('2026-11-02', A, 'strangers', 2, [80, 90, 60, 30], 'rejected');
  await ask('2026-11-04', A, 'strangers', 2, [70, 80, 50, 20], 'accepted');
  await ask('2026-11-06', B, 'food_and_shops', 3, [60, 70, 40, 10], 'rejected');
  const planned = await practice.planChallenge(day('2026-11-17'), A, false);
  const skipped = await practice.planChallenge(day('2026-11-18'), B, false);
  await practice.skipPlanItem(skipped.id, 'Rest day');
  await ask('2026-11-17', A, 'strangers', 2, [50, 60, 30, 10], 'rejected', planned.id);
  await practice.planChallenge(day('2026-11-26'), B, true);
  await ask('2026-11-24', B, 'food_and_shops', 4, [40, 50, 20, 5], 'partly');
  await practice.createAttempt(
    { ...madeAttempt({ on: '2026-11-25', anticipated: 30 }), after: null },
    null,
  );
  fixture.setToday('2026-11-25');
});
afterEach(() => fixture.cleanup());

describe('insights over four weeks', () => {
  it('distress per attempt and weekly medians, the draft counted before only', () => {
    const { distress, attempts, from, to } = fixture.practice.insights('4w');
    expect({ attempts, from, to }).toEqual({ attempts: 6, from: '2026-11-02', to: '2026-11-29' });
    expect(
      distress.points.map((point) => [point.on, point.before, point.peak, point.after]),
    ).toEqual([
      ['2026-11-02', 80, 60, 30],
      ['2026-11-04', 70, 50, 20],
      ['2026-11-06', 60, 40, 10],
      ['2026-11-17', 50, 30, 10],
      ['2026-11-24', 40, 20, 5],
      ['2026-11-25', 30, null, null],
    ]);
    expect(distress.pointsTruncated).toBe(false);
    expect(distress.weekly).toEqual([
      { week: '2026-W45', attempts: 3, before: 70, peak: 50, after: 20 },
      { week: '2026-W47', attempts: 1, before: 50, peak: 30, after: 10 },
      { week: '2026-W48', attempts: 2, before: 35, peak: 20, after: 5 },
    ]);
  });

  it('predicted against actual: SUDS, and the chance of a no against the rejection rate', () => {
    const { prediction } = fixture.practice.insights('4w');
    expect(prediction.anticipatedMean).toBe(60);
    expect(prediction.peakMean).toBe(40);
    expect(prediction.points).toHaveLength(5);
    // Dated and oldest first: the chart runs over time.
    expect(prediction.points.map((point) => point.on)).toEqual([
      '2026-11-02',
      '2026-11-04',
      '2026-11-06',
      '2026-11-17',
      '2026-11-24',
    ]);
    expect(prediction.overall).toEqual({
      attempts: 5,
      predictedNo: 70,
      actualNo: 60,
      rejected: 3,
      predictedBasis: { rated: 5, asked: 5 },
    });
    expect(prediction.byCategory).toEqual([
      { category: 'food_and_shops', attempts: 2, predictedNo: 60, actualNo: 50, rejected: 1 },
      {
        category: 'strangers',
        attempts: 3,
        predictedNo: expect.closeTo(76.667, 2) as number,
        actualNo: expect.closeTo(66.667, 2) as number,
        rejected: 2,
      },
    ]);
  });

  it('rejections per week and in total; habituation per challenge and category; difficulty climbed', () => {
    const { rejections, habituation, difficulty } = fixture.practice.insights('4w');
    expect(rejections).toEqual({
      total: 3,
      weeksPerRow: 1,
      weekly: [
        { week: '2026-W45', count: 2 },
        { week: '2026-W47', count: 1 },
      ],
    });
    expect(habituation.withinAttempt).toBe(25);
    expect(habituation.byChallenge).toEqual([
      {
        challengeId: A,
        request: 'Ask for a refill',
        repeats: [
          { repeat: 1, peak: 60 },
          { repeat: 2, peak: 50 },
          { repeat: 3, peak: 30 },
        ],
      },
      {
        challengeId: B,
        request: 'Ask for a refill',
        repeats: [
          { repeat: 1, peak: 40 },
          { repeat: 2, peak: 20 },
        ],
      },
    ]);
    expect(
      habituation.byCategory.map((entry) => [entry.category, entry.repeats.map((r) => r.peak)]),
    ).toEqual([
      ['food_and_shops', [40, 20]],
      ['strangers', [60, 50, 30]],
    ]);
    expect(difficulty.weekly).toEqual([
      { week: '2026-W45', highest: 3, mean: expect.closeTo(2.333, 2) as number },
      { week: '2026-W47', highest: 2, mean: 2 },
      { week: '2026-W48', highest: 4, mean: 4 },
    ]);
  });

  it('plan completion per week, and a streak of weeks that a week without practice ends', () => {
    const { planCompletion, streakWeeks } = fixture.practice.insights('4w');
    expect(planCompletion.weekly).toEqual([
      { week: '2026-W47', planned: 2, done: 1, notTried: 0, skipped: 1 },
      { week: '2026-W48', planned: 1, done: 0, notTried: 0, skipped: 0 },
    ]);
    expect(streakWeeks).toBe(2);
  });

  it('a week under way does not break the streak; all time reaches back to October', () => {
    fixture.setToday('2026-11-30');
    const all = fixture.practice.insights('all');
    expect(all.from).toBeNull();
    expect(all.attempts).toBe(7);
    expect(all.rejections.total).toBe(4);
    // 2026-11-30 starts W49, with no practice yet: W48 and W47 still count.
    expect(all.streakWeeks).toBe(2);
    // The home screen's streak alone says the same.
    expect(fixture.practice.streakWeeks()).toBe(2);
    fixture.setToday('2026-12-07');
    expect(fixture.practice.insights('all').streakWeeks).toBe(0);
    expect(fixture.practice.streakWeeks()).toBe(0);
  });
});

describe('unrated ratings', () => {
  it('are left out of every mean and median, and each figure says how many asks it rests on', async () => {
    // W49: one ask rated (60, 80 %, 40, 20), one not rated at all; both a "no".
    await fixture.practice.createAttempt(madeAttempt({ on: '2026-12-01' }), null);
    await fixture.practice.createAttempt(unratedAttempt('2026-12-02'), null);
    fixture.setToday('2026-12-02');
    const { distress, prediction, habituation } = fixture.practice.insights('4w');
    // W47 (50, 60 %, 30, 10) and W48 (40, 50 %, 20, 5, partly) are in range too.
    expect(distress.weekly.at(-1)).toEqual({
      week: '2026-W49',
      attempts: 2,
      before: 60,
      peak: 40,
      after: 20,
    });
    expect(distress.points.at(-1)).toMatchObject({ before: null, peak: null, after: null });
    expect(distress.basis).toEqual({ rated: 3, asked: 4 });
    expect(prediction.basis).toEqual({ rated: 3, asked: 4 });
    expect(prediction.points).toHaveLength(3);
    expect(prediction.anticipatedMean).toBe(50);
    expect(prediction.peakMean).toBe(30);
    expect(prediction.overall).toEqual({
      attempts: 4,
      predictedNo: expect.closeTo(63.333, 2) as number,
      actualNo: 75,
      rejected: 3,
      predictedBasis: { rated: 3, asked: 4 },
    });
    expect(prediction.byCategory).toContainEqual({
      category: 'food_and_shops',
      attempts: 3,
      predictedNo: 65,
      actualNo: expect.closeTo(66.667, 2) as number,
      rejected: 2,
    });
    expect(habituation.withinAttempt).toBeCloseTo(55 / 3);
    expect(habituation.withinAttemptBasis).toEqual({ rated: 3, asked: 4 });
  });
});

it('bounds a weekly series at ten years of rows: longer ones come in spans, nothing lost', async () => {
  // 600 weeks of summaries, written straight into the table the charts read.
  const thisWeek = weekIndex(day('2026-11-25'));
  await fixture.vault.write((tx) => {
    for (let week = thisWeek - 599; week <= thisWeek; week += 1) {
      tx.run(
        `INSERT OR REPLACE INTO insight_weeks (week, attempts, asked, rejected, predicted_no_sum,
           before_median, peak_median, after_median, peaked, anticipated_peaked_sum, peak_sum,
           drop_sum, difficulty_highest, difficulty_count, difficulty_sum)
         VALUES (?, 1, 1, 1, 80, 50, 40, 20, 1, 50, 40, 20, 3, 1, 3)`,
        [week],
      );
    }
  });
  const { distress, rejections, difficulty } = fixture.practice.insights('all');
  for (const series of [distress, rejections, difficulty]) {
    expect(series.weekly.length).toBeLessThanOrEqual(maxWeeklyRows);
    expect(series.weeksPerRow).toBe(2);
  }
  expect(rejections.total).toBe(600);
  expect(rejections.weekly.reduce((total, row) => total + row.count, 0)).toBe(600);
  expect(rejections.weekly.at(-1)?.week).toBe('2026-W47');
  expect(distress.weekly.at(-1)).toEqual({
    week: '2026-W47',
    attempts: 2,
    before: 50,
    peak: 40,
    after: 20,
  });
});
