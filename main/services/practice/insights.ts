import {
  addDays,
  addWeeks,
  isoWeekOf,
  mondayOf,
  type IsoWeek,
  type LocalDate,
} from '../../../shared/domain/practice/calendar.js';
import {
  maxPoints,
  rangeWeeks,
  type InsightRange,
  type Insights,
} from '../../../shared/domain/practice/insights.js';
import type { ReadDb, SqlValue } from '../database/statements.js';

/**
 * Weeks are numbered from Monday 1900-01-01 (the earliest day the app accepts), so the
 * grouping is plain arithmetic SQLite does per row, and labelled as ISO weeks once per
 * group in JavaScript.
 */
const weekEpoch: LocalDate = '1900-01-01' as LocalDate;
const weekOf = (column: string) =>
  `CAST((julianday(${column}) - julianday('1900-01-01')) / 7 AS INTEGER)`;
const weekLabel = (index: number): IsoWeek => isoWeekOf(addDays(weekEpoch, index * 7));

/** Outcomes of attempts where the user actually asked. */
const asked = "a.outcome IN ('rejected', 'accepted', 'partly')";

/** Repeats beyond this are grouped with it, so a long habit stays one readable line. */
const maxRepeat = 10;
/** Charts of habituation per challenge show the challenges done most often, this many. */
const topChallenges = 8;

interface Range {
  readonly from: LocalDate | null;
  readonly to: LocalDate;
  readonly condition: string;
  readonly params: SqlValue[];
}

function rangeFor(range: InsightRange, today: LocalDate): Range {
  const from = range === 'all' ? null : mondayOf(addWeeks(isoWeekOf(today), 1 - rangeWeeks[range]));
  return from === null
    ? { from, to: today, condition: 'a.occurred_on <= ?', params: [today] }
    : { from, to: today, condition: 'a.occurred_on BETWEEN ? AND ?', params: [from, today] };
}

/** The median of `column` per week, over attempts in range where it is set. */
function weeklyMedians(db: ReadDb, range: Range, column: string): Map<number, number> {
  const rows = db.all<{ week: number; median: number }>(
    `SELECT week, avg(value) AS median FROM (
       SELECT week, value,
         row_number() OVER (PARTITION BY week ORDER BY value) AS position,
         count(*) OVER (PARTITION BY week) AS n
       FROM (SELECT ${weekOf('a.occurred_on')} AS week, ${column} AS value
             FROM attempts a WHERE ${range.condition} AND ${column} IS NOT NULL)
     ) WHERE position IN ((n + 1) / 2, (n + 2) / 2) GROUP BY week`,
    range.params,
  );
  return new Map(rows.map((row) => [row.week, row.median]));
}

function distress(db: ReadDb, range: Range): Insights['distress'] {
  const points = db.all<{
    id: string;
    on: LocalDate;
    before: number;
    peak: number | null;
    after: number | null;
  }>(
    `SELECT a.id, a.occurred_on AS "on", a.anticipated_suds AS before, a.peak_suds AS peak,
       a.after_suds AS after
     FROM attempts a WHERE ${range.condition} ORDER BY a.occurred_at DESC, a.id DESC LIMIT ?`,
    [...range.params, maxPoints + 1],
  );
  const weeks = db.all<{ week: number; attempts: number }>(
    `SELECT ${weekOf('a.occurred_on')} AS week, count(*) AS attempts FROM attempts a
     WHERE ${range.condition} GROUP BY week ORDER BY week`,
    range.params,
  );
  const before = weeklyMedians(db, range, 'a.anticipated_suds');
  const peak = weeklyMedians(db, range, 'a.peak_suds');
  const after = weeklyMedians(db, range, 'a.after_suds');
  return {
    points: points.slice(0, maxPoints).reverse(),
    pointsTruncated: points.length > maxPoints,
    weekly: weeks.map(({ week, attempts }) => ({
      week: weekLabel(week),
      attempts,
      before: before.get(week) ?? null,
      peak: peak.get(week) ?? null,
      after: after.get(week) ?? null,
    })),
  };
}

