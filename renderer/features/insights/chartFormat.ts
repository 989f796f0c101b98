import {
  mondayOf,
  type IsoWeek,
  type LocalDate,
} from '../../../shared/domain/practice/calendar.js';

/**
 * The words and numbers the insights charts show. Kept here, small, until the app's
 * shared formatting module (issue 16 §7) takes them in.
 */

/** The user's locale, for `Intl`; the page reads it once. */
export function userLocale(): string {
  return navigator.language;
}

/** Formats made once per locale and length: a chart formats every label of its axis. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(locale: string, withYear: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withYear}`;
  let format = dayFormats.get(key);
  if (format === undefined) {
    // UTC on both sides: a calendar day, not an instant, so no time zone can move it.
    format = new Intl.DateTimeFormat(locale, {
      ...(withYear ? { year: 'numeric' } : {}),
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
    dayFormats.set(key, format);
  }
  return format;
}

/** A day as an axis and a tooltip show it: "Nov 23" in English, in the user's locale. */
export function formatDay(date: LocalDate, locale: string): string {
  return dayFormat(locale, false).format(new Date(`${date}T00:00:00Z`));
}

/** A day as a table shows it, where a long range crosses years: "Nov 23, 2026". */
export function formatDayWithYear(date: LocalDate, locale: string): string {
  return dayFormat(locale, true).format(new Date(`${date}T00:00:00Z`));
}

/** A week as the charts show it: by its Monday's date, never as "2026-W48". */
export function formatWeek(week: IsoWeek, locale: string): string {
  return formatDay(mondayOf(week), locale);
}

/** A share with what it counts: "40 % (4 of 10)". */
export function formatShare(count: number, of: number): string {
  const percent = of === 0 ? 0 : Math.round((100 * count) / of);
  return `${percent} % (${count} of ${of})`;
}

/** A rating or mean as the charts show it: whole, or one decimal when it has one. */
export function formatValue(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** A week as a table shows it: its Monday, with the year. */
export function formatWeekWithYear(week: IsoWeek, locale: string): string {
  return formatDayWithYear(mondayOf(week), locale);
}
