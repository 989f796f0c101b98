import type { Outcome } from './attempts.js';
import { daysBetween, type LocalDate } from './calendar.js';
import type { Category, ChallengeId, Difficulty } from './challenges.js';

/** One attempt as the practice rules see it: no words, only what the rules weigh. */
export interface PracticeRecord {
  readonly on: LocalDate;
  readonly challengeId: ChallengeId | null;
  readonly category: Category | null;
  readonly difficulty: Difficulty | null;
  /** Null while the attempt is an open draft (a "before" without an "after"). */
  readonly outcome: Outcome | null;
  /** Each rating is null when the user left it unrated, or did not ask. */
  readonly anticipatedSuds: number | null;
  readonly peakSuds: number | null;
  readonly afterSuds: number | null;
}

/** An attempt the user actually made: they asked, whatever the answer. */
export type MadeAttempt = PracticeRecord & { readonly outcome: Exclude<Outcome, 'not_tried'> };

/**
 * The level nobody has shown yet: below every difficulty, so "one step above" it is 1.
 */
export const noLevel = 0;

/**
 * How far back a shown level still counts. Eight weeks spans a holiday or an ill week
 * without losing the user's progress, yet a level last shown months ago no longer
 * counts: fear tends to come back after a long break, and the next step should start
 * from where the user is now.
 */
export const levelWindowWeeks = 8;

/**
 * How many attempts at or above a level show it. One brave, lucky day is not a level;
 * doing it twice is the smallest evidence that it was not a fluke.
 */
export const attemptsThatShowALevel = 2;

export function isMadeAttempt(record: PracticeRecord): record is MadeAttempt {
  return record.outcome !== null && record.outcome !== 'not_tried';
}

/** True when `day` is one of the `days` days that end with `today` (today included). */
export function isWithinLastDays(day: LocalDate, today: LocalDate, days: number): boolean {
  const ago = daysBetween(day, today);
  return ago >= 0 && ago < days;
}

/**
 * The difficulty the user has actually shown recently: the highest difficulty reached by
 * at least two attempts made in the last eight weeks (so the second-highest made
 * attempt), or `noLevel` when there is no such pair. Skipped attempts, drafts and
 * free-form requests without a difficulty show nothing.
 */
export function demonstratedLevel(history: readonly PracticeRecord[], today: LocalDate): number {
  const recentDifficulties = history
    .filter(
      (record) => isMadeAttempt(record) && isWithinLastDays(record.on, today, levelWindowWeeks * 7),
    )
    .flatMap((record) => (record.difficulty === null ? [] : [record.difficulty]))
    .sort((a, b) => b - a);
  return recentDifficulties[attemptsThatShowALevel - 1] ?? noLevel;
}
