import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../../main/services/appFailure.js';
import { addDays, isoWeekOf } from '../../../../shared/domain/practice/calendar.js';
import { libraryChallenge } from '../../../../shared/domain/practice/challengeLibrary.js';
import { categories, type Challenge } from '../../../../shared/domain/practice/challenges.js';
import { maxGentlerSuggestions } from '../../../../shared/domain/practice/floodingGuard.js';
import { levelWindowWeeks } from '../../../../shared/domain/practice/history.js';
import type { PlanItem } from '../../../../shared/domain/practice/plans.js';
import {
  day,
  madeAttempt,
  practiceFixture,
  type PracticeFixture,
  week,
} from '../../../support/practiceFixture.js';
import { issueOf } from '../../../support/issueOf.js';

let fixture: PracticeFixture;
beforeEach(async () => {
  fixture = await practiceFixture();
});
afterEach(() => fixture.cleanup());

/** A library challenge as the service returns it. */
function lib(id: string): Challenge {
  const entry = libraryChallenge(id);
  if (!entry) throw new Error(`no library challenge ${id}`);
  const { id: known, title, description, category, difficulty, boundaryNotes } = entry;
  return { id: known, title, description, category, difficulty, boundaryNotes, source: 'library' };
}

const askTheTime = lib('lib.ask-the-time');
const borrowAPen = lib('lib.borrow-a-pen');
const askForAMint = lib('lib.ask-for-a-mint');
const offMenuFlavour = lib('lib.ask-for-an-off-menu-flavour');

/** A planned item as weekPlan returns it, for the fields a test does not care to repeat. */
const planned = (fields: Pick<PlanItem, 'id' | 'day' | 'challenge'> & Partial<PlanItem>) => ({
  week: isoWeekOf(fields.day),
  status: 'planned',
  skipReason: null,
  movedTo: null,
  attemptId: null,
  nudgeTrustedPerson: false,
  ...fields,
});

async function failureOf(work: Promise<unknown> | (() => unknown)): Promise<AppFailure> {
  let error: unknown;
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (thrown) {
    error = thrown;
  }
  expect(error).toBeInstanceOf(AppFailure);
  return error as AppFailure;
}

const countAttempts = (): number =>
  fixture.vault.read.get<{ n: number }>('SELECT count(*) AS n FROM attempts')?.n ?? -1;

