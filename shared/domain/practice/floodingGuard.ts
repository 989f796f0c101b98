import type { LocalDate } from './calendar.js';
import type { Category, Challenge, Difficulty } from './challenges.js';
import { demonstratedLevel, type PracticeRecord } from './history.js';

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

/** What the flooding guard says about a planned step. It advises; the user decides. */
export type StepAssessment =
  | { readonly verdict: 'fine' }
  | {
      readonly verdict: 'big_jump' | 'too_big';
      /** The level the user has shown (0 = nothing yet). */
      readonly level: number;
      /** Gentler challenges the user could plan instead, best first. */
      readonly suggestions: readonly Challenge[];
    };

/** The highest difficulty that is a comfortable next step from a shown level. */
export function comfortableCeiling(level: number): number {
  return Math.max(level, beginnerBaseLevel) + comfortableStretch;
}

/** Weighs a planned difficulty against what the user has actually done recently. */
export function assessStep(input: {
  readonly difficulty: Difficulty;
  readonly today: LocalDate;
  readonly history: readonly PracticeRecord[];
  readonly candidates: readonly Challenge[];
  /** The planned challenge's category: gentler suggestions from it come first. */
  readonly category?: Category;
}): StepAssessment {
  const level = demonstratedLevel(input.history, input.today);
  const stretch = input.difficulty - Math.max(level, beginnerBaseLevel);
  if (stretch <= comfortableStretch) return { verdict: 'fine' };
  return {
    verdict: stretch >= floodingStretch ? 'too_big' : 'big_jump',
    level,
    suggestions: gentlerSteps(level, input.candidates, input.category),
  };
}

/**
 * Challenges above the shown level that are themselves comfortable steps (so never the
 * jump being warned about): the planned category first, then the bigger of the
 * comfortable steps, then the candidates' own order.
 */
function gentlerSteps(
  level: number,
  candidates: readonly Challenge[],
  category: Category | undefined,
): Challenge[] {
  const ceiling = comfortableCeiling(level);
  const otherCategory = (challenge: Challenge): number => (challenge.category === category ? 0 : 1);
  return candidates
    .filter((challenge) => challenge.difficulty > level && challenge.difficulty <= ceiling)
    .sort((a, b) => otherCategory(a) - otherCategory(b) || b.difficulty - a.difficulty)
    .slice(0, maxGentlerSuggestions);
}
