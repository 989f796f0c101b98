import { describe, expect, it } from 'vitest';
import { testChallenge as challenge, today } from '../../../support/practiceRecords.js';
import { addDays } from '../../../../shared/domain/practice/calendar.js';
import type { Category, Difficulty } from '../../../../shared/domain/practice/challenges.js';
import {
  assessStep,
  comfortableCeiling,
  maxGentlerSuggestions,
} from '../../../../shared/domain/practice/floodingGuard.js';
import type { PracticeRecord } from '../../../../shared/domain/practice/history.js';

const attempt = (difficulty: Difficulty): PracticeRecord => ({
  on: addDays(today, -3),
  challengeId: null,
  category: null,
  difficulty,
  outcome: 'rejected',
  anticipatedSuds: 50,
  peakSuds: 40,
  afterSuds: 20,
  forPlanItem: false,
});

/** Two attempts at a level show it; level 0 is no history at all. */
const historyAtLevel = (level: number): PracticeRecord[] =>
  level === 0 ? [] : [attempt(level), attempt(level)];

describe('comfortableCeiling', () => {
  it.each([
    [0, 3],
    [1, 3],
    [2, 4],
    [8, 10],
  ])('from level %i, steps up to %i are comfortable', (level, ceiling) => {
    expect(comfortableCeiling(level)).toBe(ceiling);
  });
});

describe('assessStep verdicts', () => {
  it.each([
    [0, 1, 'fine'],
    [0, 3, 'fine'],
    [0, 4, 'big_jump'],
    [0, 5, 'big_jump'],
    [0, 6, 'too_big'],
    [0, 10, 'too_big'],
    [1, 3, 'fine'],
    [1, 6, 'too_big'],
    [4, 2, 'fine'],
    [4, 6, 'fine'],
    [4, 7, 'big_jump'],
    [4, 8, 'big_jump'],
    [4, 9, 'too_big'],
    [8, 10, 'fine'],
  ] as const)('level %i planning difficulty %i → %s', (level, difficulty, verdict) => {
    const result = assessStep({
      difficulty,
      today,
      history: historyAtLevel(level),
      candidates: [],
    });
    expect(result.verdict).toBe(verdict);
  });

  it('reports the level the warning is measured from', () => {
    const result = assessStep({ difficulty: 9, today, history: historyAtLevel(3), candidates: [] });
    expect(result).toEqual({ verdict: 'too_big', level: 3, suggestions: [] });
  });

  it('measures from the demonstrated level, not from one fluke', () => {
    const history = [...historyAtLevel(2), attempt(9)];
    expect(assessStep({ difficulty: 8, today, history, candidates: [] }).verdict).toBe('too_big');
  });
});

describe('assessStep suggestions', () => {
  const candidates = [
    challenge('easy-money', 2, 'money'),
    challenge('step-money', 4, 'money'),
    challenge('step-social', 5, 'social'),
    challenge('stretch-social', 6, 'social'),
    challenge('step-online', 4, 'online'),
    challenge('too-hard-social', 8, 'social'),
    challenge('at-level-social', 3, 'social'),
  ];
  const suggestionsFor = (category?: Category): string[] => {
    const result = assessStep({
      difficulty: 9,
      today,
      history: historyAtLevel(3),
      candidates,
      ...(category === undefined ? {} : { category }),
    });
    return result.verdict === 'fine' ? [] : result.suggestions.map((c) => c.id);
  };

  it('offers only comfortable steps above the level, the bigger steps first', () => {
    expect(suggestionsFor()).toEqual(['lib.step-social', 'lib.step-money', 'lib.step-online']);
  });

  it('puts the planned category first', () => {
    expect(suggestionsFor('money')).toEqual([
      'lib.step-money',
      'lib.step-social',
      'lib.step-online',
    ]);
  });

  it(`offers at most ${maxGentlerSuggestions}`, () => {
    const many = Array.from({ length: 6 }, (_, i) => challenge(`c${i}`, 2, 'strangers'));
    const result = assessStep({ difficulty: 7, today, history: [], candidates: many });
    expect(result.verdict === 'fine' ? [] : result.suggestions).toHaveLength(maxGentlerSuggestions);
  });

  it('offers a beginner the easy start, difficulty 1 to 3', () => {
    const result = assessStep({ difficulty: 7, today, history: [], candidates });
    expect(result.verdict === 'fine' ? [] : result.suggestions.map((c) => c.difficulty)).toEqual([
      3, 2,
    ]);
  });
});
