import {
  addDays,
  daysOfWeek,
  isoWeekOf,
  mondayOf,
  type IsoWeek,
  type LocalDate,
} from '../../../shared/domain/practice/calendar.js';
import type { PlanItem } from '../../../shared/domain/practice/plans.js';
import { format } from '../../app/format.js';

/** One day of the week view, as the screen names it. */
export interface PlanDay {
  readonly date: LocalDate;
  /** "Wednesday 25 November" (en-GB): the day's name in headings, options and messages. */
  readonly name: string;
  /** "Wed 25" (en-GB): where room is short, as on the Challenges screen's week strip. */
  readonly shortName: string;
  readonly isToday: boolean;
}

/** "Wednesday 25 November" (en-GB): the day in the user's own words. */
export const nameDay = (date: LocalDate): string => format.day(date);

function planDay(date: LocalDate, today: LocalDate): PlanDay {
  return {
    date,
    name: nameDay(date),
    shortName: format.dayShort(date),
    isToday: date === today,
  };
}

/** Monday to Sunday of `week`, with today marked. */
export function planDays(week: IsoWeek, today: LocalDate): PlanDay[] {
  return daysOfWeek(week).map((date) => planDay(date, today));
}

/** "23 – 29 November 2026" (en-GB), across months and years as the user's locale writes it. */
export const nameWeek = (week: IsoWeek): string => format.week(week);

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
