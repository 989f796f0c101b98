import type { LocalDate } from './calendar.js';
import { z } from 'zod';
import { sudsSchema } from './attempts.js';
import { challengeSchema, titleSchema, type Category, type Challenge } from './challenges.js';
import { noLevel, shownLevel, shownLevelSchema, type PracticeRecord } from './history.js';
import type { Ladder, Rung } from './ladders.js';
import { challengesOnLadders, currentRating, rungDifficulty } from './rungDifficulty.js';

/**
 * Where a step is measured from when the user has shown nothing yet: level 1, so a
 * beginner's comfortable start is difficulty 1–3, the low-stakes requests rule 1 asks for.
 */
export const beginnerBaseLevel = 1;

/**
 * The largest step above the shown level that is still comfortable. Graded exposure
 * climbs one or two rungs at a time: hard enough to be worth doing, small enough that
 * the user can stay with it until the fear eases.
 */
export const comfortableStretch = 2;

/**
 * From this step up, the plan skips rungs that are half the scale apart: that is
 * flooding, which can leave the user more avoidant than before (domain.md, rule 1).
 * Steps of 3–4 are a big jump: possible, but worth a second thought.
 */
export const floodingStretch = 5;

/** How many gentler challenges a warning offers: enough to choose from, few enough to read. */
export const maxGentlerSuggestions = 3;

/** A gentler challenge the warning offers: a rung of the user's own ladder, or the library's. */
export const gentlerStepSchema = z.discriminatedUnion('source', [
  z.strictObject({
    source: z.literal('ladder'),
    challenge: challengeSchema,
    ladderTitle: titleSchema,
    /** The user's current rating of the rung, or null while it is unrated. */
    rating: sudsSchema.nullable(),
  }),
  z.strictObject({ source: z.literal('library'), challenge: challengeSchema }),
]);
export type GentlerStep = z.infer<typeof gentlerStepSchema>;

/** What the flooding guard says about a planned step. It advises; the user decides. */
export const stepAssessmentSchema = z.discriminatedUnion('verdict', [
  z.strictObject({ verdict: z.literal('fine') }),
  z.strictObject({
    verdict: z.enum(['big_jump', 'too_big']),
    /** What the user has shown, with the facts that explain it. */
    shown: shownLevelSchema,
    /** Gentler challenges the user could plan instead, best first. */
    suggestions: z.array(gentlerStepSchema).readonly(),
  }),
]);
export type StepAssessment = z.infer<typeof stepAssessmentSchema>;

/** The highest difficulty that is a comfortable next step from a shown level. */
export function comfortableCeiling(level: number): number {
  return Math.max(level, beginnerBaseLevel) + comfortableStretch;
}

/**
 * Whether a rung is within the comfortable steps from `level`: by the user's own rating of
 * it (an unrated rung by its challenge's difficulty), and with a challenge the guard would
 * not itself warn about planning, so following a suggestion never meets another warning.
 */
export function isComfortableRung(rung: Rung, level: number): boolean {
  const ceiling = comfortableCeiling(level);
  return rungDifficulty(rung) <= ceiling && rung.challenge.difficulty <= ceiling;
}

/** Weighs a planned difficulty against what the user has actually done recently. */
export function assessStep(input: {
  readonly challenge: Pick<Challenge, 'id' | 'difficulty' | 'category'>;
  readonly today: LocalDate;
  readonly history: readonly PracticeRecord[];
  readonly ladders: readonly Ladder[];
  readonly library: readonly Challenge[];
}): StepAssessment {
  const shown = shownLevel(input.history, input.today);
  const level = shown.kind === 'level' ? shown.level : noLevel;
  // The verdict weighs the challenge's own difficulty: the unit the level is measured in,
  // since every attempt records the difficulty of the challenge it did.
  const stretch = input.challenge.difficulty - Math.max(level, beginnerBaseLevel);
  if (stretch <= comfortableStretch) return { verdict: 'fine' };
  const onLadders = challengesOnLadders(input.ladders);
  const rungs = gentlerRungs(input.ladders, level);
  const library = gentlerLibrary(
    input.library.filter(
      (challenge) =>
        !onLadders.has(challenge.id) &&
        challenge.difficulty > level &&
        challenge.difficulty <= comfortableCeiling(level),
    ),
    input.challenge.category,
  );
  return {
    verdict: stretch >= floodingStretch ? 'too_big' : 'big_jump',
    shown,
    suggestions: [...rungs, ...library].slice(0, maxGentlerSuggestions),
  };
}

/**
 * The user's own rungs that are comfortable steps up from the level (which the planned
 * challenge is not, however the user rated it): the hardest by their own rating first,
 * the next rung down from the jump, then in the ladders' order. A challenge on two
 * ladders is offered once.
 */
function gentlerRungs(ladders: readonly Ladder[], level: number): GentlerStep[] {
  const isGentler = (rung: Rung): boolean =>
    rungDifficulty(rung) > level && isComfortableRung(rung, level);
  return ladders
    .flatMap((ladder) => ladder.rungs.filter(isGentler).map((rung) => ({ ladder, rung })))
    .sort((a, b) => rungDifficulty(b.rung) - rungDifficulty(a.rung))
    .filter(
      (entry, index, all) =>
        all.findIndex((other) => other.rung.challenge.id === entry.rung.challenge.id) === index,
    )
    .map(({ ladder, rung }) => ({
      source: 'ladder',
      challenge: rung.challenge,
      ladderTitle: ladder.title,
      rating: currentRating(rung),
    }));
}

/**
 * Library challenges that are gentler steps: the planned category first, then the bigger
 * of the comfortable steps, then the library's own order.
 */
function gentlerLibrary(gentler: readonly Challenge[], category: Category): GentlerStep[] {
  const otherCategory = (challenge: Challenge): number => (challenge.category === category ? 0 : 1);
  return [...gentler]
    .sort((a, b) => otherCategory(a) - otherCategory(b) || b.difficulty - a.difficulty)
    .map((challenge) => ({ source: 'library', challenge }));
}
