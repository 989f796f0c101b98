import {
  addDays,
  daysBetween,
  type IsoWeek,
  type LocalDate,
} from '../../../shared/domain/practice/calendar.js';
import type { SqlValue, WriteTx } from '../database/statements.js';

/**
 * Weekly summaries of the journal, kept beside it so the insights over years of practice
 * read one small row per week instead of every attempt (docs/performance.md). Each write
 * of an attempt rewrites the summary of its week from that week's attempts: the values
 * are computed here and written as parameters, so the log replays them as they are.
 *
 * Weeks are numbered from Monday 1900-01-01, the earliest day the app accepts.
 */
const weekEpoch = '1900-01-01' as LocalDate;

export const weekIndex = (day: LocalDate): number => Math.floor(daysBetween(weekEpoch, day) / 7);
export const weekMonday = (index: number): LocalDate => addDays(weekEpoch, index * 7);

const dayMs = 86_400_000;
const epochMs = Date.UTC(1900, 0, 1);

/**
 * The ISO week (`YYYY-Www`) of week `index`, by arithmetic alone: a chart over decades
 * labels thousands of weeks. The week belongs to the year of its Thursday.
 */
export function weekLabel(index: number): IsoWeek {
  const thursday = epochMs + (index * 7 + 3) * dayMs;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / dayMs / 7) + 1;
  return `${year}-W${week < 10 ? '0' : ''}${week}` as IsoWeek;
}

/** A rating is null when the user left it unrated (or, for the "after" ones, did not ask). */
interface WeekAttemptRow {
  category: string | null;
  outcome: string | null;
  anticipated_suds: number | null;
  predicted_no_percent: number | null;
  peak_suds: number | null;
  after_suds: number | null;
  difficulty: number | null;
}

const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const sum = (values: readonly number[]): number =>
  values.reduce((total, value) => total + value, 0);

/** The ratings given, unrated ones left out: an average divides by how many these are. */
const ratings = (values: readonly (number | null)[]): number[] =>
  values.filter((value): value is number => value !== null);

/** Rewrites the summary rows of the weeks holding `days` from the attempts now in them. */
export function refreshWeeks(tx: WriteTx, days: readonly LocalDate[]): void {
  for (const week of new Set(days.map(weekIndex))) refreshWeek(tx, week);
}

function refreshWeek(tx: WriteTx, week: number): void {
  const monday = weekMonday(week);
  const rows = tx.all<WeekAttemptRow>(
    `SELECT category, outcome, anticipated_suds, predicted_no_percent, peak_suds, after_suds,
       difficulty
     FROM attempts WHERE occurred_on BETWEEN ? AND ?`,
    [monday, addDays(monday, 6)],
  );
  tx.run('DELETE FROM insight_weeks WHERE week = ?', [week]);
  tx.run('DELETE FROM insight_week_categories WHERE week = ?', [week]);
  if (rows.length === 0) return;
  const asked = rows.filter((row) => row.outcome !== null && row.outcome !== 'not_tried');
  // Predicted against actual needs both numbers of an attempt.
  const peaked = rows.filter(
    (row): row is WeekAttemptRow & { peak_suds: number; anticipated_suds: number } =>
      row.peak_suds !== null && row.anticipated_suds !== null,
  );
  const predictedNo = ratings(asked.map((row) => row.predicted_no_percent));
  const drops = asked.flatMap((row) =>
    row.peak_suds === null || row.after_suds === null ? [] : [row.peak_suds - row.after_suds],
  );
  const peaks = ratings(rows.map((row) => row.peak_suds));
  const rated = asked.filter(
    (row): row is typeof row & { difficulty: number } => row.difficulty !== null,
  );
  const values: SqlValue[] = [
    week,
    rows.length,
    asked.length,
    asked.filter((row) => row.outcome === 'rejected').length,
    sum(predictedNo),
    predictedNo.length,
    median(ratings(rows.map((row) => row.anticipated_suds))),
    median(peaks),
    peaks.length,
    median(ratings(rows.map((row) => row.after_suds))),
    peaked.length,
    sum(peaked.map((row) => row.anticipated_suds)),
    sum(peaked.map((row) => row.peak_suds)),
    sum(drops),
    drops.length,
    rated.length === 0 ? null : Math.max(...rated.map((row) => row.difficulty)),
    rated.length,
    sum(rated.map((row) => row.difficulty)),
  ];
  tx.run(
    `INSERT INTO insight_weeks (week, attempts, asked, rejected, predicted_no_sum,
       predicted_no_count, before_median, peak_median, peak_count, after_median, peaked,
       anticipated_peaked_sum, peak_sum, drop_sum, drop_count, difficulty_highest,
       difficulty_count, difficulty_sum)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    values,
  );
  const byCategory = new Map<string, typeof asked>();
  for (const row of asked) {
    if (row.category === null) continue;
    byCategory.set(row.category, [...(byCategory.get(row.category) ?? []), row]);
  }
  for (const [category, list] of byCategory) {
    const predicted = ratings(list.map((row) => row.predicted_no_percent));
    tx.run(
      `INSERT INTO insight_week_categories (category, week, asked, rejected, predicted_no_sum,
         predicted_no_count)
       VALUES (?, ?, ?, ?, ?, ?)`,
      [
        category,
        week,
        list.length,
        list.filter((row) => row.outcome === 'rejected').length,
        sum(predicted),
        predicted.length,
      ],
    );
  }
}

/** Rebuilds every week's summary: for a journal whose attempts were written another way. */
export function rebuildWeekSummaries(tx: WriteTx): void {
  tx.run('DELETE FROM insight_weeks');
  tx.run('DELETE FROM insight_week_categories');
  const weeks = tx.all<{ day: LocalDate }>(
    'SELECT min(occurred_on) AS day FROM attempts GROUP BY occurred_on',
  );
  refreshWeeks(
    tx,
    weeks.map((row) => row.day),
  );
}
