import { describe, expect, it } from 'vitest';
import type { IsoWeek, LocalDate } from '../../../shared/domain/practice/calendar.js';
import { createFormat, fallbackLocale } from '../../../shared/format/format.js';

const day = '2026-12-01' as LocalDate;
const instant = new Date('2026-12-01T17:30:08Z');
const entries = { one: 'entry', other: 'entries' };

// Pinned locales and zone: these strings are the same on every computer.
const inLocale = (locale: string) => createFormat(locale, { timeZone: 'UTC' });

describe('createFormat', () => {
  it.each([
    ['en-GB', 'Tuesday 1 December', 'Tue 1', '1 Dec', '1 Dec 2026', '1 December 2026'],
    ['en-US', 'Tuesday, December 1', '1 Tue', 'Dec 1', 'Dec 1, 2026', 'December 1, 2026'],
    ['de-DE', 'Dienstag, 1. Dezember', 'Di., 1.', '1. Dez.', '1. Dez. 2026', '1. Dezember 2026'],
  ])('names a calendar day in %s', (locale, long, short, dayMonth, withYear, dayLong) => {
    const format = inLocale(locale);
    expect(format.day(day)).toBe(long);
    expect(format.dayShort(day)).toBe(short);
    expect(format.dayMonth(day)).toBe(dayMonth);
    expect(format.dayWithYear(day)).toBe(withYear);
    expect(format.dayLong(day)).toBe(dayLong);
  });

  it('names a day the same whatever the zone moments are told in', () => {
    // Auckland is 13 hours ahead of UTC in December: a day told at local midnight would slip.
    expect(createFormat('en-GB', { timeZone: 'Pacific/Auckland' }).day(day)).toBe(
      'Tuesday 1 December',
    );
    expect(createFormat('en-GB', { timeZone: 'America/Los_Angeles' }).day(day)).toBe(
      'Tuesday 1 December',
    );
  });

  // Plain spaces around the dash, as Chromium writes it, though Node's ICU writes thin ones.
  it.each([
    ['en-GB', '2026-W48', '23 – 29 November 2026'],
    ['en-GB', '2026-W49', '30 November – 6 December 2026'],
    ['en-GB', '2026-W53', '28 December 2026 – 3 January 2027'],
    ['en-US', '2026-W48', 'November 23 – 29, 2026'],
    ['de-DE', '2026-W48', '23.–29. November 2026'],
  ])('names a week by its days in %s (%s)', (locale, week, expected) => {
    expect(inLocale(locale).week(week as IsoWeek)).toBe(expected);
  });

  it.each([
    ['en-GB', '1 Dec 2026, 17:30', '17:30'],
    ['en-US', 'Dec 1, 2026, 5:30 PM', '5:30 PM'],
    ['de-DE', '1. Dez. 2026, 17:30', '17:30'],
  ])('tells a moment and its time in %s', (locale, moment, time) => {
    const format = inLocale(locale);
    expect(format.moment(instant)).toBe(moment);
    expect(format.time(instant)).toBe(time);
    expect(format.localMoment('2026-12-01T17:30')).toBe(moment);
  });

  it('tells a written day and time as written, wherever the computer is', () => {
    for (const timeZone of ['Pacific/Auckland', 'America/Los_Angeles']) {
      expect(createFormat('en-GB', { timeZone }).localMoment('2026-11-25T23:30')).toBe(
        '25 Nov 2026, 23:30',
      );
    }
  });

  it.each([
    ['en-GB', '12,345.5', '43%'],
    ['en-US', '12,345.5', '43%'],
    ['de-DE', '12.345,5', '43\u00a0%'],
  ])('writes numbers and shares in %s', (locale, number, percent) => {
    const format = inLocale(locale);
    expect(format.number(12345.5)).toBe(number);
    expect(format.percent(0.425)).toBe(percent);
  });

  it('chooses the word for a count by the plural rules', () => {
    const format = inLocale('en-GB');
    expect(format.plural(1, entries)).toBe('entry');
    expect(format.plural(0, entries)).toBe('entries');
    expect(format.plural(2, entries)).toBe('entries');
    expect(format.count(1, entries)).toBe('1 entry');
    expect(format.count(1200, entries)).toBe('1,200 entries');
  });

  it('uses a category the language has, and the other form where none is given', () => {
    // Polish says "2 wpisy" but "5 wpisów": `few` and `many` are its own categories.
    const polish = inLocale('pl-PL');
    const wpis = { one: 'wpis', few: 'wpisy', many: 'wpisów', other: 'wpisu' };
    expect(polish.count(1, wpis)).toBe('1 wpis');
    expect(polish.count(2, wpis)).toBe('2 wpisy');
    expect(polish.count(5, wpis)).toBe('5 wpisów');
    expect(polish.count(5, { one: 'wpis', other: 'wpisu' })).toBe('5 wpisu');
  });

  it('falls back to en-GB for a tag that is not well formed, rather than failing', () => {
    const format = createFormat('not a locale!', { timeZone: 'UTC' });
    expect(format.locale).toBe(fallbackLocale);
    expect(format.day(day)).toBe('Tuesday 1 December');
  });

  it('resolves the locale it speaks', () => {
    expect(inLocale('de-DE').locale).toBe('de-DE');
  });
});