describe('weekly plans', () => {
  it('lists a week’s items by day, then in the order they were placed', async () => {
    const { practice } = fixture;
    const thursdayTime = await practice.planChallenge(day('2026-11-26'), askTheTime.id, true);
    const tuesdayPen = await practice.planChallenge(day('2026-11-24'), borrowAPen.id, false);
    const thursdayMint = await practice.planChallenge(day('2026-11-26'), askForAMint.id, false);
    const nextWeek = await practice.planChallenge(day('2026-11-30'), askTheTime.id, false);

    expect(thursdayTime).toEqual(
      planned({
        id: '00000000-0000-4000-8000-000000000001',
        day: day('2026-11-26'),
        challenge: askTheTime,
        nudgeTrustedPerson: true,
      }),
    );
    expect(thursdayTime.week).toBe('2026-W48');
    expect(practice.weekPlan(week('2026-W48'))).toEqual([tuesdayPen, thursdayTime, thursdayMint]);
    expect(practice.weekPlan(week('2026-W49'))).toEqual([nextWeek]);
    expect(nextWeek.week).toBe('2026-W49');
    expect(practice.weekPlan(week('2026-W47'))).toEqual([]);
  });

  it('files the days around New Year under the ISO week they belong to', async () => {
    const { practice } = fixture;
    expect(
      ['2026-12-28', '2026-12-31', '2027-01-01', '2027-01-03', '2027-01-04'].map((d) =>
        isoWeekOf(day(d)),
      ),
    ).toEqual(['2026-W53', '2026-W53', '2026-W53', '2026-W53', '2027-W01']);
    const monday = await practice.planChallenge(day('2026-12-28'), askTheTime.id, false);
    const newYear = await practice.planChallenge(day('2027-01-01'), borrowAPen.id, true);
    const sunday = await practice.planChallenge(day('2027-01-03'), askForAMint.id, false);
    const nextMonday = await practice.planChallenge(day('2027-01-04'), askTheTime.id, false);

    expect(practice.weekPlan(week('2026-W53'))).toEqual([monday, newYear, sunday]);
    expect(newYear).toMatchObject({ week: '2026-W53', day: '2027-01-01' });
    expect(practice.weekPlan(week('2027-W01'))).toEqual([nextMonday]);
    expect(practice.weekPlan(week('2026-W01'))).toEqual([]);
  });

  it('moves an item: the old one is marked moved, a new planned one waits on the new day', async () => {
    const { practice } = fixture;
    const newYear = await practice.planChallenge(day('2027-01-01'), borrowAPen.id, true);
    const nextMonday = await practice.planChallenge(day('2027-01-04'), askTheTime.id, false);

    const moved = await practice.movePlanItem(newYear.id, day('2027-01-05'));
    expect(moved).toEqual(
      planned({
        id: '00000000-0000-4000-8000-000000000003',
        day: day('2027-01-05'),
        challenge: borrowAPen,
        nudgeTrustedPerson: true,
      }),
    );
    expect(moved.week).toBe('2027-W01');
    expect(practice.weekPlan(week('2026-W53'))).toEqual([
      { ...newYear, status: 'moved', movedTo: '2027-01-05' },
    ]);
    expect(practice.weekPlan(week('2027-W01'))).toEqual([nextMonday, moved]);

    // Within a week, too: the moved-away item stays where it was, as history.
    const again = await practice.movePlanItem(moved.id, day('2027-01-04'));
    expect(practice.weekPlan(week('2027-W01'))).toEqual([
      nextMonday,
      again,
      { ...moved, status: 'moved', movedTo: '2027-01-04' },
    ]);
  });

  it('skips an item with the reason given', async () => {
    const { practice } = fixture;
    const item = await practice.planChallenge(day('2026-11-26'), askTheTime.id, false);
    const skipped = await practice.skipPlanItem(item.id, 'Felt unwell, will try next week');
    expect(skipped).toEqual({
      ...item,
      status: 'skipped',
      skipReason: 'Felt unwell, will try next week',
    });
    expect(practice.weekPlan(week('2026-W48'))).toEqual([skipped]);
  });

  it('marks an item done with the attempt that did it', async () => {
    const { practice } = fixture;
    const item = await practice.planChallenge(day('2026-11-26'), askTheTime.id, true);
    const other = await practice.planChallenge(day('2026-11-26'), borrowAPen.id, false);
    const attempt = await practice.createAttempt(
      madeAttempt({ on: '2026-11-26', challengeId: askTheTime.id, difficulty: 1 }),
      item.id,
    );
    expect(practice.weekPlan(week('2026-W48'))).toEqual([
      { ...item, status: 'done', attemptId: attempt.id },
      other,
    ]);
  });

  it('refuses to move, skip or complete an item that is no longer planned', async () => {
    const { practice } = fixture;
    const done = await practice.planChallenge(day('2026-11-23'), askTheTime.id, false);
    await practice.createAttempt(madeAttempt({ on: '2026-11-23' }), done.id);
    const skipped = await practice.planChallenge(day('2026-11-24'), borrowAPen.id, false);
    await practice.skipPlanItem(skipped.id, 'Busy');
    const moved = await practice.planChallenge(day('2026-11-25'), askForAMint.id, false);
    await practice.movePlanItem(moved.id, day('2026-11-27'));
    const before = practice.weekPlan(week('2026-W48'));
    expect(countAttempts()).toBe(1);

    for (const [item, status] of [
      [done, 'done'],
      [skipped, 'skipped'],
      [moved, 'moved'],
    ] as const) {
      for (const [field, call] of [
        ['id', () => practice.movePlanItem(item.id, day('2026-11-28'))],
        ['id', () => practice.skipPlanItem(item.id, 'again')],
        ['planItemId', () => practice.createAttempt(madeAttempt({ on: '2026-11-28' }), item.id)],
      ] as const) {
        const failure = await failureOf(call());
        expect(issueOf(failure)).toEqual({
          path: field,
          problem: { kind: 'not_now', reason: `already_${status}` },
        });
      }
    }
    expect(practice.weekPlan(week('2026-W48'))).toEqual(before);
    // The attempts that came with an item already done were not saved either.
    expect(countAttempts()).toBe(1);
  });

  it('refuses an unknown item or challenge, naming the field', async () => {
    const { practice } = fixture;
    const unknown = '00000000-0000-4000-8000-999999999999';
    for (const call of [
      () => practice.movePlanItem(unknown, day('2026-11-28')),
      () => practice.skipPlanItem(unknown, 'no'),
      () => practice.removePlanItem(unknown),
    ]) {
      const failure = await failureOf(call());
      expect(issueOf(failure)).toEqual({ path: 'id', problem: { kind: 'not_found' } });
    }
    const failure = await failureOf(practice.planChallenge(day('2026-11-28'), 'lib.nope', false));
    expect(issueOf(failure)).toEqual({ path: 'challengeId', problem: { kind: 'not_found' } });
    expect(practice.weekPlan(week('2026-W48'))).toEqual([]);
  });

  it('removes an item, whatever its status', async () => {
    const { practice } = fixture;
    const keep = await practice.planChallenge(day('2026-11-24'), borrowAPen.id, false);
    const item = await practice.planChallenge(day('2026-11-26'), askTheTime.id, false);
    await practice.skipPlanItem(item.id, 'Tired');
    await practice.removePlanItem(item.id);
    expect(practice.weekPlan(week('2026-W48'))).toEqual([keep]);
  });
});

