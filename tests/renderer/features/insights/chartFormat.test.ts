import { describe, expect, it } from 'vitest';
import type { IsoWeek, LocalDate } from '../../../../shared/domain/practice/calendar.js';
import {
  formatDay,
  formatDayWithYear,
  formatShare,
  formatValue,
  formatWeek,
  formatWeekWithYear,
} from '../../../../renderer/features/insights/chartFormat.js';

const day = (value: string) => value as LocalDate;
const week = (value: string) => value as IsoWeek;

describe('the insights charts’ dates', () => {
  it.each([
    ['2026-11-23', 'en-US', 'Nov 23'],
    ['2026-01-01', 'en-US', 'Jan 1'],
    ['2026-12-31', 'en-US', 'Dec 31'],
    ['2026-11-23', 'en-GB', '23 Nov'],
    ['2026-11-23', 'de-DE', '23. Nov.'],
  ])('%s in %s reads "%s"', (date, locale, words) => {
    expect(formatDay(day(date), locale)).toBe(words);
  });

  it('names a week by its Monday, never by its code', () => {
    expect(formatWeek(week('2026-W48'), 'en-US')).toBe('Nov 23');
    // Week 1 of 2026 starts in 2025.
    expect(formatWeek(week('2026-W01'), 'en-US')).toBe('Dec 29');
    expect(formatWeekWithYear(week('2026-W01'), 'en-US')).toBe('Dec 29, 2025');
  });

  it('gives tables the year, as a long range crosses years', () => {
    expect(formatDayWithYear(day('2026-11-23'), 'en-US')).toBe('Nov 23, 2026');
  });
});

describe('the insights charts’ numbers', () => {
  it.each([
    [4, 10, '40 % (4 of 10)'],
    [13, 24, '54 % (13 of 24)'],
    [1, 3, '33 % (1 of 3)'],
    [2, 3, '67 % (2 of 3)'],
    [0, 0, '0 % (0 of 0)'],
  ])('%i of %i reads "%s": every percentage shows its count', (count, of, words) => {
    expect(formatShare(count, of)).toBe(words);
  });

  it('shows a rating whole, or with one decimal', () => {
    expect(formatValue(40)).toBe('40');
    expect(formatValue(37.56)).toBe('37.6');
  });
});
