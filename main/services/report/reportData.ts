import type { Attempt } from '../../../shared/domain/practice/attempts.js';
import {
  addWeeks,
  isoWeekOf,
  type IsoWeek,
  type LocalDate,
} from '../../../shared/domain/practice/calendar.js';
import type { AttemptSummary } from '../../../shared/domain/practice/journal.js';
import type { ReflectionChoice, ReportRange } from '../../../shared/domain/report.js';
import { AppFailure } from '../appFailure.js';
import type { ReadDb } from '../database/statements.js';
import { findAttempt } from '../practice/attemptRepository.js';
import { chartQueries, rangeBetween } from '../practice/insights.js';
import { listAttempts } from '../practice/journalQueries.js';
import { allLadders } from '../practice/ladderRepository.js';

/**
 * What a report shows, read from the journal. Only the attempts the user chose carry
 * their words; every other attempt is a date, a request and numbers, so no later step
 * can leak a reflection that was left out: it was never read.
 */
export interface ReportData {
  readonly range: ReportRange;
  readonly madeOn: LocalDate;
  readonly summary: ReportSummary;
  /** Every ISO week the range touches, oldest first, weeks without practice included. */
  readonly weeks: readonly ReportWeek[];
  /** The attempts in range, oldest first: the last `maxTableRows` of `summary.attempts`. */
  readonly attempts: readonly AttemptSummary[];
  readonly ladders: readonly ReportLadder[];
  /** The chosen reflections, oldest first. */
  readonly reflections: readonly Attempt[];
  /** Attempts in range with words of reflection that the user did not choose. */
  readonly leftOut: number;
}

/**
 * Counted by day over the range; distress means over the attempts rated both before and at
 * the peak, so the two means compare the same asks and an unrated one counts as neither.
 */
export interface ReportSummary {
  readonly attempts: number;
  /** Attempts where the user asked (rejected, accepted or partly). */
  readonly asked: number;
  readonly refused: number;
  /** Asks rated both before and at the peak: what the means rest on. */
  readonly rated: number;
  readonly predictedMean: number | null;
  readonly actualMean: number | null;
  /** Rated attempts whose peak stayed below the distress predicted for them. */
  readonly actualBelowPredicted: number;
}

/** One week of the charts: medians of predicted (before) and peak SUDS, and its "no"s. */
export interface ReportWeek {
  readonly week: IsoWeek;
  readonly predicted: number | null;
  readonly actual: number | null;
  readonly refusals: number;
}

export interface ReportRung {
  readonly challenge: string;
  readonly difficulty: number;
  /** The first rating, and the latest on or before the range's last day. */
  readonly first: number | null;
  readonly latest: number | null;
}

export interface ReportLadder {
  readonly title: string;
  readonly goal: string;
  /** Bottom (easiest) rung first. */
  readonly rungs: readonly ReportRung[];
}

/**
 * A year of daily practice fits; beyond, the table would be dozens of pages that no
 * reader goes through, and the summary and charts still count every attempt.
 */
export const maxTableRows = 500;

/** The written parts of an attempt, in the order an excerpt looks for words. */
interface WordsRow {
  id: string;
  on: LocalDate;
  request: string;
  what_happened: string;
  learned: string;
  feared_consequence: string;
  coping_note: string;
}

const excerptLength = 120;

function excerptOf(row: WordsRow): string {
  const words = [row.what_happened, row.learned, row.feared_consequence, row.coping_note]
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .find((text) => text !== '');
  if (words === undefined) return '';
  return words.length <= excerptLength ? words : `${words.slice(0, excerptLength - 1).trimEnd()}…`;
}

/** The attempts in range that have words of reflection, oldest first. */
export function reflectionChoices(db: ReadDb, { from, to }: ReportRange): ReflectionChoice[] {
  return db
    .all<WordsRow>(
      `SELECT id, occurred_on AS "on", request, what_happened, learned, feared_consequence,
         coping_note
       FROM attempts
       WHERE occurred_on BETWEEN ? AND ? AND (trim(what_happened) != '' OR trim(learned) != ''
         OR trim(feared_consequence) != '' OR trim(coping_note) != '')
       ORDER BY occurred_at, id`,
      [from, to],
    )
    .map((row) => ({ id: row.id, on: row.on, request: row.request, excerpt: excerptOf(row) }));
}

