import {
  mondayOf,
  type IsoWeek,
  type LocalDate,
} from '../../../shared/domain/practice/calendar.js';
import { format } from '../../app/format.js';

/** The words and numbers the insights charts show, in the app's one voice (shared/format). */

/** A day as an axis and a tooltip show it: "23 Nov" (en-GB), "Nov 23" (en-US). */
export const formatDay = (date: LocalDate): string => format.dayMonth(date);

/** A day as a table shows it, where a long range crosses years: "23 Nov 2026". */
export const formatDayWithYear = (date: LocalDate): string => format.dayWithYear(date);

/** A week as the charts show it: by its Monday's date, never as "2026-W48". */
export const formatWeek = (week: IsoWeek): string => formatDay(mondayOf(week));

/** A week as a table shows it: its Monday, with the year. */
export const formatWeekWithYear = (week: IsoWeek): string => formatDayWithYear(mondayOf(week));

/** A share with what it counts: "40% (4 of 10)". */
export const formatShare = (count: number, of: number): string =>
  `${format.percent(of === 0 ? 0 : count / of)} (${format.number(count)} of ${format.number(of)})`;

/** A rating or mean as the charts show it: whole, or one decimal when it has one. */
export const formatValue = (value: number): string => format.number(Math.round(value * 10) / 10);

/** A mean of 0–100 ratings, as a percentage: "63%" (en-GB), "63 %" (de-DE). */
export const formatMeanPercent = (value: number): string => format.percent(value / 100);
