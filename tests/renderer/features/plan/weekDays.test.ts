import { describe, expect, it } from 'vitest';
import type { IsoWeek, LocalDate } from '../../../../shared/domain/practice/calendar.js';
import type { Challenge } from '../../../../shared/domain/practice/challenges.js';
import type { PlanItem } from '../../../../shared/domain/practice/plans.js';
import {
  itemsByDay,
  moveTargets,
  nameDay,
  nameWeek,
  planDays,
  upcomingDays,
} from '../../../../renderer/features/plan/weekDays.js';

const day = (value: string) => value as LocalDate;
const week = (value: string) => value as IsoWeek;

const challenge: Challenge = {
  id: 'lib.ask-the-time',
  title: 'Ask the time',
  description: '',
  category: 'strangers',
  difficulty: 1,
  boundaryNotes: '',
  source: 'library',
};

const item = (id: string, on: string): PlanItem => ({
  id,
  week: week('2026-W48'),
  day: day(on),
  challenge,
  status: 'planned',
  skipReason: null,
  movedTo: null,
  attemptId: null,
  nudgeTrustedPerson: false,
});

describe('planDays', () => {
  it('runs Monday to Sunday and marks only today', () => {
    const days = planDays(week('2026-W48'), day('2026-11-25'));
    expect(days.map((d) => d.name)).toEqual([
      'Monday 23 November',
      'Tuesday 24 November',
      'Wednesday 25 November',
      'Thursday 26 November',
      'Friday 27 November',
      'Saturday 28 November',
      'Sunday 29 November',
    ]);
    expect(days.filter((d) => d.isToday).map((d) => d.date)).toEqual(['2026-11-25']);
    expect(days[2]?.shortName).toBe('Wed 25');
  });

  it('marks nothing in a week that does not hold today', () => {
    expect(planDays(week('2026-W49'), day('2026-11-25')).some((d) => d.isToday)).toBe(false);
  });

  it('crosses the new year in ISO week 53', () => {
    const days = planDays(week('2026-W53'), day('2027-01-01'));
    expect(days.map((d) => d.date)).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    expect(days[4]?.isToday).toBe(true);
  });
});

describe('nameWeek and nameDay', () => {
  it.each([
    ['2026-W48', '23 – 29 November 2026'],
    ['2026-W49', '30 November – 6 December 2026'],
    ['2026-W53', '28 December 2026 – 3 January 2027'],
  ])('%s → %s', (isoWeek, name) => {
    expect(nameWeek(week(isoWeek))).toBe(name);
  });

  it('names a day the same whatever the time zone (a leap day included)', () => {
    expect(nameDay(day('2028-02-29'))).toBe('Tuesday 29 February');
  });
});

describe('moveTargets', () => {
  it('offers the other six days of the week and the whole next week', () => {
    const targets = moveTargets(item('a', '2026-11-25'), day('2026-11-25'));
    expect(targets).toHaveLength(13);
    expect(targets.map((d) => d.date)).not.toContain('2026-11-25');
    expect(targets[0]?.date).toBe('2026-11-23');
    expect(targets.at(-1)?.date).toBe('2026-12-06');
  });
});

describe('upcomingDays', () => {
  it('starts today and covers two weeks', () => {
    const days = upcomingDays(day('2026-12-30'));
    expect(days).toHaveLength(14);
    expect(days[0]).toMatchObject({ date: '2026-12-30', isToday: true });
    expect(days.filter((d) => d.isToday)).toHaveLength(1);
    expect(days.at(-1)?.date).toBe('2027-01-12');
  });
});

describe('itemsByDay', () => {
  it('puts each item under its day, keeps their order, and gives empty days an empty list', () => {
    const days = planDays(week('2026-W48'), day('2026-11-25'));
    const byDay = itemsByDay(days, [
      item('first', '2026-11-25'),
      item('monday', '2026-11-23'),
      item('second', '2026-11-25'),
    ]);
    expect(byDay.get(day('2026-11-25'))?.map((i) => i.id)).toEqual(['first', 'second']);
    expect(byDay.get(day('2026-11-23'))?.map((i) => i.id)).toEqual(['monday']);
    expect(byDay.get(day('2026-11-29'))).toEqual([]);
  });

  it('leaves out an item of another week rather than inventing a day for it', () => {
    const days = planDays(week('2026-W48'), day('2026-11-25'));
    const byDay = itemsByDay(days, [item('elsewhere', '2026-12-25')]);
    expect([...byDay.values()].flat()).toEqual([]);
    expect(byDay.size).toBe(7);
  });
});
