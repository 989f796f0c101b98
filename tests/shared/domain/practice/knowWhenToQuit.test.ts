import { describe, expect, it } from 'vitest';
import { daysAgo, practiceRecord, today } from '../../../support/practiceRecords.js';
import { addDays } from '../../../../shared/domain/practice/calendar.js';
import type { PracticeRecord } from '../../../../shared/domain/practice/history.js';
import {
  assessWellbeing,
  type WellbeingInput,
} from '../../../../shared/domain/practice/knowWhenToQuit.js';
import type { PlanStatus } from '../../../../shared/domain/practice/plans.js';
import type { WeeklyCheck } from '../../../../shared/domain/practice/selfCheck.js';

/** Attempts here are at difficulty 4 and peak at 50: below the "still high" line. */
const attempt = (fields: Partial<PracticeRecord> = {}): PracticeRecord =>
  practiceRecord({ difficulty: 4, anticipatedSuds: 60, peakSuds: 50, ...fields });

/** One attempt a week with these peaks, oldest first, the last one this week. */
const weeklyPeaks = (...peaks: number[]): PracticeRecord[] =>
  peaks.map((peakSuds, index) =>
    attempt({ on: daysAgo(7 * (peaks.length - 1 - index)), peakSuds }),
  );

/** Weekly checks with these anxieties, oldest first, the last one today. */
const checks = (...anxieties: number[]): WeeklyCheck[] =>
  anxieties.map((anxiety, index) => ({ on: daysAgo(7 * (anxieties.length - 1 - index)), anxiety }));

/** Plan items on the days just before today. */
const planned = (...statuses: PlanStatus[]): WellbeingInput['plan'] =>
  statuses.map((status, index) => ({ day: daysAgo(index + 1), status }));

const repeat = <const T>(count: number, item: T): T[] => Array.from({ length: count }, () => item);

const assess = (input: Partial<WellbeingInput>) =>
  assessWellbeing({ today, history: [], weeklyChecks: [], plan: [], ...input });
const reasonsFor = (input: Partial<WellbeingInput>) => assess(input)?.reasons ?? [];

describe('assessWellbeing: not enough data', () => {
  it.each<[string, Partial<WellbeingInput>]>([
    ['nothing at all', {}],
    ['three weeks of high, flat distress', { history: weeklyPeaks(80, 80, 80) }],
    ['two rising self-checks', { weeklyChecks: checks(2, 8) }],
    ['two skipped days', { plan: planned('skipped', 'skipped') }],
    ['two skipped attempts', { history: repeat(2, attempt({ outcome: 'not_tried' })) }],
  ])('%s → no notice', (_, input) => {
    expect(assess(input)).toBeNull();
  });
});

describe('assessWellbeing: distress not falling', () => {
  it.each([
    ['flat and high', [70, 70, 70, 70], true],
    ['rising', [50, 55, 70, 75], true],
    ['falling clearly', [80, 80, 70, 70], false],
    ['falling by exactly 5', [70, 70, 65, 65], false],
    ['falling by only 4', [70, 70, 66, 66], true],
    ['flat at 60', [60, 60, 60, 60], true],
    ['flat at 59, inside the manageable band', [59, 59, 59, 59], false],
    ['six weeks, the last two no lower', [90, 40, 80, 40, 70, 70], true],
  ])('%s (%j) → %s', (_, peaks, flagged) => {
    expect(reasonsFor({ history: weeklyPeaks(...peaks) }).includes('distress_not_falling')).toBe(
      flagged,
    );
  });

  it('takes the median of each week, so one bad attempt does not decide it', () => {
    const history = [
      ...weeklyPeaks(70, 70, 58, 58),
      attempt({ on: today, peakSuds: 58 }),
      attempt({ on: today, peakSuds: 100 }),
    ];
    expect(reasonsFor({ history })).toEqual([]);
  });

  it.each<[string, PracticeRecord]>([
    ['a skipped attempt', attempt({ on: daysAgo(21), outcome: 'not_tried', peakSuds: null })],
    ['an open draft', attempt({ on: daysAgo(21), outcome: null, peakSuds: null })],
    ['an attempt before the eight-week window', attempt({ on: daysAgo(8 * 7), peakSuds: 80 })],
    ['an attempt after today', attempt({ on: addDays(today, 7), peakSuds: 80 })],
  ])('%s does not make a practice week', (_, extra) => {
    expect(reasonsFor({ history: [...weeklyPeaks(80, 80, 80), extra] })).toEqual([]);
  });

  it('counts the oldest week of the window', () => {
    const history = [...weeklyPeaks(80, 80, 80), attempt({ on: daysAgo(7 * 7), peakSuds: 80 })];
    expect(reasonsFor({ history })).toEqual(['distress_not_falling']);
  });
});

describe('assessWellbeing: self-check worsening', () => {
  it.each([
    [[3, 4, 5], true],
    [[3, 5, 5], true],
    [[3, 4, 4], false],
    [[5, 4, 3], false],
    [[3, 6, 4], false],
    [[8, 3, 4, 5], true],
    [[0, 0, 2], true],
  ])('checks %j → %s', (anxieties, flagged) => {
    expect(reasonsFor({ weeklyChecks: checks(...anxieties) })).toEqual(
      flagged ? ['self_check_worsening'] : [],
    );
  });

  it('reads the checks in date order, whatever order they come in', () => {
    expect(reasonsFor({ weeklyChecks: checks(3, 4, 5).reverse() })).toEqual([
      'self_check_worsening',
    ]);
  });

  it('ignores checks older than eight weeks', () => {
    const weeklyChecks = [{ on: daysAgo(8 * 7), anxiety: 1 }, ...checks(3, 4)];
    expect(assess({ weeklyChecks })).toBeNull();
  });
});

