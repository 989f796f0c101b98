import { describe, expect, it } from 'vitest';
import { daysAgo, practiceRecord as attempt, today } from '../../../support/practiceRecords.js';
import { addDays } from '../../../../shared/domain/practice/calendar.js';
import {
  demonstratedLevel,
  isMadeAttempt,
  isWithinLastDays,
  levelWindowWeeks,
  shownLevel,
  type PracticeRecord,
  type ShownLevel,
} from '../../../../shared/domain/practice/history.js';

const atDifficulties = (...difficulties: number[]): PracticeRecord[] =>
  difficulties.map((difficulty) => attempt({ difficulty }));

describe('isMadeAttempt', () => {
  it.each([
    ['rejected', true],
    ['accepted', true],
    ['partly', true],
    ['not_tried', false],
    [null, false],
  ] as const)('outcome %s → %s', (outcome, made) => {
    expect(isMadeAttempt(attempt({ outcome }))).toBe(made);
  });
});

describe('isWithinLastDays', () => {
  it.each([
    [0, true],
    [6, true],
    [7, false],
    [-1, false],
  ])('%i days ago is within the last 7 days: %s', (ago, within) => {
    expect(isWithinLastDays(daysAgo(ago), today, 7)).toBe(within);
  });
});

describe('demonstratedLevel', () => {
  it.each<[string, PracticeRecord[], number]>([
    ['no history', [], 0],
    ['a single attempt, however brave', atDifficulties(5), 0],
    ['two attempts at the same level', atDifficulties(3, 3), 3],
    ['one fluke above a steady level', atDifficulties(3, 3, 9), 3],
    ['the second-highest of several', atDifficulties(2, 4, 9, 1), 4],
    [
      'a free-form request without a difficulty',
      [...atDifficulties(6), attempt({ difficulty: null })],
      0,
    ],
    [
      'skipped attempts show nothing',
      [...atDifficulties(6), attempt({ difficulty: 6, outcome: 'not_tried' })],
      0,
    ],
    [
      'open drafts show nothing',
      [...atDifficulties(6), attempt({ difficulty: 6, outcome: null })],
      0,
    ],
    [
      'every kind of answer counts',
      [
        attempt({ difficulty: 4, outcome: 'accepted' }),
        attempt({ difficulty: 4, outcome: 'partly' }),
      ],
      4,
    ],
  ])('%s → %i', (_, history, level) => {
    expect(demonstratedLevel(history, today)).toBe(level);
  });

  it('looks back eight weeks', () => {
    expect(levelWindowWeeks).toBe(8);
  });

  it.each([
    [55, 5],
    [56, 2],
  ])('an attempt %i days ago counts only inside the eight-week window (level %i)', (ago, level) => {
    const history = [...atDifficulties(5, 2), attempt({ on: daysAgo(ago), difficulty: 5 })];
    expect(demonstratedLevel(history, today)).toBe(level);
  });

  it('ignores attempts dated after today', () => {
    const history = [attempt({ difficulty: 5 }), attempt({ on: addDays(today, 1), difficulty: 5 })];
    expect(demonstratedLevel(history, today)).toBe(0);
  });
});

describe('shownLevel: the facts behind the level', () => {
  it.each<[string, PracticeRecord[], ShownLevel]>([
    ['no history', [], { kind: 'no_recent_asks', askedEarlier: false }],
    [
      'only asks from before the eight weeks: a break',
      [attempt({ on: daysAgo(56) }), attempt({ on: daysAgo(90) })],
      { kind: 'no_recent_asks', askedEarlier: true },
    ],
    [
      'only skips, drafts and asks after today',
      [
        attempt({ outcome: 'not_tried', on: daysAgo(60) }),
        attempt({ outcome: null }),
        attempt({ on: addDays(today, 1) }),
      ],
      { kind: 'no_recent_asks', askedEarlier: false },
    ],
    ['one ask', atDifficulties(6), { kind: 'no_level_yet', asks: 1, difficulty: 6 }],
    [
      'one ask with a difficulty and free-form ones',
      [...atDifficulties(4), attempt({ difficulty: null }), attempt({ difficulty: null })],
      { kind: 'no_level_yet', asks: 3, difficulty: 4 },
    ],
    [
      'free-form asks only',
      [attempt({ difficulty: null }), attempt({ difficulty: null })],
      { kind: 'no_level_yet', asks: 2, difficulty: null },
    ],
    [
      'one recent ask after a break counts only the recent one',
      [attempt({ on: daysAgo(70), difficulty: 5 }), ...atDifficulties(2)],
      { kind: 'no_level_yet', asks: 1, difficulty: 2 },
    ],
    ['two asks', atDifficulties(3, 7), { kind: 'level', level: 3 }],
  ])('%s', (_, history, shown) => {
    expect(shownLevel(history, today)).toEqual(shown);
  });
});
