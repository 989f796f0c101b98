import {
  addDays,
  addWeeks,
  isoWeekOf,
  mondayOf,
  type LocalDate,
} from '../../../shared/domain/practice/calendar.js';
import type { Category } from '../../../shared/domain/practice/challenges.js';
import {
  mergeDifficulty,
  mergeDistress,
  mergePlan,
  mergeRejections,
  spanWeeks,
} from '../../../shared/domain/practice/insightSpans.js';
import {
  maxPoints,
  maxWeeklyRows,
  rangeWeeks,
  type InsightRange,
  type Insights,
} from '../../../shared/domain/practice/insights.js';
import type { ReadDb, SqlValue } from '../database/statements.js';
import { weekIndex, weekLabel } from './weekSummary.js';

/**
 * The insights' series. Weekly series read the weekly summaries (weekSummary.ts), one
 * row per week however many attempts it holds; the per-attempt points read only the
 * most recent `maxPoints`; habituation reads each challenge's first repeats through an
 * index that holds all it needs. So every chart costs about the same at one year as at
 * a lifetime of practice (docs/performance.md).
 */

/** Outcomes of attempts where the user actually asked. */
const asked = "outcome IN ('rejected', 'accepted', 'partly')";

/**
 * Habituation follows a challenge's first ten repeats: that is where distress falls, and
 * a line of hundreds of later repeats would only be flat.
 */
const maxRepeat = 10;
/** Habituation per challenge shows the challenges done most often, this many. */
const topChallenges = 8;

export interface Range {
  readonly from: LocalDate | null;
  readonly to: LocalDate;
  /** The weeks covered, as weekSummary.ts numbers them. */
  readonly weeks: readonly [number, number];
  /** Attempts in range: a condition on `occurred_on`, and its parameters. */
  readonly days: { readonly condition: string; readonly params: SqlValue[] };
}

/**
 * A range is whole ISO weeks, ending with the one holding `today`: the weekly summaries
 * know weeks, not days, so every chart counts the same attempts, a draft already dated
 * later this week included.
 */
export function rangeFor(range: InsightRange, today: LocalDate): Range {
  const thisWeek = isoWeekOf(today);
  const to = addDays(mondayOf(thisWeek), 6);
  if (range === 'all') {
    return {
      from: null,
      to,
      weeks: [0, weekIndex(to)],
      days: { condition: 'occurred_on <= ?', params: [to] },
    };
  }
  return rangeBetween(mondayOf(addWeeks(thisWeek, 1 - rangeWeeks[range])), to);
}

/**
 * The days from `from` to `to`, both included. Attempts are counted by day; the weekly
 * series, read from the weekly summaries, cover every week the days touch, whole.
 */
export function rangeBetween(from: LocalDate, to: LocalDate): Range {
  return {
    from,
    to,
    weeks: [weekIndex(from), weekIndex(to)],
    days: { condition: 'occurred_on BETWEEN ? AND ?', params: [from, to] },
  };
}

function distress(db: ReadDb, range: Range): Insights['distress'] {
  const points = db.all<{
    id: string;
    on: LocalDate;
    before: number | null;
    peak: number | null;
    after: number | null;
  }>(
    `SELECT id, occurred_on AS "on", anticipated_suds AS before, peak_suds AS peak,
       after_suds AS after
     FROM attempts WHERE ${range.days.condition} ORDER BY occurred_at DESC, id DESC LIMIT ?`,
    [...range.days.params, maxPoints + 1],
  );
  const weekly = db.all<{
    week: number;
    attempts: number;
    before: number | null;
    peak: number | null;
    after: number | null;
  }>(
    `SELECT week, attempts, before_median AS before, peak_median AS peak, after_median AS after
     FROM insight_weeks WHERE week BETWEEN ? AND ? ORDER BY week`,
    [...range.weeks],
  );
  const basis = db.get<{ rated: number | null; asked: number | null }>(
    'SELECT sum(peak_count) AS rated, sum(asked) AS asked FROM insight_weeks WHERE week BETWEEN ? AND ?',
    [...range.weeks],
  );
  return {
    points: points.slice(0, maxPoints).reverse(),
    pointsTruncated: points.length > maxPoints,
    basis: { rated: basis?.rated ?? 0, asked: basis?.asked ?? 0 },
    ...bounded(
      weekly.map((row) => ({ ...row, week: weekLabel(row.week) })),
      mergeDistress,
    ),
  };
}

