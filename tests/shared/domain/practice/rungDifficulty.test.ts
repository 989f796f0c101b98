import { describe, expect, it } from 'vitest';
import { testChallenge, today } from '../../../support/practiceRecords.js';
import type { Rung } from '../../../../shared/domain/practice/ladders.js';
import {
  currentRating,
  difficultyFromSuds,
  rungDifficulty,
} from '../../../../shared/domain/practice/rungDifficulty.js';

const rung = (difficulty: number, ...ratings: number[]): Rung => ({
  id: '00000000-0000-4000-9000-000000000001',
  challenge: testChallenge('rung', difficulty, 'strangers'),
  ratings: ratings.map((suds) => ({ suds, ratedOn: today })),
});

describe('difficultyFromSuds', () => {
  it.each([
    [0, 1],
    [1, 1],
    [10, 1],
    [11, 2],
    [30, 3],
    [31, 4],
    [55, 6],
    [90, 9],
    [91, 10],
    [100, 10],
  ])('a rating of %i is difficulty %i', (suds, difficulty) => {
    expect(difficultyFromSuds(suds)).toBe(difficulty);
  });
});

describe('rungDifficulty', () => {
  it.each<[string, Rung, number | null, number]>([
    ['unrated: the challenge’s own difficulty', rung(7), null, 7],
    ['rated: the user’s rating, whatever the library says', rung(7, 25), 25, 3],
    ['re-rated: the current (last) rating', rung(2, 20, 65), 65, 7],
  ])('%s', (_, given, rating, difficulty) => {
    expect(currentRating(given)).toBe(rating);
    expect(rungDifficulty(given)).toBe(difficulty);
  });
});
