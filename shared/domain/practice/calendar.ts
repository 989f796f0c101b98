import { z } from 'zod';
import { notADate } from '../../ipc/fieldIssues.js';

/**
 * Calendar days and ISO weeks as the user lives them, without time zones: a day is the
 * string `YYYY-MM-DD` of the user's own calendar, a week is `YYYY-Www` (ISO 8601). The
 * arithmetic runs on UTC midnights, where no day is 23 or 25 hours long, so a plan never
 * shifts a day when the clocks change or the user travels.
 */
export type LocalDate = string & { readonly __brand: 'LocalDate' };
export type IsoWeek = string & { readonly __brand: 'IsoWeek' };

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const weekPattern = /^(\d{4})-W(\d{2})$/;
const dayMs = 86_400_000;

const utcDay = (date: LocalDate): number => {
  const [, y, m, d] = dayPattern.exec(date) ?? [];
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
};

const fromUtc = (ms: number): LocalDate => new Date(ms).toISOString().slice(0, 10) as LocalDate;

/**
 * The years the app accepts. A journal of practice is about this life; the bounds keep
 * day arithmetic inside four-digit years, where it stays plain `YYYY-MM-DD`.
 */
export const yearBounds = { min: 1900, max: 2199 } as const;

/** True for a day that exists: `2026-02-29` does not, `2028-02-29` does. */
export function isLocalDate(value: string): value is LocalDate {
  const match = dayPattern.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const back = new Date(ms);
  return (
    Number(y) >= yearBounds.min &&
    Number(y) <= yearBounds.max &&
    back.getUTCFullYear() === Number(y) &&
    back.getUTCMonth() === Number(m) - 1 &&
    back.getUTCDate() === Number(d)
  );
}

// No `.max()` before the refine: the anchored pattern bounds the length, and a too-long
// value should read as "not a date", not as "too long".
export const localDateSchema = z.string().refine(isLocalDate, {
  message: 'not a real calendar day (YYYY-MM-DD)',
  ...notADate,
});

/** The day a moment falls on in the computer's own calendar (its time zone). */
export function localDateOf(moment: Date): LocalDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}` as LocalDate;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtc(utcDay(date) + days * dayMs);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((utcDay(to) - utcDay(from)) / dayMs);
}

/** 1 = Monday … 7 = Sunday, as ISO 8601 counts. */
export function isoWeekday(date: LocalDate): number {
  return ((new Date(utcDay(date)).getUTCDay() + 6) % 7) + 1;
}

/** The ISO week a day belongs to: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeekOf(date: LocalDate): IsoWeek {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01` as LocalDate, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}` as IsoWeek;
}

/** The Monday that starts an ISO week. */
export function mondayOf(week: IsoWeek): LocalDate {
  const [, y, w] = weekPattern.exec(week) ?? [];
  const jan4 = `${y}-01-04` as LocalDate;
  const week1Monday = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(week1Monday, (Number(w) - 1) * 7);
}

/** Monday to Sunday of an ISO week. */
export function daysOfWeek(week: IsoWeek): LocalDate[] {
  const monday = mondayOf(week);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

export function addWeeks(week: IsoWeek, weeks: number): IsoWeek {
  return isoWeekOf(addDays(mondayOf(week), weeks * 7));
}

/** True for a week that exists: `2025-W53` does not, `2026-W53` does. */
export function isIsoWeek(value: string): value is IsoWeek {
  const match = weekPattern.exec(value);
  if (!match) return false;
  const week = Number(match[2]);
  const year = Number(match[1]);
  return (
    week >= 1 &&
    year >= yearBounds.min &&
    year <= yearBounds.max &&
    isoWeekOf(mondayOf(value as IsoWeek)) === value
  );
}

export const isoWeekSchema = z.string().refine(isIsoWeek, {
  message: 'not a real ISO week (YYYY-Www)',
  ...notADate,
});