function prediction(db: ReadDb, range: Range): Insights['prediction'] {
  const points = db.all<{ id: string; on: LocalDate; anticipated: number; peak: number }>(
    `SELECT id, occurred_on AS "on", anticipated_suds AS anticipated, peak_suds AS peak
     FROM attempts
     WHERE ${range.days.condition} AND peak_suds IS NOT NULL AND anticipated_suds IS NOT NULL
     ORDER BY occurred_at DESC, id DESC LIMIT ?`,
    [...range.days.params, maxPoints],
  );
  // A "no" is the outcome `rejected`; `partly` got something, so it does not count as one.
  // Each mean divides by the ratings it adds up; SQLite's x / 0 is NULL, "no figure".
  const totals = db.get<{
    asked: number | null;
    predictedRated: number | null;
    predictedNo: number | null;
    actualNo: number | null;
    rejected: number | null;
    peaked: number | null;
    anticipated: number | null;
    peak: number | null;
  }>(
    `SELECT sum(asked) AS asked, sum(predicted_no_count) AS predictedRated,
       1.0 * sum(predicted_no_sum) / sum(predicted_no_count) AS predictedNo,
       100.0 * sum(rejected) / sum(asked) AS actualNo, sum(rejected) AS rejected,
       sum(peaked) AS peaked,
       1.0 * sum(anticipated_peaked_sum) / sum(peaked) AS anticipated,
       1.0 * sum(peak_sum) / sum(peaked) AS peak
     FROM insight_weeks WHERE week BETWEEN ? AND ?`,
    [...range.weeks],
  );
  const byCategory = db.all<{
    category: Category;
    attempts: number;
    predictedNo: number | null;
    actualNo: number;
    rejected: number;
  }>(
    `SELECT category, sum(asked) AS attempts,
       1.0 * sum(predicted_no_sum) / sum(predicted_no_count) AS predictedNo,
       100.0 * sum(rejected) / sum(asked) AS actualNo, sum(rejected) AS rejected
     FROM insight_week_categories WHERE week BETWEEN ? AND ?
     GROUP BY category ORDER BY category`,
    [...range.weeks],
  );
  const asked = totals?.asked ?? 0;
  return {
    points: points.reverse(),
    anticipatedMean: totals?.anticipated ?? null,
    peakMean: totals?.peak ?? null,
    basis: { rated: totals?.peaked ?? 0, asked },
    overall: {
      attempts: asked,
      predictedNo: totals?.predictedNo ?? null,
      actualNo: totals?.actualNo ?? null,
      rejected: totals?.rejected ?? 0,
      predictedBasis: { rated: totals?.predictedRated ?? 0, asked },
    },
    byCategory,
  };
}

/** A weekly series as the answer carries it: at most `maxWeeklyRows` rows (see there). */
function bounded<T extends { readonly week: string }>(
  weekly: readonly T[],
  merge: (span: readonly T[]) => Omit<T, 'week'>,
): { weekly: T[]; weeksPerRow: number } {
  const { rows, weeks } = spanWeeks(weekly, merge, maxWeeklyRows);
  return { weekly: [...rows], weeksPerRow: weeks };
}

function rejections(db: ReadDb, range: Range): Insights['rejections'] {
  const weekly = db.all<{ week: number; count: number }>(
    `SELECT week, rejected AS count FROM insight_weeks
     WHERE week BETWEEN ? AND ? AND rejected > 0 ORDER BY week`,
    [...range.weeks],
  );
  return {
    total: weekly.reduce((total, row) => total + row.count, 0),
    ...bounded(
      weekly.map((row) => ({ week: weekLabel(row.week), count: row.count })),
      mergeRejections,
    ),
  };
}

function habituation(db: ReadDb, range: Range): Insights['habituation'] {
  const within = db.get<{ drop: number | null; rated: number | null; asked: number | null }>(
    `SELECT 1.0 * sum(drop_sum) / sum(drop_count) AS "drop", sum(drop_count) AS rated,
       sum(asked) AS asked
     FROM insight_weeks WHERE week BETWEEN ? AND ?`,
    [...range.weeks],
  );
  const challenges = db.all<{ challengeId: string; category: Category | null; asked: number }>(
    `SELECT challenge_id AS challengeId, max(category) AS category, count(*) AS asked
     FROM attempts INDEXED BY attempts_by_challenge
     WHERE challenge_id IS NOT NULL AND ${asked} AND ${range.days.condition}
     GROUP BY challenge_id`,
    range.days.params,
  );
  const repeatsOf = (challengeId: string) =>
    db
      .all<{ peak: number }>(
        `SELECT peak_suds AS peak FROM attempts INDEXED BY attempts_by_challenge
         WHERE challenge_id = ? AND ${asked} AND ${range.days.condition}
           AND peak_suds IS NOT NULL
         ORDER BY occurred_on, occurred_at LIMIT ?`,
        [challengeId, ...range.days.params, maxRepeat],
      )
      .map((row, index) => ({ repeat: index + 1, peak: row.peak }));
  const repeats = new Map(challenges.map((row) => [row.challengeId, repeatsOf(row.challengeId)]));

  const top = challenges
    .filter((row) => row.asked >= 2)
    .sort((a, b) => b.asked - a.asked || (a.challengeId < b.challengeId ? -1 : 1))
    .slice(0, topChallenges);
  const byChallenge = top.map(({ challengeId }) => ({
    challengeId,
    request:
      db.get<{ request: string }>(
        `SELECT request FROM attempts WHERE challenge_id = ? AND ${range.days.condition}
         ORDER BY occurred_on DESC LIMIT 1`,
        [challengeId, ...range.days.params],
      )?.request ?? '',
    repeats: repeats.get(challengeId) ?? [],
  }));

  const perCategory = new Map<Category, { sum: number; count: number }[]>();
  for (const { challengeId, category } of challenges) {
    if (category === null) continue;
    const sums = perCategory.get(category) ?? [];
    for (const { repeat, peak } of repeats.get(challengeId) ?? []) {
      const slot = (sums[repeat - 1] ??= { sum: 0, count: 0 });
      slot.sum += peak;
      slot.count += 1;
    }
    perCategory.set(category, sums);
  }
  const byCategory = [...perCategory]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([category, sums]) => ({
      category,
      repeats: sums.map((slot, index) => ({ repeat: index + 1, peak: slot.sum / slot.count })),
    }));
  return {
    withinAttempt: within?.drop ?? null,
    withinAttemptBasis: { rated: within?.rated ?? 0, asked: within?.asked ?? 0 },
    byChallenge,
    byCategory,
  };
}

