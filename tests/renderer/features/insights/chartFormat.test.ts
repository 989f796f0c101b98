import { describe, expect, it } from 'vitest';
import type { IsoWeek, LocalDate } from '../../../../shared/domain/practice/calendar.js';
import {
  formatDay,
  formatDayWithYear,
  formatMeanPercent,
  formatShare,
  formatValue,
  formatWeek,
  formatWeekWithYear,
} from '../../../../renderer/features/insights/chartFormat.js';

const day = (value: string) => value as LocalDate;
const week = (value: string) => value as IsoWeek;

// Renderer tests run in Node, where the app's one formatter falls back to en-GB
// (renderer/app/format.ts); shared/format's own tests cover other locales.
describe('the insights charts’ dates', () => {
  it.each([
    ['2026-11-23', '23 Nov'],
    ['2026-01-01', '1 Jan'],
    ['2026-12-31', '31 Dec'],
  ])('%s reads "%s"', (date, words) => {
    expect(formatDay(day(date))).toBe(words);
  });

  it('names a week by its Monday, never by its code', () => {
    expect(formatWeek(week('2026-W48'))).toBe('23 Nov');
    // Week 1 of 2026 starts in 2025.
    expect(formatWeek(week('2026-W01'))).toBe('29 Dec');
    expect(formatWeekWithYear(week('2026-W01'))).toBe('29 Dec 2025');
  });

  it('gives tables the year, as a long range crosses years', () => {
    expect(formatDayWithYear(day('2026-11-23'))).toBe('23 Nov 2026');
  });
});

describe('the insights charts’ numbers', () => {
  it.each([
    [4, 10, '40% (4 of 10)'],
    [13, 24, '54% (13 of 24)'],
    [1, 3, '33% (1 of 3)'],
    [2, 3, '67% (2 of 3)'],
    [0, 0, '0% (0 of 0)'],
    [1200, 2400, '50% (1,200 of 2,400)'],
  ])('%i of %i reads "%s": every percentage shows its count', (count, of, words) => {
    expect(formatShare(count, of)).toBe(words);
  });

  it('shows a rating whole, or with one decimal', () => {
    expect(formatValue(40)).toBe('40');
    expect(formatValue(37.56)).toBe('37.6');
  });

  it('shows a mean of ratings as a whole percentage', () => {
    expect(formatMeanPercent(62.5)).toBe('63%');
  });
});