describe('the flooding guard', () => {
  const bakery = lib('lib.ask-to-learn-at-a-bakery');
  const sellYourBaking = lib('lib.ask-a-cafe-to-sell-your-baking');
  const fromLibrary = (id: string) => ({ source: 'library', challenge: lib(id) }) as const;

  /** Made attempts at these difficulties, `daysAgo` before the fixture's today (2026-11-25). */
  async function madeAt(daysAgo: number, ...difficulties: number[]): Promise<void> {
    for (const difficulty of difficulties) {
      await fixture.practice.createAttempt(
        madeAttempt({ on: addDays(day('2026-11-25'), -daysAgo), difficulty }),
        null,
      );
    }
  }

  it('with no history, calls a difficulty-8 step too big and offers gentle ones', () => {
    expect(bakery.difficulty).toBe(8);
    const assessment = fixture.practice.assessStep(bakery.id, day('2026-11-26'));
    expect(assessment).toEqual({
      verdict: 'too_big',
      shown: { kind: 'no_recent_asks', askedEarlier: false },
      // Beginner steps (1–3) from the planned category, biggest first.
      suggestions: [
        fromLibrary('lib.ask-for-a-top-up'),
        fromLibrary('lib.ask-for-a-taste'),
        fromLibrary('lib.ask-for-an-off-menu-flavour'),
      ],
    });
    if (assessment.verdict === 'fine') return;
    expect(assessment.suggestions).toHaveLength(maxGentlerSuggestions);
    expect(assessment.suggestions.every(({ challenge }) => challenge.difficulty <= 3)).toBe(true);
  });

  it('with no history, a difficulty-3 step is fine and a difficulty-4 one a big jump', () => {
    const { practice } = fixture;
    expect(practice.assessStep(askForAMint.id, day('2026-11-26'))).toEqual({ verdict: 'fine' });
    expect(practice.assessStep('lib.ask-for-a-half-portion', day('2026-11-26'))).toMatchObject({
      verdict: 'big_jump',
      shown: { kind: 'no_recent_asks', askedEarlier: false },
    });
  });

  it('after made attempts at difficulty 5–6 in the last weeks, a 6, 7 or 8 is fine', async () => {
    const { practice } = fixture;
    await madeAt(20, 5);
    await madeAt(10, 6);
    await madeAt(3, 6);
    const today = day('2026-11-25');
    for (const id of ['lib.ask-to-see-the-stockroom', 'lib.ask-to-see-the-kitchen', bakery.id]) {
      expect(practice.assessStep(id, today)).toEqual({ verdict: 'fine' });
    }
    // Three above the shown level (6) is a big jump; the suggestions are 7s and 8s.
    expect(practice.assessStep(sellYourBaking.id, today)).toEqual({
      verdict: 'big_jump',
      shown: { kind: 'level', level: 6 },
      suggestions: [
        fromLibrary(bakery.id),
        fromLibrary('lib.ask-to-see-the-kitchen'),
        fromLibrary('lib.ask-for-a-first-impression'),
      ],
    });
  });

  it('counts only attempts made in the last eight weeks', async () => {
    const { practice } = fixture;
    const windowDays = levelWindowWeeks * 7;
    await madeAt(windowDays, 6, 6);
    const kitchen = 'lib.ask-to-see-the-kitchen';
    // Eight weeks ago exactly is outside the window: nothing is shown yet, after a break.
    expect(practice.assessStep(kitchen, day('2026-11-25'))).toMatchObject({
      verdict: 'too_big',
      shown: { kind: 'no_recent_asks', askedEarlier: true },
    });
    // A day earlier, the same attempts are inside it.
    expect(practice.assessStep(kitchen, day('2026-11-24'))).toEqual({ verdict: 'fine' });

    // One attempt is not a level; neither is a skipped one.
    await madeAt(1, 6);
    await practice.createAttempt(
      {
        ...madeAttempt({ on: '2026-11-24', difficulty: 6 }),
        after: {
          outcome: 'not_tried',
          whatHappened: '',
          learned: '',
          coping: [],
          copingNote: '',
        },
      },
      null,
    );
    expect(practice.assessStep(kitchen, day('2026-11-25'))).toMatchObject({
      verdict: 'too_big',
      shown: { kind: 'no_level_yet', asks: 1, difficulty: 6 },
    });
  });

  it('does not count attempts made after the day assessed', async () => {
    const { practice } = fixture;
    await madeAt(0, 6, 6);
    const kitchen = 'lib.ask-to-see-the-kitchen';
    expect(practice.assessStep(kitchen, day('2026-11-25'))).toEqual({ verdict: 'fine' });
    expect(practice.assessStep(kitchen, day('2026-11-24'))).toMatchObject({
      verdict: 'too_big',
      shown: { kind: 'no_recent_asks', askedEarlier: false },
    });
  });

  it("offers a gentler rung of the user's own ladder first, by their own rating", async () => {
    const { practice } = fixture;
    const ladder = await practice.createLadder('Cafés', 'Ask without rehearsing');
    await practice.addRung(ladder.id, 'lib.ask-for-a-taste', null);
    await practice.addRung(ladder.id, askForAMint.id, 25);
    // Rated mild, but a 7: planning it would draw a warning of its own, so it is not offered.
    await practice.addRung(ladder.id, 'lib.ask-to-see-the-kitchen', 25);
    await practice.addRung(ladder.id, sellYourBaking.id, 90);
    const assessment = fixture.practice.assessStep(bakery.id, day('2026-11-26'));
    expect(assessment.verdict === 'fine' ? [] : assessment.suggestions).toEqual([
      { source: 'ladder', challenge: askForAMint, ladderTitle: 'Cafés', rating: 25 },
      {
        source: 'ladder',
        challenge: lib('lib.ask-for-a-taste'),
        ladderTitle: 'Cafés',
        rating: null,
      },
      fromLibrary('lib.ask-for-a-top-up'),
    ]);
  });

  it('refuses an unknown challenge, naming the field', async () => {
    const failure = await failureOf(() =>
      fixture.practice.assessStep('lib.nope', day('2026-11-25')),
    );
    expect(issueOf(failure)).toEqual({ path: 'challengeId', problem: { kind: 'not_found' } });
  });
});