/**
 * Refuses a chosen id that is not one of the range's reflections, so a report never
 * shows words from outside the days on its cover.
 */
export function checkChosen(
  choices: readonly ReflectionChoice[],
  include: readonly string[],
): void {
  const inRange = new Set(choices.map((choice) => choice.id));
  const stray = include.findIndex((id) => !inRange.has(id));
  if (stray >= 0) {
    throw AppFailure.invalid(
      ['include', stray],
      { kind: 'not_found' },
      "this attempt has no reflection in the report's days",
    );
  }
}

function summaryOf(db: ReadDb, { from, to }: ReportRange): ReportSummary {
  const row = db.get<ReportSummary>(
    `SELECT count(*) AS attempts,
       coalesce(sum(outcome IN ('rejected', 'accepted', 'partly')), 0) AS asked,
       coalesce(sum(outcome = 'rejected'), 0) AS refused,
       coalesce(sum(peak_suds IS NOT NULL AND anticipated_suds IS NOT NULL), 0) AS rated,
       avg(CASE WHEN peak_suds IS NOT NULL THEN anticipated_suds END) AS predictedMean,
       avg(CASE WHEN anticipated_suds IS NOT NULL THEN peak_suds END) AS actualMean,
       coalesce(sum(peak_suds < anticipated_suds), 0) AS actualBelowPredicted
     FROM attempts WHERE occurred_on BETWEEN ? AND ?`,
    [from, to],
  );
  // An aggregate without GROUP BY always answers one row.
  if (!row) throw new Error('The report summary query answered no row');
  return row;
}

/** The weekly series of the insights (their medians and counts), over every week touched. */
function weeksOf(db: ReadDb, { from, to }: ReportRange): ReportWeek[] {
  const bounds = rangeBetween(from, to);
  const distress = new Map(
    chartQueries.distress(db, bounds).weekly.map((row) => [row.week, row] as const),
  );
  const refusals = new Map(
    chartQueries.rejections(db, bounds).weekly.map((row) => [row.week, row.count] as const),
  );
  const weeks: ReportWeek[] = [];
  for (let week = isoWeekOf(from); week <= isoWeekOf(to); week = addWeeks(week, 1)) {
    weeks.push({
      week,
      predicted: distress.get(week)?.before ?? null,
      actual: distress.get(week)?.peak ?? null,
      refusals: refusals.get(week) ?? 0,
    });
  }
  return weeks;
}

/** The ladders as they stand, each rung's ratings read up to the range's last day. */
function laddersOf(db: ReadDb, to: LocalDate): ReportLadder[] {
  return allLadders(db).map((ladder) => ({
    title: ladder.title,
    goal: ladder.goal,
    rungs: ladder.rungs.map((rung) => {
      const ratings = rung.ratings.filter((rating) => rating.ratedOn <= to);
      return {
        challenge: rung.challenge.title,
        difficulty: rung.challenge.difficulty,
        first: ratings[0]?.suds ?? null,
        latest: ratings.at(-1)?.suds ?? null,
      };
    }),
  }));
}

/** Everything a report over `range` shows, with the reflections of `include` alone. */
export function readReport(
  db: ReadDb,
  range: ReportRange,
  include: readonly string[],
  madeOn: LocalDate,
): ReportData {
  const choices = reflectionChoices(db, range);
  checkChosen(choices, include);
  const chosen = new Set(include);
  const table = listAttempts(db, { from: range.from, to: range.to }, null, maxTableRows);
  return {
    range,
    madeOn,
    summary: summaryOf(db, range),
    weeks: weeksOf(db, range),
    attempts: table.items.reverse(),
    ladders: laddersOf(db, range.to),
    reflections: choices
      .filter((choice) => chosen.has(choice.id))
      .flatMap((choice) => findAttempt(db, choice.id) ?? []),
    leftOut: choices.length - chosen.size,
  };
}
