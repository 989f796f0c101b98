import type { LocalDate } from '../../../shared/domain/practice/calendar.js';
import type {
  WellbeingReason,
  WellbeingSuggestion,
} from '../../../shared/domain/practice/knowWhenToQuit.js';
import type { PlanItem } from '../../../shared/domain/practice/plans.js';
import { statusNames } from '../plan/statusNames.js';

// Days are calendar dates: formatted at UTC midnight, they never shift with the time zone.
const dayFormat = new Intl.DateTimeFormat('en', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const weekdayFormat = new Intl.DateTimeFormat('en', { weekday: 'short', timeZone: 'UTC' });

export const dayName = (day: LocalDate): string => dayFormat.format(Date.parse(day));
/** "Wed 25": the weekday first, as a week reads. */
export const shortDayName = (day: LocalDate): string =>
  `${weekdayFormat.format(Date.parse(day))} ${Number(day.slice(8))}`;

export function statusText(item: PlanItem): string {
  switch (item.status) {
    case 'skipped':
      return item.skipReason ? `Skipped: ${item.skipReason}` : 'Skipped';
    case 'moved':
      return `Moved to ${shortDayName(item.movedTo)}`;
    default:
      return statusNames[item.status];
  }
}

export const wellbeingReasonText: Record<WellbeingReason, string> = {
  distress_not_falling: 'Your distress has not been falling over the last weeks.',
  self_check_worsening: 'Your weekly check-ins say you have been feeling worse.',
  mostly_skipped: 'Most of the challenges you planned lately were skipped.',
};

export const wellbeingSuggestionText: Record<WellbeingSuggestion, string> = {
  easier_steps: 'Go back to easier steps for a while: small wins count.',
  pause: 'Take a break. The practice will wait for you.',
  professional_help: 'Consider talking to a professional; the practice guide says where to start.',
};
