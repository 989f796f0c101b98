import { describe, expect, it } from 'vitest';
import { testChallenge } from '../../../support/practiceRecords.js';
import type { GentlerStep } from '../../../../shared/domain/practice/floodingGuard.js';
import type { NextStep } from '../../../../shared/domain/practice/nextSteps.js';
import { gentlerStepHint, nextStepHint } from '../../../../renderer/features/plan/stepHints.js';

const taste = testChallenge('ask-for-a-taste', 2, 'food_and_shops');

describe('gentlerStepHint', () => {
  it.each<[string, GentlerStep, string]>([
    ['from the library', { source: 'library', challenge: taste }, 'Difficulty 2 of 10'],
    [
      'a rated rung',
      { source: 'ladder', challenge: taste, ladderTitle: 'Cafés', rating: 25 },
      'From your ladder “Cafés” · you rated it 25 of 100',
    ],
    [
      'an unrated rung',
      { source: 'ladder', challenge: taste, ladderTitle: 'Cafés', rating: null },
      'From your ladder “Cafés” · not rated yet, difficulty 2 of 10',
    ],
  ])('%s', (_, step, hint) => {
    expect(gentlerStepHint(step)).toBe(hint);
  });
});

describe('nextStepHint', () => {
  it.each<[string, NextStep, string]>([
    [
      'a rated rung',
      { reason: 'next_rung', challenge: taste, ladderTitle: 'Cafés', rating: 0 },
      'The next rung of your ladder “Cafés” · you rated it 0 of 100',
    ],
    [
      'an unrated rung',
      { reason: 'next_rung', challenge: taste, ladderTitle: 'Cafés', rating: null },
      'The next rung of your ladder “Cafés” · not rated yet, difficulty 2 of 10',
    ],
    [
      'a step up',
      { reason: 'step_up', challenge: taste },
      'A comfortable step up from what you have done · difficulty 2 of 10',
    ],
    [
      'a return-of-fear check',
      { reason: 'return_of_fear_check', challenge: taste },
      'A check-in: you mastered this a while ago · difficulty 2 of 10',
    ],
  ])('%s', (_, step, hint) => {
    expect(nextStepHint(step)).toBe(hint);
  });
});
