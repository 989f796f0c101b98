import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../../shared/domain/practice/calendar.js';
import type { Challenge } from '../../../../shared/domain/practice/challenges.js';
import type { Rung } from '../../../../shared/domain/practice/ladders.js';
import {
  directionToFocus,
  easierThanAbove,
  stepTarget,
} from '../../../../renderer/features/ladders/rungOrder.js';

describe('stepTarget', () => {
  it.each([
    [0, 'up', 3, null],
    [0, 'down', 3, 1],
    [1, 'up', 3, 0],
    [1, 'down', 3, 2],
    [2, 'down', 3, null],
    [0, 'down', 1, null],
  ] as const)('rung %i moved %s on a ladder of %i lands at %s', (index, direction, length, to) => {
    expect(stepTarget(index, direction, length)).toBe(to);
  });
});

describe('directionToFocus', () => {
  it('keeps the same direction while the rung can go on', () => {
    expect(directionToFocus(1, 'up', 3)).toBe('up');
    expect(directionToFocus(1, 'down', 3)).toBe('down');
  });

  it('switches to the other button once the rung reaches an end', () => {
    expect(directionToFocus(0, 'up', 3)).toBe('down');
    expect(directionToFocus(2, 'down', 3)).toBe('up');
  });
});

describe('easierThanAbove', () => {
  const challenge: Challenge = {
    id: 'lib.time',
    title: 'Ask the time',
    description: '',
    category: 'strangers',
    difficulty: 1,
    boundaryNotes: '',
    source: 'library',
  };
  /** Rungs named by their index, rated with each rating in turn (`null`: never rated). */
  const ladder = (...ratings: (readonly number[] | null)[]): Rung[] =>
    ratings.map((suds, index) => ({
      id: `rung-${index}`,
      challenge,
      ratings: (suds ?? []).map((value) => ({ suds: value, ratedOn: '2026-11-25' as LocalDate })),
    }));

  it.each([
    ['an ordered ladder', ladder([10], [30], [30], [70]), []],
    ['one rung rated lower than the one before', ladder([10], [50], [40]), [['rung-2', 50]]],
    ['the current rating, not an earlier one', ladder([80, 20], [30]), []],
    ['across an unrated rung', ladder([60], null, [20]), [['rung-2', 60]]],
    [
      'each step down, against its own neighbour',
      ladder([50], [40], [30]),
      [
        ['rung-1', 50],
        ['rung-2', 40],
      ],
    ],
    ['nothing on a ladder with no ratings', ladder(null, null), []],
  ])('finds %s', (_name, rungs, expected) => {
    expect([...easierThanAbove(rungs)]).toEqual(expected);
  });
});