describe('assessWellbeing: mostly skipped', () => {
  it.each<[string, PlanStatus[], boolean]>([
    ['three skipped, none done', repeat(3, 'skipped'), true],
    ['three skipped, two done', [...repeat(3, 'skipped'), 'done', 'done'], true],
    ['three skipped, three done', [...repeat(3, 'skipped'), ...repeat(3, 'done')], false],
    ['two skipped, none done', repeat(2, 'skipped'), false],
    [
      'two skipped and two not tried, none done',
      [...repeat(2, 'skipped'), 'not_tried', 'not_tried'],
      true,
    ],
    ['three not tried, two done', [...repeat(3, 'not_tried'), 'done', 'done'], true],
    [
      'two skipped and one not tried, three done',
      ['skipped', 'skipped', 'not_tried', ...repeat(3, 'done')],
      false,
    ],
    ['begun items say nothing', [...repeat(2, 'skipped'), ...repeat(4, 'begun')], false],
    [
      'moved and still-planned items say nothing',
      [...repeat(3, 'skipped'), ...repeat(4, 'moved'), ...repeat(4, 'planned')],
      true,
    ],
  ])('plan: %s → %s', (_, statuses, flagged) => {
    expect(reasonsFor({ plan: planned(...statuses) })).toEqual(flagged ? ['mostly_skipped'] : []);
  });

  it.each([
    [13, true],
    [14, false],
  ])('a skip %i days ago is inside the two-week window: %s', (ago, flagged) => {
    const plan = [
      ...planned('skipped', 'skipped'),
      { day: daysAgo(ago), status: 'skipped' as const },
    ];
    expect(reasonsFor({ plan })).toEqual(flagged ? ['mostly_skipped'] : []);
  });

  it.each([
    [3, 2, true],
    [3, 3, false],
    [2, 0, false],
  ])('attempts: %i not tried, %i made → %s', (notTried, made, flagged) => {
    const history = [
      ...repeat(notTried, attempt({ outcome: 'not_tried', peakSuds: null, afterSuds: null })),
      ...repeat(made, attempt()),
    ];
    expect(reasonsFor({ history })).toEqual(flagged ? ['mostly_skipped'] : []);
  });

  const notTried = (fields: Partial<PracticeRecord> = {}) =>
    attempt({ outcome: 'not_tried', peakSuds: null, afterSuds: null, ...fields });

  it('counts a “didn’t try” saved for a plan item once, by the item', () => {
    const plan = planned('not_tried', 'not_tried', 'done');
    const history = [...repeat(2, notTried({ forPlanItem: true })), attempt({ forPlanItem: true })];
    expect(assess({ plan, history })).toBeNull();
  });

  it.each<[string, PlanStatus[], PracticeRecord[], boolean]>([
    [
      'two skipped items and one unplanned “didn’t try”',
      ['skipped', 'skipped'],
      [notTried()],
      true,
    ],
    [
      'two skipped items and one unplanned “didn’t try”, against three unplanned asks',
      ['skipped', 'skipped'],
      [notTried(), ...repeat(3, attempt())],
      false,
    ],
    [
      'three skipped items, against two asks made from the plan',
      [...repeat(3, 'skipped'), 'done', 'done'],
      repeat(2, attempt({ forPlanItem: true })),
      true,
    ],
    [
      'two “didn’t try” from the plan and one on its own',
      ['not_tried', 'not_tried'],
      [...repeat(2, notTried({ forPlanItem: true })), notTried()],
      true,
    ],
  ])('plan and attempts together: %s → %s', (_, statuses, history, flagged) => {
    expect(reasonsFor({ plan: planned(...statuses), history })).toEqual(
      flagged ? ['mostly_skipped'] : [],
    );
  });
});

describe('assessWellbeing: what it suggests', () => {
  const flatHigh = weeklyPeaks(75, 75, 75, 75);
  const worsening = checks(3, 4, 6);
  const skipped = planned('skipped', 'skipped', 'skipped');

  it.each<[string, Partial<WellbeingInput>, string[], string[]]>([
    [
      'distress alone',
      { history: flatHigh },
      ['distress_not_falling'],
      ['easier_steps', 'pause', 'professional_help'],
    ],
    [
      'a worsening self-check alone: a pause, not more steps',
      { weeklyChecks: worsening },
      ['self_check_worsening'],
      ['pause', 'professional_help'],
    ],
    [
      'skipping alone',
      { plan: skipped },
      ['mostly_skipped'],
      ['easier_steps', 'pause', 'professional_help'],
    ],
    [
      'all three',
      { history: flatHigh, weeklyChecks: worsening, plan: skipped },
      ['distress_not_falling', 'self_check_worsening', 'mostly_skipped'],
      ['easier_steps', 'pause', 'professional_help'],
    ],
    [
      'a worsening self-check and skipping',
      { weeklyChecks: worsening, plan: skipped },
      ['self_check_worsening', 'mostly_skipped'],
      ['easier_steps', 'pause', 'professional_help'],
    ],
  ])('%s', (_, input, reasons, suggestions) => {
    expect(assess(input)).toEqual({ reasons, suggestions });
  });
});
