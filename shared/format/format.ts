import { addDays, mondayOf, type IsoWeek, type LocalDate } from '../domain/practice/calendar.js';

/**
 * One voice for dates, numbers and counted words, in one locale: the renderer makes it
 * from `navigator.language`, main from `app.getLocale()` (passed to the core as a port),
 * and tests from a pinned tag so their strings are stable. Nothing else in the app formats
 * a date or a number, or chooses between "entry" and "entries", by hand.
 */
export interface Format {
  /** The locale the strings are in, as resolved by `Intl` ("en-GB"). */
  readonly locale: string;
  /** A day in headings and sentences: "Tuesday 1 December" (en-GB), "Tuesday, December 1" (en-US). */
  day(date: LocalDate): string;
  /** A day where room is short, as on a week strip: "Tue 1" (en-GB). */
  dayShort(date: LocalDate): string;
  /** A day on a chart's axis or in a list of weeks: "1 Dec" (en-GB), "Dec 1" (en-US). */
  dayMonth(date: LocalDate): string;
  /** A day with its year, in a list: "1 Dec 2026" (en-GB), "Dec 1, 2026" (en-US). */
  dayWithYear(date: LocalDate): string;
  /** A day with its year, in a sentence: "1 December 2026" (en-GB), "December 1, 2026" (en-US). */
  dayLong(date: LocalDate): string;
  /** A week by its days: "23 – 29 November 2026" (en-GB), across months and years as the locale says. */
  week(week: IsoWeek): string;
  /** A moment, in the computer's time zone: "1 Dec 2026, 13:00" (en-GB), "Dec 1, 2026, 1:00 PM" (en-US). */
  moment(instant: Date): string;
  /**
   * A day and time as the user wrote them (`YYYY-MM-DDTHH:MM`, no zone, as an attempt's
   * `occurredAt`), in the same words as `moment`: "25 Nov 2026, 17:30" (en-GB).
   */
  localMoment(dateTime: string): string;
  /** A moment's time of day: "17:30" (en-GB), "5:30 PM" (en-US). */
  time(instant: Date): string;
  /** A count or a measure: "1,960" (en-GB), "1.960" (de-DE). */
  number(value: number): string;
  /** A share from 0 to 1: "43%" (en-GB), "43 %" (de-DE). */
  percent(share: number): string;
  /** The form of a word that goes with `count`, by the locale's plural rules. */
  plural(count: number, forms: PluralForms): string;
  /** A number and its word: "1 entry", "1,200 entries". */
  count(count: number, forms: PluralForms): string;
}

/**
 * The words for each plural category. English needs only `one` and `other`; the others
 * are for languages that have them, and fall back to `other` where not given.
 */
export type PluralForms = { readonly one: string; readonly other: string } & Partial<
  Record<Exclude<Intl.LDMLPluralRule, 'one' | 'other'>, string>
>;

/** Used when the locale given is not a well-formed language tag. */
export const fallbackLocale = 'en-GB';

export interface FormatOptions {
  /**
   * The time zone moments are told in: the computer's own unless given. Tests give one so
   * that a moment's string does not depend on where they run.
   */
  readonly timeZone?: string | undefined;
}

/** A tag `Intl` accepts: the one given when well formed, else `fallbackLocale`. */
function wellFormed(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? fallbackLocale;
  } catch {
    // A malformed tag from the OS or the browser must not stop the app from showing dates.
    return fallbackLocale;
  }
}

// Days are calendar days without a time zone (calendar.ts): told at their UTC midnight
// in UTC, they name the same day wherever the computer is.
const utcMidnight = (date: LocalDate): Date => new Date(`${date}T00:00:00Z`);

/**
 * ICU versions disagree on the spaces in dates: Node 20 puts thin ones around a range's
 * dash, newer ICU a narrow no-break one before "PM", Electron's Chromium plain ones. Main
 * runs on Node's ICU and the renderer on Chromium's, so dates are given plain spaces: the
 * report and the screen then say a day in the same characters.
 */
const plainSpaces = (text: string): string => text.replace(/[\u2009\u202f]/g, ' ');

/** The formatter for `locale`; its `Intl` objects are made once here, not per call. */
export function createFormat(locale: string, options: FormatOptions = {}): Format {
  const tag = wellFormed(locale);
  const days = (shape: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(tag, { ...shape, timeZone: 'UTC' });
  const day = days({ weekday: 'long', day: 'numeric', month: 'long' });
  const dayShort = days({ weekday: 'short', day: 'numeric' });
  const dayMonth = days({ day: 'numeric', month: 'short' });
  const dayWithYear = days({ day: 'numeric', month: 'short', year: 'numeric' });
  const dayLong = days({ day: 'numeric', month: 'long', year: 'numeric' });
  const momentShape: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  };
  const moment = new Intl.DateTimeFormat(tag, { ...momentShape, timeZone: options.timeZone });
  // A written day and time has no zone: told at that wall time in UTC, it reads as written.
  const localMoment = new Intl.DateTimeFormat(tag, { ...momentShape, timeZone: 'UTC' });
  const time = new Intl.DateTimeFormat(tag, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: options.timeZone,
  });
  const number = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: 'percent' });
  const pluralRules = new Intl.PluralRules(tag);
  const plural = (count: number, forms: PluralForms): string =>
    forms[pluralRules.select(count)] ?? forms.other;

  return {
    locale: day.resolvedOptions().locale,
    day: (date) => plainSpaces(day.format(utcMidnight(date))),
    dayShort: (date) => plainSpaces(dayShort.format(utcMidnight(date))),
    dayMonth: (date) => plainSpaces(dayMonth.format(utcMidnight(date))),
    dayWithYear: (date) => plainSpaces(dayWithYear.format(utcMidnight(date))),
    dayLong: (date) => plainSpaces(dayLong.format(utcMidnight(date))),
    week: (week) => {
      const monday = mondayOf(week);
      return plainSpaces(dayLong.formatRange(utcMidnight(monday), utcMidnight(addDays(monday, 6))));
    },
    moment: (instant) => plainSpaces(moment.format(instant)),
    localMoment: (dateTime) => plainSpaces(localMoment.format(new Date(`${dateTime}Z`))),
    time: (instant) => plainSpaces(time.format(instant)),
    number: (value) => number.format(value),
    percent: (share) => percent.format(share),
    plural,
    count: (count, forms) => `${number.format(count)} ${plural(count, forms)}`,
  };
}
