import type { GentlerStep } from '../../../shared/domain/practice/floodingGuard.js';
import type { NextStep } from '../../../shared/domain/practice/nextSteps.js';

/** A rung measured the way the user sees it: by their own rating, else the challenge's difficulty. */
function rungMeasure(rating: number | null, difficulty: number): string {
  return rating === null
    ? `not rated yet, difficulty ${difficulty} of 10`
    : `you rated it ${rating} of 100`;
}

/** Why the practice suggests a next step, in the words This week and Plan both show. */
export function nextStepHint(step: NextStep): string {
  const difficulty = step.challenge.difficulty;
  switch (step.reason) {
    case 'next_rung':
      return `The next rung of your ladder “${step.ladderTitle}” · ${rungMeasure(step.rating, difficulty)}`;
    case 'step_up':
      return `A comfortable step up from what you have done · difficulty ${difficulty} of 10`;
    case 'return_of_fear_check':
      return `A check-in: you mastered this a while ago · difficulty ${difficulty} of 10`;
  }
}

/** Why the flooding warning offers a gentler step: the user's own rung, or the library's. */
export function gentlerStepHint(step: GentlerStep): string {
  if (step.source === 'library') return `Difficulty ${step.challenge.difficulty} of 10`;
  return `From your ladder “${step.ladderTitle}” · ${rungMeasure(step.rating, step.challenge.difficulty)}`;
}
