import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../../../../main/services/appFailure.js';
import { PracticeService } from '../../../../main/services/practice/practiceService.js';
import { challengeLibrary } from '../../../../shared/domain/practice/challengeLibrary.js';
import type { Challenge } from '../../../../shared/domain/practice/challenges.js';
import { maxRungs, type Ladder } from '../../../../shared/domain/practice/ladders.js';
import { practiceFixture, type PracticeFixture } from '../../../support/practiceFixture.js';
import { issueOf } from '../../../support/issueOf.js';

let fixture: PracticeFixture;
beforeEach(async () => {
  fixture = await practiceFixture();
});
afterEach(() => fixture.cleanup());

const unknownId = '00000000-0000-4000-8000-999999999999';

/** The library's challenges as the service returns them: no `since`, source 'library'. */
const library: Challenge[] = challengeLibrary.map(
  ({ id, title, description, category, difficulty, boundaryNotes }) => ({
    id,
    title,
    description,
    category,
    difficulty,
    boundaryNotes,
    source: 'library',
  }),
);
const challengeAt = (index: number): Challenge => {
  const challenge = library[index];
  if (!challenge) throw new Error(`the library has no challenge ${index}`);
  return challenge;
};
const [first, second, third, fourth] = [0, 1, 2, 3].map(challengeAt) as [
  Challenge,
  Challenge,
  Challenge,
  Challenge,
];

/** The AppFailure `work` rejects with; fails the test if it resolves or throws anything else. */
async function failureOf(work: Promise<unknown>): Promise<AppFailure> {
  const error: unknown = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppFailure);
  return error as AppFailure;
}

const count = (table: string): number =>
  fixture.vault.read.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)?.n ?? -1;

const rungChallengeIds = (ladder: Ladder): string[] =>
  ladder.rungs.map((rung) => rung.challenge.id);

/** Rung positions as stored, in order: they must run 0…n−1 without gaps. */
const storedPositions = (ladderId: string) =>
  fixture.vault.read.all<{ id: string; position: number }>(
    'SELECT id, position FROM ladder_rungs WHERE ladder_id = ? ORDER BY position',
    [ladderId],
  );

async function ladderWith(...challenges: Challenge[]): Promise<Ladder> {
  let ladder = await fixture.practice.createLadder('Cafés and shops', 'Order without rehearsing');
  for (const challenge of challenges) {
    ladder = await fixture.practice.addRung(ladder.id, challenge.id, null);
  }
  return ladder;
}

