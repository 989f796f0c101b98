import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../../main/services/appFailure.js';
import {
  boundaryQuestionIds,
  boundaryQuestions,
  unansweredWhy,
  type BoundaryAnswers,
} from '../../../../shared/domain/practice/boundaryCheck.js';
import type { IsoWeek, LocalDate } from '../../../../shared/domain/practice/calendar.js';
import { challengeLibrary } from '../../../../shared/domain/practice/challengeLibrary.js';
import type { Challenge } from '../../../../shared/domain/practice/challenges.js';
import {
  practiceFixture,
  safeBoundaryAnswers,
  type PracticeFixture,
} from '../../../support/practiceFixture.js';
import { issueOf } from '../../../support/issueOf.js';

let fixture: PracticeFixture;
beforeEach(async () => {
  fixture = await practiceFixture();
});
afterEach(() => fixture.cleanup());

const draft: Omit<Challenge, 'id' | 'source'> = {
  title: 'Ask the bakery for yesterday’s bread at half price',
  description: 'Near closing time, ask whether they sell off older loaves cheaply.',
  category: 'food_and_shops',
  difficulty: 4,
  boundaryNotes: 'Ask once, near closing, and accept their answer.',
};

async function failureOf(work: Promise<unknown>): Promise<AppFailure> {
  const error: unknown = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppFailure);
  return error as AppFailure;
}

const customRows = (): number =>
  fixture.vault.read.get<{ n: number }>('SELECT count(*) AS n FROM custom_challenges')?.n ?? -1;

const whyOf = (id: (typeof boundaryQuestionIds)[number]): string =>
  boundaryQuestions.find((question) => question.id === id)?.why ?? '';

