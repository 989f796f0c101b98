import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../../shared/domain/practice/calendar.js';
import { minSkips, worseningRise } from '../../../../shared/domain/practice/knowWhenToQuit.js';
import {
  selfCheckQuestions,
  type SelfCheckAnswers,
} from '../../../../shared/domain/practice/selfCheck.js';
import {
  madeAttempt,
  practiceFixture,
  type PracticeFixture,
} from '../../../support/practiceFixture.js';

let fixture: PracticeFixture;
beforeEach(async () => {
  fixture = await practiceFixture();
});
afterEach(() => fixture.cleanup());

/** Wednesday of ISO week 2026-W48: the fixture's own today. */
const today = '2026-11-25';

const answers = (...values: number[]): SelfCheckAnswers => {
  expect(values).toHaveLength(selfCheckQuestions.length);
  return values;
};

const selfCheckRows = (kind: 'onboarding' | 'weekly') =>
  fixture.vault.read.all<{ taken_on: string; answers: string }>(
    'SELECT taken_on, answers FROM self_checks WHERE kind = ? ORDER BY taken_on, created_at',
    [kind],
  );

async function weeklyCheck(on: string, anxiety: number): Promise<void> {
  fixture.setToday(on);
  await fixture.practice.recordWeeklyCheck(anxiety);
  fixture.setToday(today);
}

/** Plans a library challenge on `on` and leaves it skipped, done, or still planned. */
async function planItem(on: string, status: 'skipped' | 'done' | 'planned'): Promise<void> {
  const { practice } = fixture;
  const item = await practice.planChallenge(on as LocalDate, 'lib.ask-the-time', false);
  if (status === 'skipped') await practice.skipPlanItem(item.id, 'Not today');
  if (status === 'done')
    await practice.createAttempt(madeAttempt({ on, challengeId: 'lib.ask-the-time' }), item.id);
}

describe('the onboarding self-check', () => {
  it.each([
    ['never avoiding anything', answers(0, 0, 0, 0, 0, 0), 'ready'],
    ['rarely avoiding, a little here and there', answers(1, 1, 2, 1, 1, 1), 'ready'],
    ['avoiding sometimes across the board', answers(2, 2, 2, 2, 1, 0), 'start_gently'],
    ['often kept from going out at all', answers(0, 0, 0, 0, 0, 3), 'professional_first'],
    ['avoiding often or always elsewhere', answers(4, 3, 3, 3, 3, 2), 'professional_first'],
  ] as const)('advises on %s', async (_name, given, advice) => {
    fixture.setToday('2026-11-20');
    await expect(fixture.practice.recordOnboardingCheck(given)).resolves.toBe(advice);
    expect(selfCheckRows('onboarding')).toEqual([
      { taken_on: '2026-11-20', answers: JSON.stringify(given) },
    ]);
  });

  it('keeps each onboarding check taken', async () => {
    const { practice } = fixture;
    await practice.recordOnboardingCheck(answers(0, 0, 0, 0, 0, 3));
    await practice.recordOnboardingCheck(answers(0, 0, 0, 0, 0, 0));
    expect(selfCheckRows('onboarding').map((row) => row.answers)).toEqual([
      '[0,0,0,0,0,3]',
      '[0,0,0,0,0,0]',
    ]);
  });
});

describe('the weekly check', () => {
  it('is stored with the day it was taken; taken twice the same day, the later answer stays', async () => {
    await weeklyCheck('2026-11-18', 5);
    await weeklyCheck(today, 4);
    await weeklyCheck(today, 7);
    expect(selfCheckRows('weekly')).toEqual([
      { taken_on: '2026-11-18', answers: '5' },
      { taken_on: today, answers: '7' },
    ]);
  });
});

describe('this week’s check', () => {
  it('is none until taken in the current ISO week; last week’s does not count', async () => {
    // Sunday of the week before: ISO weeks start on Monday.
    await weeklyCheck('2026-11-22', 6);
    expect(fixture.practice.thisWeeksCheck()).toBeNull();
    await weeklyCheck('2026-11-23', 4);
    expect(fixture.practice.thisWeeksCheck()).toEqual({ on: '2026-11-23', anxiety: 4 });
    // Taken again later in the week, the newer answer is this week's.
    await weeklyCheck(today, 3);
    expect(fixture.practice.thisWeeksCheck()).toEqual({ on: today, anxiety: 3 });
  });
});