function prediction(db: ReadDb, range: Range): Insights['prediction'] {
  const points = db.all<{ id: string; anticipated: number; peak: number }>(
    `SELECT a.id, a.anticipated_suds AS anticipated, a.peak_suds AS peak FROM attempts a
     WHERE ${range.condition} AND a.peak_suds IS NOT NULL
     ORDER BY a.occurred_at DESC, a.id DESC LIMIT ?`,
    [...range.params, maxPoints],
  );
  const means = db.get<{ anticipated: number | null; peak: number | null }>(
    `SELECT avg(a.anticipated_suds) AS anticipated, avg(a.peak_suds) AS peak FROM attempts a
     WHERE ${range.condition} AND a.peak_suds IS NOT NULL`,
    range.params,
  );
  // A "no" is the outcome `rejected`; `partly` got something, so it does not count as one.
  const byCategory = db.all<{
    category: string | null;
    attempts: number;
    predictedNo: number;
    actualNo: number;
  }>(
    `SELECT a.category, count(*) AS attempts, avg(a.predicted_no_percent) AS predictedNo,
       100.0 * avg(a.outcome = 'rejected') AS actualNo
     FROM attempts a WHERE ${range.condition} AND ${asked}
     GROUP BY a.category ORDER BY a.category`,
    range.params,
  );
  const total = byCategory.reduce((sum, row) => sum + row.attempts, 0);
  const weighted = (key: 'predictedNo' | 'actualNo') =>
    total === 0 ? null : byCategory.reduce((sum, row) => sum + row[key] * row.attempts, 0) / total;
  return {
    points: points.reverse(),
    anticipatedMean: means?.anticipated ?? null,
    peakMean: means?.peak ?? null,
    overall: {
      attempts: total,
      predictedNo: weighted('predictedNo'),
      actualNo: weighted('actualNo'),
    },
    byCategory: byCategory.flatMap(({ category, ...row }) =>
      category === null
        ? []
        : [
            {
              category: category as Insights['prediction']['byCategory'][number]['category'],
              ...row,
            },
          ],
    ),
  };
}

function rejections(db: ReadDb, range: Range): Insights['rejections'] {
  const weekly = db.all<{ week: number; count: number }>(
    `SELECT ${weekOf('a.occurred_on')} AS week, count(*) AS count FROM attempts a
     WHERE ${range.condition} AND a.outcome = 'rejected' GROUP BY week ORDER BY week`,
    range.params,
  );
  return {
    total: weekly.reduce((sum, row) => sum + row.count, 0),
    weekly: weekly.map((row) => ({ week: weekLabel(row.week), count: row.count })),
  };
}

