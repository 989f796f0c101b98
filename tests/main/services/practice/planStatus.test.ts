import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttemptInput } from '../../../../shared/domain/practice/attempts.js';
import type { ShownLevel } from '../../../../shared/domain/practice/history.js';
import type { PlanItem, PlanStatus } from '../../../../shared/domain/practice/plans.js';
import { AppFailure } from '../../../../main/services/appFailure.js';
import {
  day,
  madeAttempt,
  practiceFixture,
  type PracticeFixture,
  week,
} from '../../../support/practiceFixture.js';
import { issueOf } from '../../../support/issueOf.js';
import type { NotNowReason } from '../../../../shared/ipc/fieldIssues.js';

let fixture: PracticeFixture;
beforeEach(async () => {
  fixture = await practiceFixture();
});
afterEach(() => fixture.cleanup());

/** The user's three ways of ending an attempt, and leaving it open. */
const shapes = {
  begun: (on: string): AttemptInput => ({ ...madeAttempt({ on }), after: null }),
  rejected: (on: string): AttemptInput => madeAttempt({ on }),
  accepted: (on: string): AttemptInput => madeAttempt({ on, outcome: 'accepted' }),
  partly: (on: string): AttemptInput => madeAttempt({ on, outcome: 'partly' }),
  notTried: (on: string): AttemptInput => ({
    ...madeAttempt({ on }),
    after: {
      outcome: 'not_tried',
      whatHappened: 'I walked past.',
      learned: 'Not today.',
      coping: [],
      copingNote: '',
    },
  }),
} as const;
type Shape = keyof typeof shapes;

const itemOf = (id: string): PlanItem | undefined =>
  fixture.practice.weekPlan(week('2026-W48')).find((item) => item.id === id);

/** An item planned on Monday of the test week, with an attempt of `shape` saved for it. */
async function itemWith(shape: Shape, nudge = false) {
  const item = await fixture.practice.planChallenge(day('2026-11-23'), 'lib.ask-the-time', nudge);
  const attempt = await fixture.practice.createAttempt(shapes[shape]('2026-11-23'), item.id);
  return { item, attempt };
}

async function failureOf(work: Promise<unknown>): Promise<AppFailure> {
  const error: unknown = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppFailure);
  return error as AppFailure;
}

describe('a plan item’s status follows its attempt', () => {
  it.each<[Shape, PlanStatus]>([
    ['begun', 'begun'],
    ['rejected', 'done'],
    ['accepted', 'done'],
    ['partly', 'done'],
    ['notTried', 'not_tried'],
  ])('saving an attempt that is %s makes the item %s', async (shape, status) => {
    const { item, attempt } = await itemWith(shape);
    expect(itemOf(item.id)).toEqual({ ...item, status, attemptId: attempt.id });
  });

  it.each<[Shape, Shape, PlanStatus]>([
    ['begun', 'rejected', 'done'],
    ['begun', 'notTried', 'not_tried'],
    ['rejected', 'notTried', 'not_tried'],
    ['notTried', 'partly', 'done'],
    ['accepted', 'begun', 'begun'],
  ])('editing %s into %s makes the item %s', async (from, to, status) => {
    const { item, attempt } = await itemWith(from);
    await fixture.practice.updateAttempt(attempt.id, shapes[to]('2026-11-23'));
    expect(itemOf(item.id)).toEqual({ ...item, status, attemptId: attempt.id });
  });

  it.each<[Shape, PlanStatus]>([
    ['begun', 'begun'],
    ['rejected', 'done'],
    ['notTried', 'not_tried'],
  ])(
    'deleting a %s attempt plans the item again; undo makes it %s again',
    async (shape, status) => {
      const { item, attempt } = await itemWith(shape);
      const deleted = await fixture.practice.deleteAttempt(attempt.id);
      expect(itemOf(item.id)).toEqual(item);
      await fixture.practice.restoreAttempt(deleted);
      expect(itemOf(item.id)).toEqual({ ...item, status, attemptId: attempt.id });
    },
  );

  it('an item skipped, or given a new attempt, after its attempt was deleted stays so on undo', async () => {
    const { practice } = fixture;
    const first = await itemWith('rejected');
    const deletedFirst = await practice.deleteAttempt(first.attempt.id);
    await practice.skipPlanItem(first.item.id, 'Changed my mind');
    await practice.restoreAttempt(deletedFirst);
    expect(itemOf(first.item.id)).toMatchObject({ status: 'skipped', attemptId: null });

    const second = await itemWith('rejected');
    const deletedSecond = await practice.deleteAttempt(second.attempt.id);
    const again = await practice.createAttempt(shapes.notTried('2026-11-23'), second.item.id);
    await practice.restoreAttempt(deletedSecond);
    expect(itemOf(second.item.id)).toMatchObject({ status: 'not_tried', attemptId: again.id });
  });

  it.each<[Shape, NotNowReason]>([
    ['begun', 'already_begun'],
    ['notTried', 'already_not_tried'],
  ])(
    'a %s item can no longer be moved, skipped or given another attempt',
    async (shape, reason) => {
      const { practice } = fixture;
      const { item } = await itemWith(shape);
      const before = itemOf(item.id);
      for (const [field, call] of [
        ['id', () => practice.movePlanItem(item.id, day('2026-11-28'))],
        ['id', () => practice.skipPlanItem(item.id, 'again')],
        ['planItemId', () => practice.createAttempt(shapes.rejected('2026-11-28'), item.id)],
      ] as const) {
        const failure = await failureOf(call());
        expect(issueOf(failure)).toEqual({ path: field, problem: { kind: 'not_now', reason } });
      }
      expect(itemOf(item.id)).toEqual(before);
    },
  );
});