describe('ladders', () => {
  it('creates an empty ladder and lists it', async () => {
    const { practice } = fixture;
    expect(practice.listLadders()).toEqual([]);
    const ladder = await practice.createLadder('Cafés and shops', 'Order without rehearsing');
    expect(ladder).toEqual({
      id: '00000000-0000-4000-8000-000000000001',
      title: 'Cafés and shops',
      goal: 'Order without rehearsing',
      rungs: [],
      createdAt: ladder.createdAt,
      updatedAt: ladder.createdAt,
    });
    expect(Number.isNaN(Date.parse(ladder.createdAt))).toBe(false);
    expect(practice.listLadders()).toEqual([ladder]);
  });

  it('adds library challenges as rungs, rated today when an anticipated SUDS is given', async () => {
    const { practice } = fixture;
    fixture.setToday('2026-11-20');
    const ladder = await practice.createLadder('Cafés and shops', '');
    const withOne = await practice.addRung(ladder.id, first.id, 30);
    const withTwo = await practice.addRung(ladder.id, second.id, null);

    expect(withOne.rungs).toEqual([
      {
        id: '00000000-0000-4000-8000-000000000002',
        challenge: first,
        ratings: [{ suds: 30, ratedOn: '2026-11-20' }],
      },
    ]);
    expect(withTwo.rungs).toEqual([
      withOne.rungs[0],
      { id: '00000000-0000-4000-8000-000000000003', challenge: second, ratings: [] },
    ]);
    expect(withTwo.updatedAt > ladder.updatedAt).toBe(true);
    expect(storedPositions(ladder.id).map((row) => row.position)).toEqual([0, 1]);
    expect(practice.listLadders()).toEqual([withTwo]);
  });

  it('moves a rung to exactly the place asked for, keeping positions 0…n−1', async () => {
    const { practice } = fixture;
    const ladder = await ladderWith(first, second, third, fourth);
    const [a, b, c, d] = ladder.rungs.map((rung) => rung.id);

    const lastToTop = await practice.moveRung(ladder.id, d ?? '', 0);
    expect(lastToTop.rungs.map((rung) => rung.id)).toEqual([d, a, b, c]);
    expect(rungChallengeIds(lastToTop)).toEqual([fourth.id, first.id, second.id, third.id]);
    expect(storedPositions(ladder.id)).toEqual([
      { id: d, position: 0 },
      { id: a, position: 1 },
      { id: b, position: 2 },
      { id: c, position: 3 },
    ]);

    const secondToBottom = await practice.moveRung(ladder.id, a ?? '', 3);
    expect(secondToBottom.rungs.map((rung) => rung.id)).toEqual([d, b, c, a]);
    const inPlace = await practice.moveRung(ladder.id, c ?? '', 2);
    expect(inPlace.rungs.map((rung) => rung.id)).toEqual([d, b, c, a]);
    expect(storedPositions(ladder.id).map((row) => row.position)).toEqual([0, 1, 2, 3]);
    expect(practice.listLadders()[0]?.rungs.map((rung) => rung.id)).toEqual([d, b, c, a]);
  });

  it('refuses to move a rung past the end of the ladder, naming toIndex', async () => {
    const ladder = await ladderWith(first, second);
    const rungId = ladder.rungs[0]?.id ?? '';
    const failure = await failureOf(fixture.practice.moveRung(ladder.id, rungId, 2));
    expect(issueOf(failure)).toEqual({
      path: 'toIndex',
      problem: { kind: 'out_of_range', min: 0, max: 1 },
    });
    expect(rungChallengeIds(fixture.practice.listLadders()[0] ?? ladder)).toEqual([
      first.id,
      second.id,
    ]);
  });

  it('removes a rung with its ratings and closes the gap it leaves', async () => {
    const { practice } = fixture;
    const ladder = await ladderWith(first, second, third);
    const [a, b, c] = ladder.rungs.map((rung) => rung.id);
    await practice.rateLadder(ladder.id, [
      { rungId: a ?? '', suds: 20 },
      { rungId: b ?? '', suds: 40 },
      { rungId: c ?? '', suds: 60 },
    ]);

    const after = await practice.removeRung(ladder.id, b ?? '');
    expect(after.rungs.map((rung) => rung.id)).toEqual([a, c]);
    expect(after.rungs.map((rung) => rung.ratings.map((rating) => rating.suds))).toEqual([
      [20],
      [60],
    ]);
    expect(storedPositions(ladder.id)).toEqual([
      { id: a, position: 0 },
      { id: c, position: 1 },
    ]);
    expect(
      fixture.vault.read.all('SELECT rung_id FROM rung_ratings WHERE rung_id = ?', [b ?? '']),
    ).toEqual([]);
    expect(count('rung_ratings')).toBe(2);
  });

  it('keeps every rating: rated on two days, each rung shows both, oldest first', async () => {
    const { practice } = fixture;
    fixture.setToday('2026-11-20');
    const ladder = await practice.createLadder('Strangers', 'Ask for help in town');
    await practice.addRung(ladder.id, first.id, 70);
    const rated = await practice.addRung(ladder.id, second.id, null);
    const [a, b] = rated.rungs.map((rung) => rung.id);

    fixture.setToday('2026-11-27');
    await practice.rateLadder(ladder.id, [
      { rungId: a ?? '', suds: 50 },
      { rungId: b ?? '', suds: 80 },
    ]);
    fixture.setToday('2026-12-04');
    const latest = await practice.rateLadder(ladder.id, [
      { rungId: b ?? '', suds: 65 },
      { rungId: a ?? '', suds: 35 },
    ]);

    expect(latest.rungs.map((rung) => rung.ratings)).toEqual([
      [
        { suds: 70, ratedOn: '2026-11-20' },
        { suds: 50, ratedOn: '2026-11-27' },
        { suds: 35, ratedOn: '2026-12-04' },
      ],
      [
        { suds: 80, ratedOn: '2026-11-27' },
        { suds: 65, ratedOn: '2026-12-04' },
      ],
    ]);
    expect(practice.listLadders()).toEqual([latest]);
  });

  it('updates the title and goal, keeping the rungs and the creation time', async () => {
    const ladder = await ladderWith(first, second);
    const updated = await fixture.practice.updateLadder(ladder.id, 'Work', 'Speak up in meetings');
    expect(updated).toEqual({
      ...ladder,
      title: 'Work',
      goal: 'Speak up in meetings',
      updatedAt: updated.updatedAt,
    });
    expect(updated.updatedAt > ladder.updatedAt).toBe(true);
    expect(fixture.practice.listLadders()).toEqual([updated]);
  });

  it('deletes a ladder with its rungs and their ratings, and leaves other ladders alone', async () => {
    const { practice } = fixture;
    const doomed = await ladderWith(first, second);
    await practice.rateLadder(
      doomed.id,
      doomed.rungs.map((rung) => ({ rungId: rung.id, suds: 50 })),
    );
    const kept = await practice.createLadder('Kept', '');
    const keptWithRung = await practice.addRung(kept.id, third.id, 40);
    expect([count('ladders'), count('ladder_rungs'), count('rung_ratings')]).toEqual([2, 3, 3]);

    await practice.deleteLadder(doomed.id);
    expect(practice.listLadders()).toEqual([keptWithRung]);
    expect([count('ladders'), count('ladder_rungs'), count('rung_ratings')]).toEqual([1, 1, 1]);
    expect(
      fixture.vault.read.all('SELECT * FROM ladder_rungs WHERE ladder_id = ?', [doomed.id]),
    ).toEqual([]);
  });

  describe('refuses ids that name nothing, naming the field', () => {
    it.each([
      ['addRung', () => fixture.practice.addRung(unknownId, first.id, null), 'ladderId'],
      ['moveRung', () => fixture.practice.moveRung(unknownId, unknownId, 0), 'ladderId'],
      ['removeRung', () => fixture.practice.removeRung(unknownId, unknownId), 'ladderId'],
      [
        'rateLadder',
        () => fixture.practice.rateLadder(unknownId, [{ rungId: unknownId, suds: 10 }]),
        'ladderId',
      ],
      ['updateLadder', () => fixture.practice.updateLadder(unknownId, 'T', ''), 'id'],
      ['deleteLadder', () => fixture.practice.deleteLadder(unknownId), 'id'],
    ])('an unknown ladder in %s', async (_name, call, path) => {
      const failure = await failureOf(call());
      expect(issueOf(failure)).toEqual({ path, problem: { kind: 'not_found' } });
      expect(count('ladders')).toBe(0);
    });

    it('an unknown rung, or a rung of another ladder', async () => {
      const { practice } = fixture;
      const ladder = await ladderWith(first, second);
      const other = await ladderWith(third);
      const foreignRung = other.rungs[0]?.id ?? '';
      const knownRung = ladder.rungs[0]?.id ?? '';
      for (const rungId of [unknownId, foreignRung]) {
        for (const [field, call] of [
          ['rungId', () => practice.moveRung(ladder.id, rungId, 0)],
          ['rungId', () => practice.removeRung(ladder.id, rungId)],
          // The field as the request names it: the first rating's rung.
          ['ratings.0.rungId', () => practice.rateLadder(ladder.id, [{ rungId, suds: 10 }])],
        ] as const) {
          const failure = await failureOf(call());
          expect(issueOf(failure)).toEqual({ path: field, problem: { kind: 'not_found' } });
          // A path, not a dotted name: the renderer finds the rating by its index.
          expect(failure.toAppError()).toMatchObject({
            issues: [
              { path: field.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key)) },
            ],
          });
        }
      }
      // One bad rung in a rating refuses the whole rating: the good one is not saved either.
      await failureOf(
        practice.rateLadder(ladder.id, [
          { rungId: knownRung, suds: 10 },
          { rungId: unknownId, suds: 10 },
        ]),
      );
      expect(count('rung_ratings')).toBe(0);
      expect(practice.listLadders()).toEqual([ladder, other]);
    });

    it.each([['lib.no-such-challenge'], ['custom.00000000-0000-4000-8000-999999999999']])(
      'an unknown challenge %s',
      async (challengeId) => {
        const ladder = await ladderWith(first);
        const failure = await failureOf(fixture.practice.addRung(ladder.id, challengeId, 20));
        expect(issueOf(failure)).toEqual({ path: 'challengeId', problem: { kind: 'not_found' } });
        expect(count('ladder_rungs')).toBe(1);
        expect(count('rung_ratings')).toBe(0);
      },
    );
  });

  it(`holds at most ${maxRungs} rungs`, async () => {
    const { practice } = fixture;
    const ladder = await ladderWith(...library.slice(0, maxRungs));
    expect(ladder.rungs).toHaveLength(maxRungs);
    const failure = await failureOf(practice.addRung(ladder.id, challengeAt(maxRungs).id, null));
    expect(issueOf(failure)).toEqual({
      path: 'ladderId',
      problem: { kind: 'not_now', reason: 'ladder_full' },
    });
    expect(failure.message).toContain(String(maxRungs));
    expect(count('ladder_rungs')).toBe(maxRungs);
  });

  it('survives locking and unlocking the journal', async () => {
    const { practice } = fixture;
    fixture.setToday('2026-11-20');
    const ladder = await practice.createLadder('Cafés and shops', 'Order without rehearsing');
    await practice.addRung(ladder.id, first.id, 30);
    await practice.addRung(ladder.id, second.id, null);
    const three = await practice.addRung(ladder.id, third.id, 60);
    const [a, b, c] = three.rungs.map((rung) => rung.id);
    await practice.moveRung(ladder.id, c ?? '', 0);
    await practice.removeRung(ladder.id, a ?? '');
    fixture.setToday('2026-11-27');
    await practice.rateLadder(ladder.id, [{ rungId: c ?? '', suds: 45 }]);
    await practice.updateLadder(ladder.id, 'Shops', 'Ask without apologising');
    const other = await ladderWith(fourth);
    await practice.deleteLadder(other.id);
    const before = practice.listLadders();
    expect(before.map((l) => rungChallengeIds(l))).toEqual([[third.id, second.id]]);
    expect(before[0]?.rungs.map((rung) => rung.id)).toEqual([c, b]);

    await fixture.vault.lock('manual');
    expect(() => practice.listLadders()).toThrow(AppFailure);
    const reopened = fixture.vaultFixture.service();
    await reopened.unlock('pass');
    const again = new PracticeService({
      journal: reopened,
      now: () => new Date(2026, 10, 28, 12, 0, 0),
      newId: () => unknownId,
    });
    expect(again.listLadders()).toEqual(before);
    expect(before[0]?.rungs[0]?.ratings).toEqual([
      { suds: 60, ratedOn: '2026-11-20' },
      { suds: 45, ratedOn: '2026-11-27' },
    ]);
    expect(reopened.read.get('SELECT count(*) AS n FROM ladder_rungs')).toEqual({ n: 2 });
  });
});
