import { format } from '../../app/format.js';
import {
  beginnerBaseLevel,
  comfortableCeiling,
} from '../../../shared/domain/practice/floodingGuard.js';
import {
  attemptsThatShowALevel,
  levelWindowWeeks,
  noLevel,
  type ShownLevel,
} from '../../../shared/domain/practice/history.js';

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Small counts in words, as people write them ("eight weeks", "one ask"); larger in digits. */
function inWords(count: number): string {
  return numberWords[count] ?? String(count);
}

const lastWeeks = `the last ${inWords(levelWindowWeeks)} weeks`;
const beginnerSteps = `difficulty ${beginnerBaseLevel} to ${comfortableCeiling(noLevel)}`;
const whatShowsALevel = `Your level will be the highest difficulty that ${inWords(attemptsThatShowALevel)} of your asks reach`;

/** The recent asks that show no level yet, in the user's terms: how many, and at what. */
function recentAsks(asks: number, difficulty: number | null): string {
  const finished = `In ${lastWeeks} you have finished ${inWords(asks)} ${format.plural(asks, { one: 'ask', other: 'asks' })}`;
  // Asks written in the user's own words, not from a challenge, carry no difficulty.
  if (difficulty === null) {
    const which =
      asks === 1 ? 'your own request' : `${asks === 2 ? 'both' : 'all'} your own requests`;
    return `${finished}, ${which} without a difficulty.`;
  }
  if (asks === 1) return `${finished}, at difficulty ${difficulty}.`;
  return `${finished}: one at difficulty ${difficulty}, the others your own requests without a difficulty.`;
}

/**
 * What the flooding guard measured from, in words that follow the facts: the level shown,
 * or why there is none yet and what would show one.
 */
export function levelText(shown: ShownLevel): string {
  switch (shown.kind) {
    case 'level':
      return `Recently you have shown level ${shown.level}, so steps up to difficulty ${comfortableCeiling(shown.level)} are comfortable.`;
    case 'no_recent_asks':
      return shown.askedEarlier
        ? `You haven’t finished an ask in ${lastWeeks}. A level shown before a break no longer counts, as fear can come back, so a comfortable restart is ${beginnerSteps}.`
        : `You haven’t finished an ask in ${lastWeeks}, so a comfortable start is ${beginnerSteps}.`;
    case 'no_level_yet':
      return `${recentAsks(shown.asks, shown.difficulty)} ${whatShowsALevel}, so for now a comfortable start is ${beginnerSteps}.`;
  }
}
