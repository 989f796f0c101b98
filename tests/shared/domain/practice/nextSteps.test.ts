import { describe, expect, it } from 'vitest';
import { daysAgo, testChallenge as challenge, today } from '../../../support/practiceRecords.js';
import type { Challenge } from '../../../../shared/domain/practice/challenges.js';
import { assessStep } from '../../../../shared/domain/practice/floodingGuard.js';
import type { PracticeRecord } from '../../../../shared/domain/practice/history.js';
import type { Ladder } from '../../../../shared/domain/practice/ladders.js';
import { suggestNextSteps, type NextStep } from '../../../../shared/domain/practice/nextSteps.js';

const ladder = (title: string, ...challenges: Challenge[]): Ladder => ({
  id: `00000000-0000-4000-8000-${title.padStart(12, '0')}`,
  title,
  goal: '',
  rungs: challenges.map((rung, index) => ({
    id: `00000000-0000-4000-9000-${String(index).padStart(12, '0')}`,
    challenge: rung,
    ratings: [],
  })),
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

/** A made attempt at a challenge, `ago` days before today. */
const did = (done: Challenge, ago: number, peakSuds = 40): PracticeRecord => ({
  on: daysAgo(ago),
  challengeId: done.id,
  category: done.category,
  difficulty: done.difficulty,
  outcome: 'rejected',
  anticipatedSuds: 60,
  peakSuds,
  afterSuds: 15,
  forPlanItem: false,
});

const shown = (steps: readonly NextStep[]): string[] =>
  steps.map(({ challenge: { id }, reason }) => `${id} ${reason}`);

const mint = challenge('mint', 1, 'strangers');
const refill = challenge('refill', 1, 'food_and_shops');
const napkin = challenge('napkin', 1, 'food_and_shops');
const discount = challenge('discount', 2, 'money');
const rockPaperScissors = challenge('rock-paper-scissors', 2, 'strangers');
const review = challenge('review', 3, 'online');
const skipQueue = challenge('skip-queue', 5, 'public_places');
const library = [skipQueue, review, napkin, refill, mint, rockPaperScissors, discount];

describe('suggestNextSteps for a beginner without ladders', () => {
  it('starts at difficulty 1, one category each, library order within a difficulty', () => {
    expect(shown(suggestNextSteps({ today, history: [], ladders: [], library }))).toEqual([
      'lib.napkin step_up',
      'lib.mint step_up',
      'lib.discount step_up',
    ]);
  });

  it('repeats a category only when nothing else fits', () => {
    const sameKind = [refill, napkin, challenge('bag', 1, 'food_and_shops')];
    expect(suggestNextSteps({ today, history: [], ladders: [], library: sameKind })).toHaveLength(
      3,
    );
  });

  it('gives as many as asked for', () => {
    expect(suggestNextSteps({ today, history: [], ladders: [], library, count: 5 })).toHaveLength(
      5,
    );
    expect(suggestNextSteps({ today, history: [], ladders: [], library, count: 0 })).toEqual([]);
  });

  it('never suggests a step past the comfortable ones', () => {
    const steps = suggestNextSteps({ today, history: [], ladders: [], library, count: 10 });
    expect(steps.map(({ challenge: { id } }) => id)).not.toContain(skipQueue.id);
  });
});

describe('suggestNextSteps with ladders', () => {
  const askTime = challenge('ask-time', 1, 'strangers');
  const askTable = challenge('ask-table', 2, 'food_and_shops');
  const askRaise = challenge('ask-raise', 7, 'work_and_study');
  const strangers = ladder('strangers', askTime, askTable, askRaise);

  it('prefers the lowest rungs that are comfortable steps, then the library', () => {
    const steps = suggestNextSteps({ today, history: [], ladders: [strangers], library });
    expect(shown(steps)).toEqual([
      'lib.ask-time next_rung',
      'lib.ask-table next_rung',
      'lib.discount step_up',
    ]);
  });

  it('gives every ladder a turn', () => {
    const second = ladder(
      'second',
      challenge('wave', 1, 'social'),
      challenge('smile', 1, 'online'),
    );
    const steps = suggestNextSteps({ today, history: [], ladders: [strangers, second], library });
    expect(shown(steps)).toEqual([
      'lib.ask-time next_rung',
      'lib.wave next_rung',
      'lib.ask-table next_rung',
    ]);
  });

  it('suggests a challenge that is both a rung and in the library once, as a rung', () => {
    const steps = suggestNextSteps({
      today,
      history: [],
      ladders: [ladder('mine', mint)],
      library,
      count: 10,
    });
    expect(shown(steps).filter((step) => step.startsWith(mint.id))).toEqual(['lib.mint next_rung']);
  });

  it.each<[string, number[], boolean]>([
    ['done twice, last peak 30', [40, 30], true],
    ['done twice, last peak 31', [40, 31], false],
    ['done once, peak 10', [10], false],
    ['calm first, anxious last', [20, 50], false],
    ['anxious first, calm last', [50, 20], true],
  ])('a rung %s is mastered: %s', (_, peaks, mastered) => {
    const history = peaks.map((peak, index) => did(askTime, 30 - index, peak));
    const steps = suggestNextSteps({ today, history, ladders: [strangers], library });
    expect(steps[0]?.challenge.id).toBe(mastered ? askTable.id : askTime.id);
  });

  it.each([
    [6, false],
    [7, true],
  ])('a rung met %i days ago is suggested again: %s', (ago, suggested) => {
    const steps = suggestNextSteps({
      today,
      history: [did(askTime, ago)],
      ladders: [strangers],
      library,
    });
    expect(steps.some((step) => step.challenge.id === askTime.id)).toBe(suggested);
  });

  it('does not repeat a skipped or drafted rung within the week either', () => {
    const history: PracticeRecord[] = [
      { ...did(askTime, 2), outcome: 'not_tried', peakSuds: null },
      { ...did(askTable, 3), outcome: null, peakSuds: null },
    ];
    const steps = suggestNextSteps({ today, history, ladders: [strangers], library });
    expect(steps.every((step) => step.reason === 'step_up')).toBe(true);
  });
});

describe("suggestNextSteps weighs a rung by the user's own rating", () => {
  const rated = (title: string, ...rungs: [Challenge, number][]): Ladder => {
    const base = ladder(title, ...rungs.map(([rung]) => rung));
    return {
      ...base,
      rungs: base.rungs.map((rung, index) => ({
        ...rung,
        ratings: [{ suds: rungs[index]?.[1] ?? 0, ratedOn: today }],
      })),
    };
  };
  const bakery = challenge('bakery', 8, 'food_and_shops');

  // A beginner: comfortable steps are difficulty 1–3, i.e. ratings up to 30.
  it.each<[string, Ladder, string[]]>([
    [
      'a rung rated 30 is a 3: a next rung',
      rated('mine', [review, 30]),
      ['lib.review next_rung', 'lib.napkin step_up', 'lib.mint step_up'],
    ],
    [
      'a mint rated 40 is a 4 for this user: not yet, and not from the library either',
      rated('mine', [mint, 40]),
      ['lib.napkin step_up', 'lib.rock-paper-scissors step_up', 'lib.discount step_up'],
    ],
    [
      'a rung rated mild whose challenge the guard would warn about: not yet',
      rated('mine', [bakery, 20]),
      ['lib.napkin step_up', 'lib.mint step_up', 'lib.discount step_up'],
    ],
  ])('%s', (_, mine, expected) => {
    expect(shown(suggestNextSteps({ today, history: [], ladders: [mine], library }))).toEqual(
      expected,
    );
  });

  it('says which ladder a next rung is on and how the user rated it', () => {
    const steps = suggestNextSteps({
      today,
      history: [],
      ladders: [rated('Online', [review, 30])],
      library,
      count: 1,
    });
    expect(steps).toEqual([
      { reason: 'next_rung', challenge: review, ladderTitle: 'Online', rating: 30 },
    ]);
  });
});

describe('suggestNextSteps: return-of-fear checks', () => {
  const masteredLongAgo = (ago: number): PracticeRecord[] => [
    did(refill, ago + 7, 40),
    did(refill, ago, 20),
  ];

  it.each([
    [42, true],
    [41, false],
  ])('a mastered challenge last done %i days ago is checked: %s', (ago, checked) => {
    const steps = suggestNextSteps({ today, history: masteredLongAgo(ago), ladders: [], library });
    expect(steps).toHaveLength(3);
    expect(steps.at(-1)?.reason === 'return_of_fear_check').toBe(checked);
    expect(steps.some((step) => step.challenge.id === refill.id)).toBe(checked);
  });

  it('checks only a comfortable step: after a long pause the level has fallen too', () => {
    const history = [did(skipQueue, 80, 20), did(skipQueue, 70, 20)];
    const steps = suggestNextSteps({ today, history, ladders: [], library });
    expect(steps.map((step) => step.reason)).not.toContain('return_of_fear_check');
  });

  it('checks the one left alone longest', () => {
    const history = [...masteredLongAgo(50), did(mint, 70, 30), did(mint, 60, 10)];
    const steps = suggestNextSteps({ today, history, ladders: [], library });
    expect(shown(steps).at(-1)).toBe('lib.mint return_of_fear_check');
  });

  it.each([
    ['with forward steps, a single suggestion is a step forward', library, 'step_up'],
    ['with nothing else to suggest, it is the check', [refill], 'return_of_fear_check'],
  ])('%s', (_, libraryOnOffer, reason) => {
    const steps = suggestNextSteps({
      today,
      history: masteredLongAgo(45),
      ladders: [],
      library: libraryOnOffer,
      count: 1,
    });
    expect(steps.map((step) => step.reason)).toEqual([reason]);
  });
});

describe('suggestNextSteps as a whole', () => {
  const ladders = [
    ladder('a', mint, rockPaperScissors, challenge('lend-money', 6, 'money')),
    ladder('b', challenge('pitch', 4, 'work_and_study'), challenge('coffee-ask', 3, 'social')),
  ];
  const history = [
    ...[did(mint, 20, 30), did(mint, 12, 25), did(discount, 9), did(discount, 8)],
    ...[did(review, 70, 20), did(review, 60, 20), did(skipQueue, 70, 20), did(skipQueue, 60, 20)],
  ];
  const input = { today, history, ladders, library };

  it('prefers next rungs and ends with a due return-of-fear check', () => {
    expect(shown(suggestNextSteps(input))).toEqual([
      'lib.rock-paper-scissors next_rung',
      'lib.pitch next_rung',
      'lib.review return_of_fear_check',
    ]);
  });

  it('gives the same suggestions for the same inputs', () => {
    expect(suggestNextSteps(input)).toEqual(suggestNextSteps(input));
  });

  it('suggests nothing the flooding guard would warn about', () => {
    for (const { challenge: step } of suggestNextSteps({ ...input, count: 10 })) {
      const verdict = assessStep({ ...input, challenge: step, library: [] }).verdict;
      expect(verdict, step.id).toBe('fine');
    }
  });
});
