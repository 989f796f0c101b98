import { describe, expect, it } from 'vitest';
import type { Challenge } from '../../../../shared/domain/practice/challenges.js';
import { challengeLibrary } from '../../../../shared/domain/practice/challengeLibrary.js';
import {
  filterChallenges,
  groupChallenges,
  matchesText,
  noFilter,
} from '../../../../renderer/features/challenges/challengeFilters.js';

const build = (overrides: Partial<Challenge> & Pick<Challenge, 'id' | 'title'>): Challenge => ({
  description: '',
  category: 'strangers',
  difficulty: 1,
  boundaryNotes: '',
  source: 'library',
  ...overrides,
});

const mint = build({
  id: 'lib.mint',
  title: 'Ask for a mint',
  difficulty: 3,
  boundaryNotes: 'Pick somewhere busy.',
});
const coffee = build({
  id: 'lib.coffee',
  title: 'Ask a barista for a FREE coffee',
  category: 'food_and_shops',
  difficulty: 5,
});
const time = build({ id: 'lib.time', title: 'Ask the time' });
const menu = build({ id: 'lib.menu', title: 'Ask about the menu', category: 'food_and_shops' });

describe('matchesText', () => {
  it.each([
    ['', true],
    ['free coffee', true],
    ['  Free   COFFEE ', true],
    ['coffee tea', false],
  ])('“%s” in the coffee challenge → %s', (text, expected) => {
    expect(matchesText(coffee, text)).toBe(expected);
  });

  it('searches the boundary notes too', () => {
    expect(matchesText(mint, 'busy')).toBe(true);
  });
});

describe('filterChallenges', () => {
  const all = [mint, coffee, time, menu];

  it('keeps everything with no filter', () => {
    expect(filterChallenges(all, noFilter)).toEqual(all);
  });

  it('combines setting, difficulty and words', () => {
    expect(filterChallenges(all, { ...noFilter, category: 'food_and_shops' })).toEqual([
      coffee,
      menu,
    ]);
    expect(filterChallenges(all, { ...noFilter, difficulty: 1 })).toEqual([time, menu]);
    expect(
      filterChallenges(all, { text: 'menu', category: 'food_and_shops', difficulty: 1 }),
    ).toEqual([menu]);
    expect(
      filterChallenges(all, { text: 'menu', category: 'strangers', difficulty: null }),
    ).toEqual([]);
  });
});

describe('groupChallenges', () => {
  it('orders by difficulty, then setting in the vocabulary’s order, then title', () => {
    const groups = groupChallenges([coffee, mint, time, menu]);
    expect(
      groups.map((group) => ({
        difficulty: group.difficulty,
        categories: group.categories.map((c) => [c.category, c.challenges.map((x) => x.id)]),
      })),
    ).toEqual([
      {
        difficulty: 1,
        categories: [
          ['food_and_shops', ['lib.menu']],
          ['strangers', ['lib.time']],
        ],
      },
      { difficulty: 3, categories: [['strangers', ['lib.mint']]] },
      { difficulty: 5, categories: [['food_and_shops', ['lib.coffee']]] },
    ]);
  });

  it('holds the whole built-in library in ten groups, losing none', () => {
    const library = challengeLibrary.map((c) => ({ ...c, source: 'library' as const }));
    const groups = groupChallenges(library);
    expect(groups.map((group) => group.difficulty)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const listed = groups.flatMap((g) => g.categories.flatMap((c) => c.challenges));
    expect(listed).toHaveLength(challengeLibrary.length);
  });
});
