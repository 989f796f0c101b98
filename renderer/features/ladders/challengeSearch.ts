import { categoryNames, type Challenge } from '../../../shared/domain/practice/challenges.js';

/** Lower case without accents, so "cafe" finds "café". */
const folded = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * The challenges the picker offers for a query: those not already on the ladder whose
 * title, description or category holds every word typed, easiest first (rule 1: a ladder
 * is built from the bottom), then by title.
 */
export function searchChallenges(
  challenges: readonly Challenge[],
  query: string,
  alreadyOnLadder: ReadonlySet<string>,
): Challenge[] {
  const words = folded(query).split(/\s+/).filter(Boolean);
  return challenges
    .filter((challenge) => !alreadyOnLadder.has(challenge.id))
    .filter((challenge) => {
      const text = folded(
        `${challenge.title} ${challenge.description} ${categoryNames[challenge.category]}`,
      );
      return words.every((word) => text.includes(word));
    })
    .sort((a, b) => a.difficulty - b.difficulty || a.title.localeCompare(b.title));
}