describe('challenges', () => {
  it('lists every library challenge, easiest first', () => {
    const listed = fixture.practice.listChallenges();
    expect(listed).toHaveLength(challengeLibrary.length);
    expect(new Set(listed.map((c) => c.id))).toEqual(new Set(challengeLibrary.map((c) => c.id)));
    expect(listed.every((c) => c.source === 'library' && !('since' in c))).toBe(true);
    const difficulties = listed.map((c) => c.difficulty);
    expect(difficulties).toEqual([...difficulties].sort((a, b) => a - b));
  });

  it('saves a custom challenge once every boundary question is answered safely', async () => {
    const { practice } = fixture;
    const saved = await practice.createChallenge(draft, safeBoundaryAnswers);
    expect(saved).toEqual({
      ...draft,
      id: 'custom.00000000-0000-4000-8000-000000000001',
      source: 'custom',
    });
    expect(saved.id.startsWith('custom.')).toBe(true);

    const listed = practice.listChallenges();
    expect(listed).toHaveLength(challengeLibrary.length + 1);
    expect(listed.filter((c) => c.source === 'custom')).toEqual([saved]);
    // Sorted in among the library by difficulty.
    const difficulties = listed.map((c) => c.difficulty);
    expect(difficulties).toEqual([...difficulties].sort((a, b) => a - b));
    expect(customRows()).toBe(1);
  });

  it('uses a custom challenge on ladders and plans like a library one', async () => {
    const { practice } = fixture;
    const saved = await practice.createChallenge(draft, safeBoundaryAnswers);
    const ladder = await practice.createLadder('Bakery', '');
    const withRung = await practice.addRung(ladder.id, saved.id, 55);
    expect(withRung.rungs[0]?.challenge).toEqual(saved);
    const item = await practice.planChallenge('2026-11-26' as LocalDate, saved.id, false);
    expect(item.challenge).toEqual(saved);
    expect(practice.assessStep(saved.id, '2026-11-26' as LocalDate)).toMatchObject({
      verdict: 'big_jump',
      shown: { kind: 'no_recent_asks', askedEarlier: false },
    });
  });

  describe.each(boundaryQuestionIds)('the boundary question %s', (id) => {
    const safe = safeBoundaryAnswers[id];

    it('blocks saving when answered unsafely, naming the question', async () => {
      const failure = await failureOf(
        fixture.practice.createChallenge(draft, { ...safeBoundaryAnswers, [id]: !safe }),
      );
      expect(failure.toAppError()).toMatchObject({ code: 'BOUNDARY_CHECK_FAILED', failed: [id] });
      expect(failure.message).toBe(`${id}: ${whyOf(id)}`);
      expect(customRows()).toBe(0);
      expect(fixture.practice.listChallenges()).toHaveLength(challengeLibrary.length);
    });

    it('blocks saving when left unanswered, naming the question', async () => {
      const rest: BoundaryAnswers = Object.fromEntries(
        Object.entries(safeBoundaryAnswers).filter(([question]) => question !== id),
      );
      expect(Object.keys(rest)).toHaveLength(boundaryQuestionIds.length - 1);
      const failure = await failureOf(fixture.practice.createChallenge(draft, rest));
      expect(failure.toAppError()).toMatchObject({ code: 'BOUNDARY_CHECK_FAILED', failed: [id] });
      expect(failure.message).toBe(`${id}: ${unansweredWhy}`);
      expect(customRows()).toBe(0);
    });
  });

  it('names every failing question, one line each, in the order they are asked', async () => {
    const failure = await failureOf(
      fixture.practice.createChallenge(draft, {
        ...safeBoundaryAnswers,
        no_filming: true,
        no_touching: true,
      }),
    );
    expect(failure.toAppError()).toMatchObject({
      code: 'BOUNDARY_CHECK_FAILED',
      failed: ['no_touching', 'no_filming'],
    });
    const none = await failureOf(fixture.practice.createChallenge(draft, {}));
    expect(none.toAppError()).toMatchObject({ failed: boundaryQuestionIds });
    expect(customRows()).toBe(0);
  });

  it('deletes a custom challenge', async () => {
    const { practice } = fixture;
    const saved = await practice.createChallenge(draft, safeBoundaryAnswers);
    const kept = await practice.createChallenge(
      { ...draft, title: 'Another' },
      safeBoundaryAnswers,
    );
    await practice.deleteChallenge(saved.id);
    expect(practice.listChallenges().filter((c) => c.source === 'custom')).toEqual([kept]);
    expect(customRows()).toBe(1);
    const again = await failureOf(practice.deleteChallenge(saved.id));
    expect(issueOf(again)).toEqual({ path: 'id', problem: { kind: 'not_found' } });
  });

  it('refuses to delete a custom challenge that is on a ladder, until it is taken off', async () => {
    const { practice } = fixture;
    const saved = await practice.createChallenge(draft, safeBoundaryAnswers);
    const ladder = await practice.createLadder('Bakery', '');
    const withRung = await practice.addRung(ladder.id, saved.id, null);

    const failure = await failureOf(practice.deleteChallenge(saved.id));
    expect(issueOf(failure)).toEqual({
      path: 'id',
      problem: { kind: 'not_now', reason: 'in_use' },
    });
    expect(failure.message).toMatch(/^id: .*ladder/);
    expect(customRows()).toBe(1);

    await practice.removeRung(ladder.id, withRung.rungs[0]?.id ?? '');
    await practice.deleteChallenge(saved.id);
    expect(customRows()).toBe(0);
  });

  it('refuses to delete a custom challenge that is in a plan, moved or not', async () => {
    const { practice } = fixture;
    const saved = await practice.createChallenge(draft, safeBoundaryAnswers);
    const item = await practice.planChallenge('2026-11-26' as LocalDate, saved.id, false);

    const failure = await failureOf(practice.deleteChallenge(saved.id));
    expect(issueOf(failure)).toEqual({
      path: 'id',
      problem: { kind: 'not_now', reason: 'in_use' },
    });
    expect(customRows()).toBe(1);

    // Moving leaves a new planned item: still refused.
    await practice.movePlanItem(item.id, '2026-11-27' as LocalDate);
    expect((await failureOf(practice.deleteChallenge(saved.id))).code).toBe('INVALID_REQUEST');
    expect(customRows()).toBe(1);
  });

  it.each([['lib.ask-the-time'], ['lib.no-such-challenge']])(
    'refuses to delete %s: library challenges are not the user’s to delete',
    async (id) => {
      const failure = await failureOf(fixture.practice.deleteChallenge(id));
      expect(issueOf(failure)).toEqual({ path: 'id', problem: { kind: 'not_found' } });
      expect(fixture.practice.listChallenges()).toHaveLength(challengeLibrary.length);
    },
  );

  // A past week's done and skipped items are history (the wellbeing rule reads them).
  it('keeps a deleted custom challenge’s done and skipped plan items in the week', async () => {
    const { practice } = fixture;
    const saved = await practice.createChallenge(draft, safeBoundaryAnswers);
    const skipped = await practice.planChallenge('2026-11-24' as LocalDate, saved.id, false);
    await practice.skipPlanItem(skipped.id, 'Closed early');
    const before = practice.weekPlan('2026-W48' as IsoWeek);
    expect(before.map((item) => item.status)).toEqual(['skipped']);

    // Either refusing the delete or keeping the item would do; losing the history does not.
    await practice.deleteChallenge(saved.id).catch(() => undefined);
    expect(practice.weekPlan('2026-W48' as IsoWeek)).toEqual(before);
  });
});
