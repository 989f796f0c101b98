import { z } from 'zod';
import { sudsSchema } from './attempts.js';
import { daysBetween, type LocalDate } from './calendar.js';
import {
  challengeSchema,
  titleSchema,
  type Category,
  type Challenge,
  type ChallengeId,
} from './challenges.js';
import { comfortableCeiling, isComfortableRung } from './floodingGuard.js';
import {
  demonstratedLevel,
  isMadeAttempt,
  isWithinLastDays,
  type MadeAttempt,
  type PracticeRecord,
} from './history.js';
import type { Ladder } from './ladders.js';
import { challengesOnLadders, currentRating } from './rungDifficulty.js';

/**
 * A challenge is mastered once it has been done at least twice and the last time peaked
 * at 30 or less. Twice, because one calm attempt can be a good day; 30, because that is
 * mild, manageable distress: the fear has faded enough that repeating the same request
 * teaches little, and the next rung is where the practice is.
 */
export const masteryRepeats = 2;
export const masteredPeakSuds = 30;

/** Suggestions skip what the user met in the last week: variety keeps practice from becoming routine. */
export const noRepeatDays = 7;

/**
 * Fear can come back after a break ("return of fear"). A mastered challenge not done for
 * six weeks is worth one check: long enough for a return to show, short enough to catch
 * it before it grows. Only a comfortable step is checked: after a long pause the level
 * has fallen too, and re-checking a hard challenge then would be the jump rule 1 warns of.
 */
export const returnOfFearWeeks = 6;

export const defaultNextStepCount = 3;

/** A suggested challenge and why: a rung says which ladder, and how the user rated it. */
export const nextStepSchema = z.discriminatedUnion('reason', [
  z.strictObject({
    reason: z.literal('next_rung'),
    challenge: challengeSchema,
    ladderTitle: titleSchema,
    /** The user's current rating of the rung, or null while it is unrated. */
    rating: sudsSchema.nullable(),
  }),
  z.strictObject({
    reason: z.enum(['step_up', 'return_of_fear_check']),
    challenge: challengeSchema,
  }),
]);
export type NextStep = z.infer<typeof nextStepSchema>;

/**
 * Up to `count` next challenges, from what the user has actually done: the lowest
 * unmastered rungs of their ladders that are comfortable steps, then library challenges
 * just above their level; one per category where possible, nothing met in the last week,
 * and, when one is due, one mastered challenge as a return-of-fear check (last).
 * The same inputs always give the same suggestions.
 */
export function suggestNextSteps(input: {
  readonly today: LocalDate;
  readonly history: readonly PracticeRecord[];
  readonly ladders: readonly Ladder[];
  readonly library: readonly Challenge[];
  readonly count?: number;
}): NextStep[] {
  const { today, history, ladders, library, count = defaultNextStepCount } = input;
  const level = demonstratedLevel(history, today);
  const ceiling = comfortableCeiling(level);
  const attempts = madeAttemptsByChallenge(history);
  const recent = new Set(
    history
      .filter((record) => isWithinLastDays(record.on, today, noRepeatDays))
      .map((record) => record.challengeId),
  );
  const isFresh = (challenge: Challenge): boolean =>
    !recent.has(challenge.id) && !isMastered(attempts.get(challenge.id) ?? []);

  // Rungs are weighed by the user's own rating too (isComfortableRung).
  const rungs = ladders.flatMap((ladder) => ladder.rungs);
  const onLadders = challengesOnLadders(ladders);
  const nextRungs = interleave(
    ladders.map((ladder) =>
      ladder.rungs
        .filter((rung) => isFresh(rung.challenge) && isComfortableRung(rung, level))
        .map((rung): NextStep => ({
          reason: 'next_rung',
          challenge: rung.challenge,
          ladderTitle: ladder.title,
          rating: currentRating(rung),
        })),
    ),
  );
  const stepUps = library
    .filter((challenge) => !onLadders.has(challenge.id) && isFresh(challenge))
    .filter((challenge) => challenge.difficulty > level)
    .filter((challenge) => challenge.difficulty <= ceiling)
    .sort((a, b) => a.difficulty - b.difficulty)
    .map((challenge): NextStep => ({ challenge, reason: 'step_up' }));

  const comfortable = [
    ...rungs.filter((rung) => isComfortableRung(rung, level)).map((rung) => rung.challenge),
    ...library.filter(
      (challenge) => !onLadders.has(challenge.id) && challenge.difficulty <= ceiling,
    ),
  ];
  const check = returnOfFearCheck(comfortable, attempts, today);
  const forwardSlots = check !== null && count > 1 ? count - 1 : count;
  const forward = pickVaried(
    uniqueBy([...nextRungs, ...stepUps], (step) => step.challenge.id),
    forwardSlots,
  );
  return check !== null && forward.length < count ? [...forward, check] : forward;
}

