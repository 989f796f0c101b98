import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isoWeekOf } from '../../../../shared/domain/practice/calendar.js';
import {
  rebuildWeekSummaries,
  weekIndex,
  weekLabel,
  weekMonday,
} from '../../../../main/services/practice/weekSummary.js';
import {
  day,
  madeAttempt,
  practiceFixture,
  type PracticeFixture,
} from '../../../support/practiceFixture.js';
import { seededRandom } from '../../../support/random.js';

describe('week numbers', () => {
  it('label every week from 1900 to 2200 as the calendar’s ISO week of its Monday', () => {
    for (let index = 0; index < 300 * 53; index += 1) {
      const monday = weekMonday(index);
      expect(weekLabel(index)).toBe(isoWeekOf(monday));
      expect(weekIndex(monday)).toBe(index);
    }
  });

  it('put every day of a week, Monday to Sunday, in the same week', () => {
    expect(
      ['2026-12-28', '2026-12-31', '2027-01-03'].map((value) => weekLabel(weekIndex(day(value)))),
    ).toEqual(['2026-W53', '2026-W53', '2026-W53']);
  });
});

describe('weekly summaries', () => {
  let fixture: PracticeFixture;
  beforeEach(async () => {
    fixture = await practiceFixture();
  });
  afterEach(() => fixture.cleanup());

  const summaries = () => ({
    weeks: fixture.vault.read.all('SELECT * FROM insight_weeks ORDER BY week'),
    categories: fixture.vault.read.all(
      'SELECT * FROM insight_week_categories ORDER BY category, week',
    ),
  });

  it('stay equal to a rebuild from scratch through creates, edits that move weeks, deletes and undos', async () => {
    const { practice, vault } = fixture;
    const random = seededRandom(7);
    const ids: string[] = [];
    for (let step = 0; step < 60; step += 1) {
      const on = `2026-${String(1 + random.int(3)).padStart(2, '0')}-${String(1 + random.int(28)).padStart(2, '0')}`;
      const input = madeAttempt({
        on,
        category: random.pick(['strangers', 'food_and_shops', 'money'] as const),
        difficulty: 1 + random.int(10),
        anticipated: random.int(101),
        peak: random.int(101),
        after: random.int(101),
        predictedNo: random.int(101),
        outcome: random.pick(['rejected', 'accepted', 'partly'] as const),
      });
      const choice = ids.length === 0 ? 0 : random.int(4);
      if (choice <= 1) ids.push((await practice.createAttempt(input, null)).id);
      else if (choice === 2) await practice.updateAttempt(random.pick(ids), input);
      else {
        const id = random.pick(ids);
        const deleted = await practice.deleteAttempt(id);
        if (random.int(2) === 0) await practice.restoreAttempt(deleted);
        else ids.splice(ids.indexOf(id), 1);
      }
    }
    const kept = summaries();
    expect(kept.weeks.length).toBeGreaterThan(5);
    await vault.write((tx) => rebuildWeekSummaries(tx));
    expect(summaries()).toEqual(kept);
  });
});
