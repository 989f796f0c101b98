import type { LocalDate } from '../../../shared/domain/practice/calendar.js';
import type {
  WellbeingReason,
  WellbeingSuggestion,
} from '../../../shared/domain/practice/knowWhenToQuit.js';
import type { PlanItem } from '../../../shared/domain/practice/plans.js';
import { format } from '../../app/format.js';
import { statusNames } from '../plan/statusNames.js';

/** "Wednesday 25 November" (en-GB). */
export const dayName = (day: LocalDate): string => format.day(day);
/** "Wed 25" (en-GB): where room is short. */
export const shortDayName = (day: LocalDate): string => format.dayShort(day);

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
