import {
  categories,
  type Category,
  type Challenge,
  type Difficulty,
} from '../../../shared/domain/practice/challenges.js';

/** What the library is narrowed to; null means "any". */
export interface ChallengeFilter {
  readonly text: string;
  readonly category: Category | null;
  readonly difficulty: Difficulty | null;
}

export const noFilter: ChallengeFilter = { text: '', category: null, difficulty: null };

/** Lower-cased words, so "Free  COFFEE" finds "Ask a barista for a free coffee". */
function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

/** True when every searched word appears in the title, description or boundary notes. */
export function matchesText(challenge: Challenge, text: string): boolean {
  const haystack =
    `${challenge.title} ${challenge.description} ${challenge.boundaryNotes}`.toLocaleLowerCase();
  return wordsOf(text).every((word) => haystack.includes(word));
}

export function filterChallenges(
  challenges: readonly Challenge[],
  filter: ChallengeFilter,
): Challenge[] {
  return challenges.filter(
    (challenge) =>
      (filter.category === null || challenge.category === filter.category) &&
      (filter.difficulty === null || challenge.difficulty === filter.difficulty) &&
      matchesText(challenge, filter.text),
  );
}

export interface CategoryGroup {
  readonly category: Category;
  readonly challenges: readonly Challenge[];
}

export interface DifficultyGroup {
  readonly difficulty: Difficulty;
  readonly categories: readonly CategoryGroup[];
}

/**
 * The library as the screen lists it: easiest first, then by category in the
 * vocabulary's order, then by title. Empty groups are left out.
 */
export function groupChallenges(challenges: readonly Challenge[]): DifficultyGroup[] {
  const byTitle = [...challenges].sort((a, b) => a.title.localeCompare(b.title));
  const difficulties = [...new Set(byTitle.map((challenge) => challenge.difficulty))].sort(
    (a, b) => a - b,
  );
  return difficulties.map((difficulty) => ({
    difficulty,
    categories: categories.flatMap((category) => {
      const inGroup = byTitle.filter(
        (challenge) => challenge.difficulty === difficulty && challenge.category === category,
      );
      return inGroup.length > 0 ? [{ category, challenges: inGroup }] : [];
    }),
  }));
}
