import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PracticeService } from '../../../../main/services/practice/practiceService.js';
import type { AttemptFields, DraftTarget } from '../../../../shared/domain/practice/drafts.js';
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

const unknownId = '00000000-0000-4000-8000-999999999999';

const fields = (overrides: Partial<AttemptFields> = {}): AttemptFields => ({
  request: 'Ask the baker for a discount',
  occurredAt: '2026-11-25T10:30',
  anticipatedSuds: 60,
  predictedNoPercent: 80,
  fearedConsequence: 'That the queue will stare at me.',
  safetyBehaviours: '',
  outcome: '',
  peakSuds: 50,
  afterSuds: 20,
  surprise: 5,
  whatHappened: '',
  learned: '',
  coping: [],
  copingNote: '',
  tags: 'café',
  ...overrides,
});

const newAttempt: DraftTarget = {
  kind: 'new',
  origin: { challengeId: null, category: null, difficulty: null },
  planItemId: null,
};
const editOf = (attemptId: string): DraftTarget => ({ kind: 'edit', attemptId });

const draftCount = (): unknown =>
  fixture.vault.read.get<{ n: number }>('SELECT count(*) AS n FROM drafts')?.n;

describe('drafts', () => {
  it('keeps one draft per key, the latest save replacing the earlier one', async () => {
    const { practice } = fixture;
    expect(practice.getDraft('new')).toBeNull();
    const first = await practice.saveDraft(newAttempt, fields({ learned: 'first' }));
    const second = await practice.saveDraft(newAttempt, fields({ learned: 'second' }));
    expect(second.savedAt > first.savedAt).toBe(true);
    expect(practice.getDraft('new')).toEqual({
      target: newAttempt,
      fields: fields({ learned: 'second' }),
      savedAt: second.savedAt,
    });
    expect(draftCount()).toBe(1);
  });

  it('keeps where a new attempt came from: the challenge and the plan item', async () => {
    const { practice } = fixture;
    const item = await practice.planChallenge(practice.today(), 'lib.ask-the-time', false);
    const target: DraftTarget = {
      kind: 'new',
      origin: { challengeId: 'lib.ask-the-time', category: 'strangers', difficulty: 1 },
      planItemId: item.id,
    };
    await practice.saveDraft(target, fields());
    expect(practice.getDraft('new')?.target).toEqual(target);
  });

  it('is discarded when the new attempt is saved, in the same write', async () => {
    const { practice, vault } = fixture;
    await practice.saveDraft(newAttempt, fields());
    const writes: number[] = [];
    const journal = {
      read: vault.read,
      settled: () => vault.settled(),
      write: <T>(work: Parameters<typeof vault.write<T>>[0]) => {
        writes.push(writes.length);
        return vault.write(work);
      },
    };
    const counted = new PracticeService({
      journal,
      now: () => new Date(2026, 10, 25, 13),
      newId: () => '00000000-0000-4000-8000-000000000777',
    });
    await counted.createAttempt(madeAttempt(), null);
    expect(writes).toHaveLength(1);
    expect(practice.getDraft('new')).toBeNull();
  });

  it('of an edit is discarded when that attempt is saved, and only that one', async () => {
    const { practice } = fixture;
    const one = await practice.createAttempt(madeAttempt({ request: 'One' }), null);
    const two = await practice.createAttempt(madeAttempt({ request: 'Two' }), null);
    await practice.saveDraft(newAttempt, fields());
    await practice.saveDraft(editOf(one.id), fields({ request: 'One, edited' }));
    await practice.saveDraft(editOf(two.id), fields({ request: 'Two, edited' }));

    await practice.updateAttempt(one.id, madeAttempt({ request: 'One, saved' }));
    expect(practice.getDraft(one.id)).toBeNull();
    expect(practice.getDraft(two.id)?.fields.request).toBe('Two, edited');
    expect(practice.getDraft('new')).not.toBeNull();
  });

  it('of an edit goes with its attempt when that is deleted, and undo does not bring it back', async () => {
    const { practice } = fixture;
    const saved = await practice.createAttempt(madeAttempt(), null);
    await practice.saveDraft(editOf(saved.id), fields());
    const deleted = await practice.deleteAttempt(saved.id);
    expect(practice.getDraft(saved.id)).toBeNull();
    await practice.restoreAttempt(deleted);
    expect(practice.getDraft(saved.id)).toBeNull();
  });

  it('is discarded on request; discarding nothing is fine', async () => {
    const { practice } = fixture;
    await practice.saveDraft(newAttempt, fields());
    await practice.discardDraft('new');
    await practice.discardDraft('new');
    expect(practice.getDraft('new')).toBeNull();
    expect(draftCount()).toBe(0);
  });

  it('refuses ids that name nothing, naming the field, and saves nothing', async () => {
    const { practice } = fixture;
    await expect(practice.saveDraft(editOf(unknownId), fields())).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
      message: expect.stringMatching(/^target\.attemptId: /) as string,
    });
    await expect(
      practice.saveDraft(
        {
          kind: 'new',
          origin: { challengeId: 'lib.no-such-challenge', category: null, difficulty: null },
          planItemId: null,
        },
        fields(),
      ),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/^target\.origin\.challengeId: /) as string,
    });
    await expect(
      practice.saveDraft({ ...newAttempt, planItemId: unknownId }, fields()),
    ).rejects.toMatchObject({ message: expect.stringMatching(/^target\.planItemId: /) as string });
    expect(draftCount()).toBe(0);
  });

  it('reads a draft this version cannot understand as no draft, rather than failing', async () => {
    const { practice, vault } = fixture;
    await practice.saveDraft(newAttempt, fields());
    await vault.write((tx) =>
      tx.run("UPDATE drafts SET draft = json_set(draft, '$.fields.outcome', 'maybe')"),
    );
    expect(practice.getDraft('new')).toBeNull();
  });

  it('survives locking and unlocking, and is never written in plain text', async () => {
    const { practice, vault, vaultFixture } = fixture;
    const canary = 'zebracanary draft words';
    await practice.saveDraft(newAttempt, fields({ whatHappened: canary }));
    await vault.lock('manual');

    const files = (folder: string): string[] =>
      readdirSync(folder).flatMap((name) => {
        const file = path.join(folder, name);
        return statSync(file).isDirectory() ? files(file) : [file];
      });
    for (const file of files(vaultFixture.folder))
      expect(readFileSync(file).includes('zebracanary')).toBe(false);

    const reopened = vaultFixture.service();
    await reopened.unlock('pass');
    const again = new PracticeService({
      journal: reopened,
      now: () => new Date(2026, 10, 26, 12),
      newId: () => unknownId,
    });
    expect(again.getDraft('new')?.fields.whatHappened).toBe(canary);
  });
});
