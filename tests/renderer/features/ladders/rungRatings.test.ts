import { describe, expect, it } from 'vitest';
import type { RungRating } from '../../../../shared/domain/practice/ladders.js';
import type { LocalDate } from '../../../../shared/domain/practice/calendar.js';
import {
  describeChange,
  formatDay,
  ratingHistory,
} from '../../../../renderer/features/ladders/rungRatings.js';

const rating = (suds: number, ratedOn: string): RungRating => ({
  suds,
  ratedOn: ratedOn as LocalDate,
});

describe('ratingHistory', () => {
  it('says a rung with no rating is not rated', () => {
    expect(ratingHistory([])).toEqual({ rated: false });
  });

  it('takes the last rating as current and lists the earlier ones newest first', () => {
    const history = ratingHistory([
      rating(80, '2026-10-01'),
      rating(70, '2026-10-20'),
      rating(55, '2026-11-25'),
    ]);
    expect(history).toEqual({
      rated: true,
      current: rating(55, '2026-11-25'),
      earlier: [rating(70, '2026-10-20'), rating(80, '2026-10-01')],
      change: -25,
    });
  });
});

describe('describeChange', () => {
  it.each([
    [[rating(60, '2026-11-01')], undefined],
    [[rating(80, '2026-11-01'), rating(60, '2026-11-02')], 'down 20 since your first rating'],
    [[rating(40, '2026-11-01'), rating(55, '2026-11-02')], 'up 15 since your first rating'],
    [[rating(50, '2026-11-01'), rating(50, '2026-11-02')], 'the same as your first rating'],
  ])('describes %j as %s', (ratings, words) => {
    expect(describeChange(ratingHistory(ratings))).toBe(words);
  });
});

describe('formatDay', () => {
  it('shows the calendar day itself, whatever the time zone', () => {
    // Renderer unit tests speak en-GB (renderer/app/format.ts).
    expect(formatDay('2026-01-01' as LocalDate)).toBe('1 Jan 2026');
    expect(formatDay('2026-12-31' as LocalDate)).toBe('31 Dec 2026');
  });
});