describe('the trusted person', () => {
  it('is set, replaced, read back and cleared', async () => {
    const { practice } = fixture;
    expect(practice.trustedPerson()).toBeNull();
    await practice.setTrustedPerson({ name: 'Sam', howToReach: '07700 900123' });
    expect(practice.trustedPerson()).toEqual({ name: 'Sam', howToReach: '07700 900123' });
    await practice.setTrustedPerson({ name: 'Alex', howToReach: '' });
    expect(practice.trustedPerson()).toEqual({ name: 'Alex', howToReach: '' });
    expect(
      fixture.vault.read.all('SELECT key FROM journal_settings WHERE key = ?', ['trusted_person']),
    ).toHaveLength(1);
    await practice.setTrustedPerson(null);
    expect(practice.trustedPerson()).toBeNull();
    // Clearing when nobody is set is fine too.
    await practice.setTrustedPerson(null);
    expect(practice.trustedPerson()).toBeNull();
  });
});

describe('know when to quit', () => {
  it('says nothing with no data at all', () => {
    expect(fixture.practice.wellbeing()).toBeNull();
  });

  it('says nothing about ordinary practice: distress falling, few skips, steady checks', async () => {
    const { practice } = fixture;
    for (const [on, peak] of [
      ['2026-11-02', 80],
      ['2026-11-09', 75],
      ['2026-11-16', 50],
      ['2026-11-23', 45],
    ] as const) {
      await practice.createAttempt(madeAttempt({ on, peak }), null);
    }
    await weeklyCheck('2026-11-11', 5);
    await weeklyCheck('2026-11-18', 6);
    await weeklyCheck(today, 6);
    for (let i = 1; i < minSkips; i += 1) await planItem(`2026-11-2${i}`, 'skipped');
    expect(practice.wellbeing()).toBeNull();
  });

  it('speaks up when the weekly anxiety has risen over the last three checks', async () => {
    await weeklyCheck('2026-11-11', 4);
    await weeklyCheck('2026-11-18', 5);
    await weeklyCheck(today, 4 + worseningRise);
    expect(fixture.practice.wellbeing()).toEqual({
      reasons: ['self_check_worsening'],
      suggestions: ['pause', 'professional_help'],
    });
  });

  it('does not count a rise that ended more than eight weeks ago', async () => {
    await weeklyCheck('2026-08-19', 3);
    await weeklyCheck('2026-08-26', 5);
    await weeklyCheck('2026-09-02', 8);
    expect(fixture.practice.wellbeing()).toBeNull();
  });

  it('speaks up when most planned challenges of the last two weeks were skipped', async () => {
    await planItem('2026-11-13', 'skipped');
    await planItem('2026-11-18', 'skipped');
    await planItem('2026-11-20', 'done');
    await planItem('2026-11-22', 'skipped');
    await planItem('2026-11-24', 'done');
    // Future items say nothing yet.
    await planItem('2026-11-27', 'planned');
    expect(fixture.practice.wellbeing()).toEqual({
      reasons: ['mostly_skipped'],
      suggestions: ['easier_steps', 'pause', 'professional_help'],
    });
  });

  it('does not call it mostly skipped while as many were done', async () => {
    for (const on of ['2026-11-13', '2026-11-18', '2026-11-22']) await planItem(on, 'skipped');
    for (const on of ['2026-11-19', '2026-11-20', '2026-11-24']) await planItem(on, 'done');
    expect(fixture.practice.wellbeing()).toBeNull();
  });

  it('speaks up when peaks stay high for four weeks of practice', async () => {
    const { practice } = fixture;
    for (const [on, peak] of [
      ['2026-11-03', 65],
      ['2026-11-10', 70],
      ['2026-11-17', 70],
      ['2026-11-24', 75],
    ] as const) {
      await practice.createAttempt(madeAttempt({ on, peak }), null);
    }
    expect(practice.wellbeing()).toEqual({
      reasons: ['distress_not_falling'],
      suggestions: ['easier_steps', 'pause', 'professional_help'],
    });
  });

  it('gives every reason that applies, each suggestion once', async () => {
    const { practice } = fixture;
    for (const on of ['2026-11-03', '2026-11-10', '2026-11-17', '2026-11-24']) {
      await practice.createAttempt(madeAttempt({ on, peak: 80 }), null);
    }
    await weeklyCheck('2026-11-11', 2);
    await weeklyCheck('2026-11-18', 5);
    await weeklyCheck(today, 7);
    for (const on of ['2026-11-19', '2026-11-21', '2026-11-23']) await planItem(on, 'skipped');
    expect(practice.wellbeing()).toEqual({
      reasons: ['distress_not_falling', 'self_check_worsening', 'mostly_skipped'],
      suggestions: ['easier_steps', 'pause', 'professional_help'],
    });
  });
});
