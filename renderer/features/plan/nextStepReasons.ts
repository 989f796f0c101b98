import type { NextStepReason } from '../../../shared/domain/practice/nextSteps.js';

/** Why the practice suggests a step, in the words This week and Plan both show. */
export const nextStepReasons: Record<NextStepReason, string> = {
  next_rung: 'The next rung of your ladder',
  step_up: 'A comfortable step up from what you have done',
  return_of_fear_check: 'A check-in: you mastered this a while ago',
};