function habituation(db: ReadDb, range: Range): Insights['habituation'] {
  const repeats = `SELECT a.challenge_id, a.category, a.request, a.peak_suds AS peak,
      row_number() OVER (PARTITION BY a.challenge_id ORDER BY a.occurred_at, a.id) AS repeat
    FROM attempts a WHERE ${range.condition} AND ${asked} AND a.challenge_id IS NOT NULL`;
  const within = db.get<{ drop: number | null }>(
    `SELECT avg(a.peak_suds - a.after_suds) AS "drop" FROM attempts a WHERE ${range.condition} AND ${asked}`,
    range.params,
  );
  const top = db.all<{ challengeId: string; request: string }>(
    `SELECT a.challenge_id AS challengeId, max(a.request) AS request FROM attempts a
     WHERE ${range.condition} AND ${asked} AND a.challenge_id IS NOT NULL
     GROUP BY a.challenge_id HAVING count(*) >= 2 ORDER BY count(*) DESC, a.challenge_id LIMIT ?`,
    [...range.params, topChallenges],
  );
  const perChallenge = db.all<{ challengeId: string; repeat: number; peak: number }>(
    `SELECT challenge_id AS challengeId, min(repeat, ${maxRepeat}) AS repeat, avg(peak) AS peak
     FROM (${repeats}) WHERE challenge_id IN (SELECT value FROM json_each(?))
     GROUP BY challengeId, min(repeat, ${maxRepeat}) ORDER BY challengeId, repeat`,
    [...range.params, JSON.stringify(top.map((row) => row.challengeId))],
  );
  const perCategory = db.all<{ category: string; repeat: number; peak: number }>(
    `SELECT category, min(repeat, ${maxRepeat}) AS repeat, avg(peak) AS peak
     FROM (${repeats}) WHERE category IS NOT NULL
     GROUP BY category, min(repeat, ${maxRepeat}) ORDER BY category, repeat`,
    range.params,
  );
  const grouped = <K extends string>(
    rows: readonly ({ repeat: number; peak: number } & Record<K, string>)[],
    key: K,
  ) => {
    const groups = new Map<string, { repeat: number; peak: number }[]>();
    for (const row of rows) {
      const list = groups.get(row[key]) ?? [];
      list.push({ repeat: row.repeat, peak: row.peak });
      groups.set(row[key], list);
    }
    return groups;
  };
  const challengeRepeats = grouped(perChallenge, 'challengeId');
  return {
    withinAttempt: within?.drop ?? null,
    byChallenge: top.map(({ challengeId, request }) => ({
      challengeId,
      request,
      repeats: challengeRepeats.get(challengeId) ?? [],
    })),
    byCategory: [...grouped(perCategory, 'category')].map(([category, list]) => ({
      category: category as Insights['habituation']['byCategory'][number]['category'],
      repeats: list,
    })),
  };
}

function difficulty(db: ReadDb, range: Range): Insights['difficulty'] {
  const weekly = db.all<{ week: number; highest: number; mean: number }>(
    `SELECT ${weekOf('a.occurred_on')} AS week, max(a.difficulty) AS highest, avg(a.difficulty) AS mean
     FROM attempts a WHERE ${range.condition} AND ${asked} AND a.difficulty IS NOT NULL
     GROUP BY week ORDER BY week`,
    range.params,
  );
  return { weekly: weekly.map((row) => ({ ...row, week: weekLabel(row.week) })) };
}

/** The plan of every week in range, this week's days still to come included. */
function planCompletion(db: ReadDb, range: Range): Insights['planCompletion'] {
  const weekEnd = addDays(mondayOf(isoWeekOf(range.to)), 6);
  const weekly = db.all<{ week: number; planned: number; done: number; skipped: number }>(
    `SELECT ${weekOf('p.day')} AS week, count(*) AS planned, sum(p.status = 'done') AS done,
       sum(p.status = 'skipped') AS skipped
     FROM plan_items p WHERE p.day BETWEEN ? AND ? AND p.status != 'moved'
     GROUP BY week ORDER BY week`,
    [range.from ?? '1900-01-01', weekEnd],
  );
  return { weekly: weekly.map((row) => ({ ...row, week: weekLabel(row.week) })) };
}

/**
 * Weeks in a row with at least one ask, counted back from this week. This week only
 * adds once it has practice, and never breaks the streak while it is under way.
 */
export function streakWeeks(db: ReadDb, today: LocalDate): number {
  const thisWeek = db.get<{ week: number }>(`SELECT ${weekOf('?')} AS week`, [today])?.week ?? 0;
  const weeks = db.all<{ week: number }>(
    `SELECT DISTINCT ${weekOf('a.occurred_on')} AS week FROM attempts a
     WHERE a.occurred_on <= ? AND ${asked} ORDER BY week DESC`,
    [today],
  );
  let expected = weeks[0]?.week === thisWeek ? thisWeek : thisWeek - 1;
  let streak = 0;
  for (const { week } of weeks) {
    if (week !== expected) break;
    streak += 1;
    expected -= 1;
  }
  return streak;
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
export { rangeFor };

/** Every chart's series for one range, as of `today`. */
export function insights(db: ReadDb, range: InsightRange, today: LocalDate): Insights {
  const bounds = rangeFor(range, today);
  const attempts =
    db.get<{ n: number }>(
      `SELECT count(*) AS n FROM attempts a WHERE ${bounds.condition}`,
      bounds.params,
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
