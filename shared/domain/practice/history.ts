import { z } from 'zod';
import type { Outcome } from './attempts.js';
import { daysBetween, type LocalDate } from './calendar.js';
import {
  difficultySchema,
  type Category,
  type ChallengeId,
  type Difficulty,
} from './challenges.js';

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
  /** Saved for a plan item, whose status then speaks for it in the plan's counts. */
  readonly forPlanItem: boolean;
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
 * What the asks of the last eight weeks show, with the facts the flooding guard's words
 * need: a level, or why there is none yet.
 */
export const shownLevelSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('no_recent_asks'),
    /** Whether the history read holds asks from before the eight weeks: a break, not a start. */
    askedEarlier: z.boolean(),
  }),
  z.strictObject({
    kind: z.literal('no_level_yet'),
    /** Asks made in the last eight weeks: at least one, but fewer than two with a difficulty. */
    asks: z.number().int().min(1),
    /** The difficulty of the one ask that had one, or null when none had (free-form requests). */
    difficulty: difficultySchema.nullable(),
  }),
  z.strictObject({ kind: z.literal('level'), level: difficultySchema }),
]);
export type ShownLevel = z.infer<typeof shownLevelSchema>;

/**
 * The difficulty the user has actually shown recently: the highest difficulty reached by
 * at least two attempts made in the last eight weeks (so the second-highest made
 * attempt). Skipped attempts, drafts and free-form requests without a difficulty show
 * nothing.
 */
export function shownLevel(history: readonly PracticeRecord[], today: LocalDate): ShownLevel {
  const windowDays = levelWindowWeeks * 7;
  const made = history.filter(isMadeAttempt);
  const recent = made.filter((record) => isWithinLastDays(record.on, today, windowDays));
  const difficulties = recent
    .flatMap((record) => (record.difficulty === null ? [] : [record.difficulty]))
    .sort((a, b) => b - a);
  const level = difficulties[attemptsThatShowALevel - 1];
  if (level !== undefined) return { kind: 'level', level };
  if (recent.length === 0) {
    return {
      kind: 'no_recent_asks',
      askedEarlier: made.some((record) => daysBetween(record.on, today) >= windowDays),
    };
  }
  return { kind: 'no_level_yet', asks: recent.length, difficulty: difficulties[0] ?? null };
}

/** The shown level as a number, `noLevel` when there is none yet. */
export function demonstratedLevel(history: readonly PracticeRecord[], today: LocalDate): number {
  const shown = shownLevel(history, today);
  return shown.kind === 'level' ? shown.level : noLevel;
}
