import { describe, expect, it } from 'vitest';
import { directionToFocus, stepTarget } from '../../../../renderer/features/ladders/rungOrder.js';

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
