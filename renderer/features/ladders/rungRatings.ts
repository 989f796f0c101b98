import type { LocalDate } from '../../../shared/domain/practice/calendar.js';
import type { RungRating } from '../../../shared/domain/practice/ladders.js';
import { format } from '../../app/format.js';

/** A rung's ratings as the screen tells them: the current one, and what came before. */
export type RatingHistory =
  | { readonly rated: false }
  | {
      readonly rated: true;
      readonly current: RungRating;
      /** Newest first. */
      readonly earlier: readonly RungRating[];
      /** Current minus first: negative when the rung has come to feel less frightening. */
      readonly change: number;
    };

/** Reads the ladder schema's ratings (oldest first, the last is current). */
export function ratingHistory(ratings: readonly RungRating[]): RatingHistory {
  const current = ratings.at(-1);
  const first = ratings[0];
  if (!current || !first) return { rated: false };
  return {
    rated: true,
    current,
    earlier: ratings.slice(0, -1).reverse(),
    change: current.suds - first.suds,
  };
}

/** The change since the first rating, in words; nothing when there is no earlier one. */
export function describeChange(history: RatingHistory): string | undefined {
  if (!history.rated || history.earlier.length === 0) return undefined;
  if (history.change < 0) return `down ${-history.change} since your first rating`;
  if (history.change > 0) return `up ${history.change} since your first rating`;
  return 'the same as your first rating';
}

/** A rating's day as people read it: "25 Nov 2026" (en-GB); never shifted by time zone. */
export const formatDay = (day: LocalDate): string => format.dayWithYear(day);
