import {
  addDays,
  daysOfWeek,
  isoWeekOf,
  mondayOf,
  type IsoWeek,
  type LocalDate,
} from '../../../shared/domain/practice/calendar.js';
import type { PlanItem } from '../../../shared/domain/practice/plans.js';

/** One day of the week view, as the screen names it. */
export interface PlanDay {
  readonly date: LocalDate;
  /** "Wednesday 25 November": the day's name in headings, options and messages. */
  readonly name: string;
  /** "Wed 25": where room is short, as on the Challenges screen's week strip. */
  readonly shortName: string;
  readonly isToday: boolean;
}

// Days are calendar days without a time zone (calendar.ts): formatting their UTC
// midnight in UTC names the same day everywhere. English, like the rest of the app.
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const shortDayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
const dayOfMonthFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', timeZone: 'UTC' });
const dayMonthFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const monthYearFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const utcMidnight = (date: LocalDate): Date => new Date(`${date}T00:00:00Z`);

/** "Wednesday 25 November". */
export function nameDay(date: LocalDate): string {
  return dayFormat.format(utcMidnight(date));
}

function planDay(date: LocalDate, today: LocalDate): PlanDay {
  return {
    date,
    name: nameDay(date),
    shortName: shortDayFormat.format(utcMidnight(date)),
    isToday: date === today,
  };
}

/** Monday to Sunday of `week`, with today marked. */
export function planDays(week: IsoWeek, today: LocalDate): PlanDay[] {
  return daysOfWeek(week).map((date) => planDay(date, today));
}

/** "23–29 November 2026", "30 November – 6 December 2026", or across a year, both years. */
export function nameWeek(week: IsoWeek): string {
  const monday = mondayOf(week);
  const sunday = addDays(monday, 6);
  const first = utcMidnight(monday);
  const lastPart = `${dayOfMonthFormat.format(utcMidnight(sunday))} ${monthYearFormat.format(utcMidnight(sunday))}`;
  if (monday.slice(0, 7) === sunday.slice(0, 7)) {
    return `${dayOfMonthFormat.format(first)}–${lastPart}`;
  }
  const firstPart =
    monday.slice(0, 4) === sunday.slice(0, 4)
      ? dayMonthFormat.format(first)
      : `${dayOfMonthFormat.format(first)} ${monthYearFormat.format(first)}`;
  return `${firstPart} – ${lastPart}`;
}

/** Where a planned item can go: the other days of its week and the seven after it. */
export function moveTargets(item: PlanItem, today: LocalDate): PlanDay[] {
  const monday = mondayOf(isoWeekOf(item.day));
  return Array.from({ length: 14 }, (_, index) => addDays(monday, index))
    .filter((date) => date !== item.day)
    .map((date) => planDay(date, today));
}

/** The days a challenge can be planned on from the Challenges screen: today and the next 13. */
export function upcomingDays(today: LocalDate): PlanDay[] {
  return Array.from({ length: 14 }, (_, index) => planDay(addDays(today, index), today));
}

/** A week's items under each of its days, in the order the week's plan lists them. */
export function itemsByDay(
  days: readonly PlanDay[],
  items: readonly PlanItem[],
): Map<LocalDate, PlanItem[]> {
  const byDay = new Map<LocalDate, PlanItem[]>(days.map((day) => [day.date, []]));
  for (const item of items) byDay.get(item.day)?.push(item);
  return byDay;
}
