import type { PlanDay } from './weekDays.js';

/** An option per day, today marked, for any select of a plan day. */
export function DayOptions({ days }: { readonly days: readonly PlanDay[] }) {
  return days.map((day) => (
    <option key={day.date} value={day.date}>
      {day.name}
      {day.isToday ? ' (today)' : ''}
    </option>
  ));
}