/** Made attempts per challenge, oldest first (same-day attempts keep the order given). */
function madeAttemptsByChallenge(
  history: readonly PracticeRecord[],
): Map<ChallengeId, MadeAttempt[]> {
  const byChallenge = new Map<ChallengeId, MadeAttempt[]>();
  const made = history.filter(isMadeAttempt).sort((a, b) => a.on.localeCompare(b.on));
  for (const attempt of made) {
    if (attempt.challengeId === null) continue;
    byChallenge.set(attempt.challengeId, [
      ...(byChallenge.get(attempt.challengeId) ?? []),
      attempt,
    ]);
  }
  return byChallenge;
}

function isMastered(attempts: readonly MadeAttempt[]): boolean {
  const lastPeak = attempts.at(-1)?.peakSuds ?? null;
  return attempts.length >= masteryRepeats && lastPeak !== null && lastPeak <= masteredPeakSuds;
}

/** The mastered challenge left alone longest, if that is at least six weeks. */
function returnOfFearCheck(
  known: readonly Challenge[],
  attempts: ReadonlyMap<ChallengeId, readonly MadeAttempt[]>,
  today: LocalDate,
): NextStep | null {
  let due: { challenge: Challenge; daysSince: number } | null = null;
  for (const challenge of uniqueBy(known, (c) => c.id)) {
    const done = attempts.get(challenge.id) ?? [];
    const last = done.at(-1);
    if (last === undefined || !isMastered(done)) continue;
    const daysSince = daysBetween(last.on, today);
    if (daysSince >= returnOfFearWeeks * 7 && (due === null || daysSince > due.daysSince)) {
      due = { challenge, daysSince };
    }
  }
  return due === null ? null : { challenge: due.challenge, reason: 'return_of_fear_check' };
}

/** First of each list, then the second of each, and so on: every ladder gets a turn. */
function interleave<T>(lists: readonly (readonly T[])[]): T[] {
  const longest = Math.max(0, ...lists.map((list) => list.length));
  return Array.from({ length: longest }, (_, index) =>
    lists.flatMap((list) => list.slice(index, index + 1)),
  ).flat();
}

/** The first item for each key: a challenge on two ladders counts once. */
function uniqueBy<T>(items: readonly T[], keyOf: (item: T) => ChallengeId): T[] {
  const seen = new Set<ChallengeId>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Up to `slots` steps in their order of preference, one per category first; repeats of a
 * category only fill places no other category can.
 */
function pickVaried(steps: readonly NextStep[], slots: number): NextStep[] {
  const chosen = new Set<NextStep>();
  const categories = new Set<Category>();
  for (const step of steps) {
    if (chosen.size >= slots) break;
    if (categories.has(step.challenge.category)) continue;
    chosen.add(step);
    categories.add(step.challenge.category);
  }
  for (const step of steps) {
    if (chosen.size >= slots) break;
    chosen.add(step);
  }
  return steps.filter((step) => chosen.has(step));
}
