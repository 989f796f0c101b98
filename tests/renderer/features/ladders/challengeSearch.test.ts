import { describe, expect, it } from 'vitest';
import type { Challenge } from '../../../../shared/domain/practice/challenges.js';
import { searchChallenges } from '../../../../renderer/features/ladders/challengeSearch.js';

const challenge = (
  id: string,
  title: string,
  difficulty: number,
  category: Challenge['category'] = 'food_and_shops',
  description = '',
): Challenge => ({
  id,
  title,
  description,
  category,
  difficulty,
  boundaryNotes: '',
  source: 'library',
});

const library = [
  challenge('lib.free-coffee', 'Ask a barista for a free coffee', 5),
  challenge('lib.refill', 'Ask for a refill at a café', 3, 'food_and_shops', 'Drinks only.'),
  challenge('lib.time', 'Ask a stranger for the time', 1, 'strangers'),
  challenge('lib.mint', 'Ask a stranger for a mint', 3, 'strangers'),
];
const none = new Set<string>();
const ids = (found: Challenge[]) => found.map((c) => c.id);

describe('searchChallenges', () => {
  it('offers everything, easiest first and then by title, for an empty query', () => {
    expect(ids(searchChallenges(library, '  ', none))).toEqual([
      'lib.time',
      'lib.mint',
      'lib.refill',
      'lib.free-coffee',
    ]);
  });

  it.each([
    ['every word, in any order', 'stranger time', ['lib.time']],
    ['case and accents ignored', 'CAFE', ['lib.refill']],
    ['the description', 'drinks', ['lib.refill']],
    ['the category’s name', 'strangers', ['lib.time', 'lib.mint']],
    ['nothing when a word matches nothing', 'coffee zebra', []],
  ])('matches %s', (_name, query, expected) => {
    expect(ids(searchChallenges(library, query, none))).toEqual(expected);
  });

  it('leaves out the challenges already on the ladder', () => {
    expect(ids(searchChallenges(library, 'stranger', new Set(['lib.time'])))).toEqual(['lib.mint']);
  });
});
