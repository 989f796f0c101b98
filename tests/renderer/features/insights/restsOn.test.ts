import { describe, expect, it } from 'vitest';
import { restsOn } from '../../../../renderer/features/insights/restsOn.js';

describe('what a figure rests on', () => {
  it.each([
    [{ rated: 9, asked: 9 }, 'from 9 of 9 asks'],
    [{ rated: 7, asked: 9 }, 'from 7 of 9 asks: 2 were not rated'],
    [{ rated: 5, asked: 6 }, 'from 5 of 6 asks: 1 was not rated'],
    [{ rated: 1, asked: 1 }, 'from 1 of 1 ask, too few yet to read much into'],
    [{ rated: 2, asked: 3 }, 'from 2 of 3 asks: 1 was not rated, too few yet to read much into'],
    [{ rated: 0, asked: 2 }, 'from 0 of 2 asks: 2 were not rated'],
  ])('%o reads "%s"', (basis, words) => {
    expect(restsOn(basis)).toBe(words);
  });
});