describe('next steps', () => {
  const expectVaried = (steps: readonly { challenge: Challenge }[]) => {
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.length).toBeLessThanOrEqual(3);
    const stepCategories = steps.map((step) => step.challenge.category);
    expect(new Set(stepCategories).size).toBe(stepCategories.length);
    for (const category of stepCategories) expect(categories).toContain(category);
  };

  it('suggests a beginner three easy challenges from different settings', () => {
    const steps = fixture.practice.suggestNextSteps();
    expect(steps).toEqual([
      { challenge: offMenuFlavour, reason: 'step_up' },
      { challenge: askTheTime, reason: 'step_up' },
      { challenge: borrowAPen, reason: 'step_up' },
    ]);
    expectVaried(steps);
  });

  it('puts a comfortable rung of the user’s ladder first', async () => {
    const { practice } = fixture;
    const ladder = await practice.createLadder('Strangers', '');
    await practice.addRung(ladder.id, askForAMint.id, 25);
    await practice.addRung(ladder.id, 'lib.ask-to-be-shown-a-trick', null);
    const steps = practice.suggestNextSteps();
    expect(steps).toEqual([
      { challenge: askForAMint, reason: 'next_rung', ladderTitle: 'Strangers', rating: 25 },
      {
        challenge: lib('lib.ask-to-be-shown-a-trick'),
        reason: 'next_rung',
        ladderTitle: 'Strangers',
        rating: null,
      },
      { challenge: offMenuFlavour, reason: 'step_up' },
    ]);
    expectVaried(steps);
  });

  it('weighs a rung by the user’s own rating: a mint rated 40 is not a beginner’s step', async () => {
    const { practice } = fixture;
    const ladder = await practice.createLadder('Strangers', '');
    await practice.addRung(ladder.id, askForAMint.id, 40);
    const ids = practice.suggestNextSteps().map((step) => step.challenge.id);
    expect(ids).toHaveLength(3);
    expect(ids).not.toContain(askForAMint.id);
  });

  it('steps up from the level shown, skipping what was done this week', async () => {
    const { practice } = fixture;
    await practice.createAttempt(madeAttempt({ on: '2026-11-10', difficulty: 5 }), null);
    await practice.createAttempt(madeAttempt({ on: '2026-11-18', difficulty: 6 }), null);
    await practice.createAttempt(
      madeAttempt({
        on: '2026-11-24',
        difficulty: 7,
        challengeId: 'lib.ask-to-see-the-kitchen',
      }),
      null,
    );
    const steps = practice.suggestNextSteps();
    expectVaried(steps);
    expect(steps).toHaveLength(3);
    expect(steps.every((step) => step.reason === 'step_up')).toBe(true);
    // Level 6: comfortable steps are 7 and 8, and the kitchen was asked yesterday.
    expect(steps.every((step) => [7, 8].includes(step.challenge.difficulty))).toBe(true);
    expect(steps.map((step) => step.challenge.id)).not.toContain('lib.ask-to-see-the-kitchen');
    expect(steps.map((step) => step.challenge.id)).toEqual([
      'lib.ask-a-stranger-to-hear-a-speech',
      'lib.ask-to-lead-a-task',
      'lib.ask-a-friend-for-feedback',
    ]);
  });
});