describe('what the statuses count for', () => {
  it('plan completion counts asks as done, “didn’t try” apart, and a begun item as still to do', async () => {
    for (const shape of ['begun', 'rejected', 'notTried', 'notTried'] as const)
      await itemWith(shape);
    const skipped = await fixture.practice.planChallenge(
      day('2026-11-24'),
      'lib.ask-the-time',
      false,
    );
    await fixture.practice.skipPlanItem(skipped.id, 'Tired');
    expect(fixture.practice.insights('4w').planCompletion.weekly).toEqual([
      { week: '2026-W48', planned: 5, done: 1, notTried: 2, skipped: 1 },
    ]);
  });

  it('two skipped and two “didn’t try” on the plan raise the know-when-to-quit notice', async () => {
    for (const shape of ['notTried', 'notTried'] as const) await itemWith(shape);
    for (const challengeId of ['lib.borrow-a-pen', 'lib.ask-for-a-mint']) {
      const item = await fixture.practice.planChallenge(day('2026-11-24'), challengeId, false);
      await fixture.practice.skipPlanItem(item.id, 'Not today');
    }
    expect(fixture.practice.wellbeing()?.reasons).toEqual(['mostly_skipped']);
  });

  it.each<[Shape, number]>([
    ['begun', 1],
    ['rejected', 0],
    ['notTried', 0],
  ])('the daily reminder still counts a %s item as waiting: %i', async (shape, waiting) => {
    await itemWith(shape);
    expect(fixture.practice.reminderFacts(day('2026-11-23')).planned).toBe(waiting);
  });

  it('the trusted-person nudge follows an ask only, timed from when the item became done', async () => {
    const { practice } = fixture;
    const { item, attempt } = await itemWith('begun', true);
    expect(practice.reminderFacts(day('2026-11-23')).nudges).toEqual([]);
    await practice.updateAttempt(attempt.id, shapes.notTried('2026-11-23'));
    expect(practice.reminderFacts(day('2026-11-23')).nudges).toEqual([]);
    const asked = await practice.updateAttempt(attempt.id, shapes.rejected('2026-11-23'));
    expect(practice.reminderFacts(day('2026-11-23')).nudges).toEqual([
      { id: item.id, doneAt: asked.updatedAt },
    ]);
    // Rewording the reflection later does not move the nudge.
    await practice.updateAttempt(attempt.id, {
      ...shapes.rejected('2026-11-23'),
      tags: ['reworded'],
    });
    expect(practice.reminderFacts(day('2026-11-23')).nudges).toEqual([
      { id: item.id, doneAt: asked.updatedAt },
    ]);
  });

  it.each<[string, Shape[], number, ShownLevel]>([
    [
      'begun and “didn’t try” attempts make no streak and show no level',
      ['begun', 'notTried', 'begun', 'notTried'],
      0,
      { kind: 'no_recent_asks', askedEarlier: false },
    ],
    [
      'two asks make a streak of one week and show their level',
      ['begun', 'rejected', 'partly'],
      1,
      { kind: 'level', level: 2 },
    ],
  ])('%s', async (_, attemptShapes, streak, shown) => {
    for (const shape of attemptShapes) await itemWith(shape);
    expect(fixture.practice.streakWeeks()).toBe(streak);
    // madeAttempt is at difficulty 2; the flooding guard names the level shown when warning.
    expect(
      fixture.practice.assessStep('lib.ask-to-join-a-quiz-team', day('2026-11-25')),
    ).toMatchObject({ verdict: 'too_big', shown });
  });
});