function difficulty(db: ReadDb, range: Range): Insights['difficulty'] {
  const weekly = db.all<{ week: number; highest: number; mean: number }>(
    `SELECT week, difficulty_highest AS highest, 1.0 * difficulty_sum / difficulty_count AS mean
     FROM insight_weeks WHERE week BETWEEN ? AND ? AND difficulty_count > 0 ORDER BY week`,
    [...range.weeks],
  );
  return bounded(
    weekly.map((row) => ({ ...row, week: weekLabel(row.week) })),
    mergeDifficulty,
  );
}

/**
 * The plan of every week in range, this week's days still to come included. Done means
 * asked; a begun item is still to do, so it counts as planned only.
 */
function planCompletion(db: ReadDb, range: Range): Insights['planCompletion'] {
  const weekly = db.all<{
    week: string;
    planned: number;
    done: number;
    notTried: number;
    skipped: number;
  }>(
    `SELECT week, count(*) AS planned, sum(status = 'done') AS done,
       sum(status = 'not_tried') AS notTried, sum(status = 'skipped') AS skipped
     FROM plan_items WHERE week BETWEEN ? AND ? AND status != 'moved'
     GROUP BY week ORDER BY week`,
    [range.from === null ? '' : isoWeekOf(range.from), isoWeekOf(range.to)],
  );
  return bounded(
    weekly.map((row) => ({
      ...row,
      week: row.week as Insights['planCompletion']['weekly'][number]['week'],
    })),
    mergePlan,
  );
}

/**
 * Weeks in a row with at least one ask, counted back from this week. This week only
 * adds once it has practice, and never breaks the streak while it is under way.
 */
export function streakWeeks(db: ReadDb, today: LocalDate): number {
  const thisWeek = weekIndex(today);
  const practised = (week: number) =>
    db.get<{ found: number }>('SELECT 1 AS found FROM insight_weeks WHERE week = ? AND asked > 0', [
      week,
    ]) !== undefined;
  const start = practised(thisWeek) ? thisWeek : thisWeek - 1;
  // Walks back in SQLite itself, a primary-key lookup a week, until the first week without.
  const row = db.get<{ weeks: number }>(
    `WITH RECURSIVE run (week) AS (
       SELECT ? WHERE EXISTS (SELECT 1 FROM insight_weeks WHERE week = ? AND asked > 0)
       UNION ALL
       SELECT run.week - 1 FROM run
       WHERE EXISTS (SELECT 1 FROM insight_weeks w WHERE w.week = run.week - 1 AND w.asked > 0)
     )
     SELECT count(*) AS weeks FROM run`,
    [start, start],
  );
  return row?.weeks ?? 0;
}

/** Each chart's query on its own, for the benchmark that times them one by one. */
export const chartQueries = {
  distress,
  prediction,
  rejections,
  habituation,
  difficulty,
  planCompletion,
} as const;

/** Every chart's series for one range, as of `today`. */
export function insights(db: ReadDb, range: InsightRange, today: LocalDate): Insights {
  const bounds = rangeFor(range, today);
  const attempts =
    db.get<{ n: number | null }>(
      'SELECT sum(attempts) AS n FROM insight_weeks WHERE week BETWEEN ? AND ?',
      [...bounds.weeks],
    )?.n ?? 0;
  return {
    range,
    from: bounds.from,
    to: bounds.to,
    attempts,
    distress: distress(db, bounds),
    prediction: prediction(db, bounds),
    rejections: rejections(db, bounds),
    habituation: habituation(db, bounds),
    difficulty: difficulty(db, bounds),
    planCompletion: planCompletion(db, bounds),
    streakWeeks: streakWeeks(db, today),
  };
}
