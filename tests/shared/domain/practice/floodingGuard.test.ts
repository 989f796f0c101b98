import { describe, expect, it } from 'vitest';
import { testChallenge as challenge, today } from '../../../support/practiceRecords.js';
import { addDays } from '../../../../shared/domain/practice/calendar.js';
import type {
  Category,
  Challenge,
  Difficulty,
} from '../../../../shared/domain/practice/challenges.js';
import {
  assessStep,
  comfortableCeiling,
  maxGentlerSuggestions,
  type StepAssessment,
} from '../../../../shared/domain/practice/floodingGuard.js';
import type { PracticeRecord } from '../../../../shared/domain/practice/history.js';
import type { Ladder } from '../../../../shared/domain/practice/ladders.js';

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

/** The challenge being planned: its difficulty and category are what the guard weighs. */
const planned = (difficulty: Difficulty, category: Category = 'services') =>
  challenge('planned', difficulty, category);

/** The guard's verdict on planning a challenge; no history, ladders or library by default. */
const assess = (input: {
  readonly challenge: Challenge;
  readonly history?: readonly PracticeRecord[];
  readonly ladders?: readonly Ladder[];
  readonly library?: readonly Challenge[];
}): StepAssessment =>
  assessStep({
    challenge: input.challenge,
    today,
    history: input.history ?? [],
    ladders: input.ladders ?? [],
    library: input.library ?? [],
  });

/** The suggestions' ids, ladder rungs marked: what the user is offered, in order. */
const offered = (result: StepAssessment): string[] =>
  result.verdict === 'fine'
    ? []
    : result.suggestions.map((step) =>
        step.source === 'ladder' ? `rung ${step.challenge.id}` : step.challenge.id,
      );

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
      challenge: planned(difficulty),
      today,
      history: historyAtLevel(level),
      ladders: [],
      library: [],
    });
    expect(result.verdict).toBe(verdict);
  });

  it('reports the level the warning is measured from', () => {
    const result = assess({ challenge: planned(9), history: historyAtLevel(3) });
    expect(result).toEqual({
      verdict: 'too_big',
      shown: { kind: 'level', level: 3 },
      suggestions: [],
    });
  });

  it('measures from the demonstrated level, not from one fluke', () => {
    const history = [...historyAtLevel(2), attempt(9)];
    expect(assess({ challenge: planned(8), history }).verdict).toBe('too_big');
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
  const suggestionsFor = (category: Category = 'services'): string[] =>
    offered(
      assess({ challenge: planned(9, category), history: historyAtLevel(3), library: candidates }),
    );

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
    expect(offered(assess({ challenge: planned(7), library: many }))).toHaveLength(
      maxGentlerSuggestions,
    );
  });

  it('offers a beginner the easy start, difficulty 1 to 3', () => {
    const result = assess({ challenge: planned(7), library: candidates });
    expect(
      result.verdict === 'fine' ? [] : result.suggestions.map(({ challenge: c }) => c.difficulty),
    ).toEqual([3, 2]);
  });
});

describe("assessStep: the user's own ladder first", () => {
  const ladder = (title: string, ...rungs: [Challenge, number | null][]): Ladder => ({
    id: `00000000-0000-4000-8000-${title.padStart(12, '0')}`,
    title,
    goal: '',
    rungs: rungs.map(([rung, rating], index) => ({
      id: `00000000-0000-4000-9000-${String(index).padStart(12, '0')}`,
      challenge: rung,
      ratings:
        rating === null
          ? []
          : [
              { suds: 70, ratedOn: today },
              { suds: rating, ratedOn: today },
            ],
    })),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
  const libSocial = challenge('lib-social', 5, 'social');
  const library = [libSocial, challenge('lib-money', 4, 'money')];
  const refill = challenge('refill', 2, 'food_and_shops');
  const compliment = challenge('compliment', 5, 'strangers');
  const kitchen = challenge('kitchen', 7, 'food_and_shops');
  const raise = challenge('raise', 9, 'work_and_study');

  // From level 3 (comfortable: 4–5), planning difficulty 9 (or 10).
  it.each<[string, Ladder[], string[]]>([
    ['no ladder: the library alone', [], ['lib.lib-social', 'lib.lib-money']],
    [
      'a rung rated 45 is a 5 for the user, offered before the library',
      [ladder('a', [refill, 45])],
      ['rung lib.refill', 'lib.lib-social', 'lib.lib-money'],
    ],
    [
      "rated by the user's current rating, not an earlier one",
      [ladder('a', [refill, 65])],
      ['lib.lib-social', 'lib.lib-money'],
    ],
    [
      'rating → difficulty rounds up: 50 is a 5, 51 a 6 (no longer comfortable)',
      [ladder('a', [refill, 50], [compliment, 51])],
      ['rung lib.refill', 'lib.lib-social', 'lib.lib-money'],
    ],
    [
      'the hardest comfortable rung first: the next rung down from the jump',
      [ladder('a', [refill, 35], [compliment, 48])],
      ['rung lib.compliment', 'rung lib.refill', 'lib.lib-social'],
    ],
    [
      'a rung rated mild is not offered while the guard would warn about its challenge',
      [ladder('a', [kitchen, 45])],
      ['lib.lib-social', 'lib.lib-money'],
    ],
    [
      'a rung at or below the level is no step up',
      [ladder('a', [refill, 30])],
      ['lib.lib-social', 'lib.lib-money'],
    ],
    [
      "an unrated rung counts at its challenge's difficulty until rated",
      [ladder('a', [challenge('unrated-4', 4, 'online'), null], [refill, null])],
      ['rung lib.unrated-4', 'lib.lib-social', 'lib.lib-money'],
    ],
    [
      'the planned challenge itself is never its own gentler step, however it is rated',
      [ladder('a', [raise, 40])],
      ['lib.lib-social', 'lib.lib-money'],
    ],
    [
      'a library challenge the user rated too hard on a ladder is not offered at all',
      [ladder('a', [libSocial, 80])],
      ['lib.lib-money'],
    ],
    [
      'a challenge on two ladders is offered once; ties keep the ladders’ order',
      [ladder('a', [refill, 45]), ladder('b', [compliment, 42], [refill, 45])],
      ['rung lib.refill', 'rung lib.compliment', 'lib.lib-social'],
    ],
  ])('%s', (_, ladders, expected) => {
    expect(
      offered(assess({ challenge: raise, history: historyAtLevel(3), ladders, library })),
    ).toEqual(expected);
  });

  it('tells which ladder a rung is from and how the user rated it', () => {
    const result = assess({
      challenge: planned(9),
      history: historyAtLevel(3),
      ladders: [ladder('Cafés', [refill, 45], [challenge('unrated-5', 5, 'online'), null])],
    });
    expect(result.verdict === 'fine' ? [] : result.suggestions).toEqual([
      { source: 'ladder', challenge: refill, ladderTitle: 'Cafés', rating: 45 },
      {
        source: 'ladder',
        challenge: challenge('unrated-5', 5, 'online'),
        ladderTitle: 'Cafés',
        rating: null,
      },
    ]);
  });
});
