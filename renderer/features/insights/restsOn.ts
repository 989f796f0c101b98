import type { Basis } from '../../../shared/domain/practice/insights.js';

/** Below this many rated asks a figure is shown with a word of caution. */
export const fewAsks = 5;

/**
 * What a figure rests on, as a phrase for a chart's summary: "from 7 of 9 asks: 2 were not
 * rated". Always "of", so "from 1 of 1 ask" reads as the thin ground it is.
 */
export function restsOn({ rated, asked }: Basis): string {
  const unrated = asked - rated;
  const skipped = unrated === 0 ? '' : `: ${unrated} ${unrated === 1 ? 'was' : 'were'} not rated`;
  const few = rated > 0 && rated < fewAsks ? ', too few yet to read much into' : '';
  return `from ${rated} of ${asked} ask${asked === 1 ? '' : 's'}${skipped}${few}`;
}
