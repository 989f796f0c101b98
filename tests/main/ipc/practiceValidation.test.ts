import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../main/core.js';
import type { Caller } from '../../../main/ipc/router.js';
import { payloadLimits } from '../../../main/ipc/payloadGuard.js';
import { recoveryKeyGroups } from '../../../main/services/vault/recoveryKey.js';
import type { AttemptInput } from '../../../shared/domain/practice/attempts.js';
import { draftTextMaxLength } from '../../../shared/domain/practice/drafts.js';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc/contract.js';
import type { FieldProblem } from '../../../shared/ipc/fieldIssues.js';
import type { AppError, Result } from '../../../shared/ipc/result.js';
import { emptyFields, toInput } from '../../../renderer/features/journal/attemptFields.js';
import { madeAttempt } from '../../support/practiceFixture.js';
import { recordingLog } from '../../support/recordingLog.js';
import { testCorePorts } from '../../support/testCore.js';

const app: Caller = { url: 'app://ask-anyway/index.html', isMainFrame: true };
const passphrase = 'a long enough passphrase';
const unknownId = '00000000-0000-4000-8000-999999999999';

let folder: string;
let core: Core;
let log: ReturnType<typeof recordingLog>;
beforeEach(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-practice-ipc-'));
  log = recordingLog();
  core = createCore(await testCorePorts(folder, { log }));
});
afterEach(async () => {
  await core.router('vault.lock', undefined, app);
  core.stop();
  rmSync(folder, { recursive: true, force: true });
});

/** Calls a channel as the renderer would; the payload is `unknown` so tests can send anything. */
const call = <C extends Channel>(channel: C, payload: unknown): Promise<Result<ResponseOf<C>>> =>
  core.router(channel, payload, app) as Promise<Result<ResponseOf<C>>>;

const value = <T>(result: Result<T>): T => {
  if (!result.ok)
    throw new Error(`${result.error.code}: ${result.error.message}`, { cause: log.entries });
  return result.value;
};

const errorOf = (result: Result<unknown>): AppError => {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  // INTERNAL means main logged a surprise: show it, rather than a bare code mismatch.
  expect(log.entries).toEqual([]);
  return result.error;
};

/** The first issue of an INVALID_REQUEST, its path joined as the log writes it. */
const firstIssue = (error: AppError): { path: string; kind: FieldProblem['kind'] } => {
  if (error.code !== 'INVALID_REQUEST')
    throw new Error(`expected INVALID_REQUEST, got ${error.code}`);
  const [first] = error.issues;
  return { path: first.path.join('.'), kind: first.problem.kind };
};

/** Creates and unlocks a journal through the router, typing the recovery key back. */
async function createJournal(): Promise<void> {
  const prepared = value(await call('vault.prepare', { passphrase, confirmation: passphrase }));
  const groups = recoveryKeyGroups(prepared.recoveryKey.replace(/-/g, ''));
  const answers = prepared.confirmGroups.map((position) => groups[position - 1] ?? '');
  value(await call('vault.confirm', { answers }));
}

const createRequest = (
  attempt: AttemptInput,
  planItemId: string | null = null,
): RequestOf<'attempts.create'> => ({ attempt, planItemId });

const withBefore = (fields: Partial<AttemptInput['before']>): AttemptInput => {
  const attempt = madeAttempt();
  return { ...attempt, before: { ...attempt.before, ...fields } };
};

const withWhatHappened = (whatHappened: string): AttemptInput => madeAttempt({ whatHappened });

const listedIds = async (): Promise<string[]> =>
  value(await call('attempts.list', { filter: {}, after: null })).items.map((item) => item.id);

describe('the practice channels, through the real router', () => {
  beforeEach(createJournal);

  it('saves a well-formed attempt and gives it back by id', async () => {
    const input = madeAttempt({ on: '2026-11-24', peak: 45, after: 15, tags: ['café', 'morning'] });
    const created = value(await call('attempts.create', createRequest(input)));
    expect(created).toMatchObject({ ...input, tags: ['café', 'morning'] });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(value(await call('attempts.get', { id: created.id }))).toEqual(created);
    expect(await listedIds()).toEqual([created.id]);
  });

  it('saves an attempt whose ratings were never touched as unrated, and reads back nulls', async () => {
    // The form as it opens, with words and an outcome but no rating set.
    const fields = { ...emptyFields('Ask for a refill'), outcome: 'rejected' as const };
    const created = value(await call('attempts.create', createRequest(toInput(fields))));
    const read = value(await call('attempts.get', { id: created.id }));
    expect(read.before).toMatchObject({ anticipatedSuds: null, predictedNoPercent: null });
    expect(read.after).toMatchObject({ peakSuds: null, afterSuds: null, surprise: null });
    const [listed] = value(await call('attempts.list', { filter: {}, after: null })).items;
    expect(listed).toMatchObject({ anticipatedSuds: null, peakSuds: null, afterSuds: null });
    const draft = value(await call('drafts.save', { target: newDraft, fields: emptyFields() }));
    expect(draft.fields).toMatchObject({ anticipatedSuds: null, surprise: null });
    expect(value(await call('drafts.get', { key: 'new' }))).toEqual(draft);
  });

  it('marks the planned challenge done when the attempt names it', async () => {
    const item = value(
      await call('plan.add', {
        day: '2026-11-26',
        challengeId: 'lib.ask-the-time',
        nudgeTrustedPerson: true,
      }),
    );
    const created = value(
      await call(
        'attempts.create',
        createRequest(madeAttempt({ on: '2026-11-26', challengeId: 'lib.ask-the-time' }), item.id),
      ),
    );
    expect(value(await call('plan.week', { week: '2026-W48' }))).toEqual([
      { ...item, status: 'done', attemptId: created.id },
    ]);
  });

  it.each([
    [
      'anticipatedSuds of 101',
      withBefore({ anticipatedSuds: 101 }),
      'attempt.before.anticipatedSuds',
      'out_of_range',
    ],
    [
      'anticipatedSuds of −1',
      withBefore({ anticipatedSuds: -1 }),
      'attempt.before.anticipatedSuds',
      'out_of_range',
    ],
    [
      'a fractional SUDS',
      withBefore({ anticipatedSuds: 50.5 }),
      'attempt.before.anticipatedSuds',
      'not_allowed',
    ],
    [
      '30 February',
      withBefore({ occurredAt: '2026-02-30T10:00' }),
      'attempt.before.occurredAt',
      'not_a_date',
    ],
    [
      '29 February of a common year',
      withBefore({ occurredAt: '2027-02-29T10:00' }),
      'attempt.before.occurredAt',
      'not_a_date',
    ],
    [
      'the hour 24',
      withBefore({ occurredAt: '2026-11-25T24:00' }),
      'attempt.before.occurredAt',
      'not_a_date',
    ],
    [
      'a time with seconds',
      withBefore({ occurredAt: '2026-11-25T10:00:00' }),
      'attempt.before.occurredAt',
      'not_a_date',
    ],
    [
      'a difficulty of 11',
      withBefore({ difficulty: 11 }),
      'attempt.before.difficulty',
      'out_of_range',
    ],
    [
      'a malformed challenge id',
      withBefore({ challengeId: 'lib.Ask Time' }),
      'attempt.before.challengeId',
      'not_allowed',
    ],
    ['an empty request', withBefore({ request: '   ' }), 'attempt.before.request', 'required'],
    [
      'a reflection one character too long',
      withWhatHappened('x'.repeat(20_001)),
      'attempt.after.whatHappened',
      'too_long',
    ],
  ] as const)(
    'refuses %s with INVALID_REQUEST naming the field',
    async (_name, attempt, path, kind) => {
      const error = errorOf(await call('attempts.create', createRequest(attempt)));
      expect(firstIssue(error)).toEqual({ path, kind });
      expect(await listedIds()).toEqual([]);
    },
  );

  it('refuses 5 MB of text before parsing it, naming the field that holds it', async () => {
    const huge = 'x'.repeat(5 * 1024 * 1024);
    const error = errorOf(await call('attempts.create', createRequest(withWhatHappened(huge))));
    expect(error).toEqual({
      code: 'INVALID_REQUEST',
      message: `attempt.after.whatHappened: too much text (the whole request may hold ${payloadLimits.maxTextLength.toLocaleString('en')} characters)`,
      issues: [
        {
          path: ['attempt', 'after', 'whatHappened'],
          problem: {
            kind: 'too_long',
            max: payloadLimits.maxTextLength,
            length: expect.any(Number) as number,
          },
        },
      ],
    });
    expect(await listedIds()).toEqual([]);
  });

  it('accepts 2026-W53 and refuses 2025-W53, a week that does not exist', async () => {
    expect(await call('plan.week', { week: '2026-W53' })).toEqual({ ok: true, value: [] });
    for (const week of ['2025-W53', '2026-W00', '2026-W54', '2026-w01', '2026-W1']) {
      const error = errorOf(await call('plan.week', { week }));
      expect(firstIssue(error)).toEqual({ path: 'week', kind: 'not_a_date' });
    }
  });

  it('refuses an unknown attempt id, naming the field id', async () => {
    for (const channel of ['attempts.get', 'attempts.delete'] as const) {
      const error = errorOf(await call(channel, { id: unknownId }));
      expect(firstIssue(error)).toEqual({ path: 'id', kind: 'not_found' });
    }
    const update = errorOf(
      await call('attempts.update', { id: unknownId, attempt: madeAttempt() }),
    );
    expect(firstIssue(update)).toEqual({ path: 'id', kind: 'not_found' });
    const notAnId = errorOf(await call('attempts.get', { id: 'not-an-id' }));
    expect(firstIssue(notAnId)).toEqual({ path: 'id', kind: 'not_allowed' });
  });

  it('refuses an attempt for a plan item that does not exist, and saves nothing', async () => {
    const error = errorOf(await call('attempts.create', createRequest(madeAttempt(), unknownId)));
    expect(error.code).toBe('INVALID_REQUEST');
    expect(await listedIds()).toEqual([]);
  });

  // Bug: planRepository.markPlanItemDone names the item `id` (requirePlanItem's default
  // field), but the request field is `planItemId`, so the message points at nothing the
  // renderer sent: "id: there is no planned challenge with this id".
  it('names planItemId when the plan item does not exist', async () => {
    const error = errorOf(await call('attempts.create', createRequest(madeAttempt(), unknownId)));
    expect(firstIssue(error)).toEqual({ path: 'planItemId', kind: 'not_found' });
  });

  // Bug: PracticeService.createAttempt names the field 'before.challengeId', while the
  // request path (and updateAttempt's message) is 'attempt.before.challengeId'.
  it('names attempt.before.challengeId for an unknown challenge, as the update does', async () => {
    const unknownChallenge = withBefore({ challengeId: 'lib.no-such-challenge' });
    const created = value(await call('attempts.create', createRequest(madeAttempt())));
    const update = errorOf(
      await call('attempts.update', { id: created.id, attempt: unknownChallenge }),
    );
    const named = { path: 'attempt.before.challengeId', kind: 'not_found' };
    expect(firstIssue(update)).toEqual(named);
    const create = errorOf(await call('attempts.create', createRequest(unknownChallenge)));
    expect(firstIssue(create)).toEqual(named);
  });

  it.each<[Channel, unknown, string, FieldProblem['kind']]>([
    [
      'plan.add',
      { day: '2026-02-29', challengeId: 'lib.ask-the-time', nudgeTrustedPerson: false },
      'day',
      'not_a_date',
    ],
    [
      'plan.add',
      { day: '2026-11-26', challengeId: 'lib.no-such-challenge', nudgeTrustedPerson: false },
      'challengeId',
      'not_found',
    ],
    [
      'plan.assess',
      { challengeId: 'lib.no-such-challenge', day: '2026-11-26' },
      'challengeId',
      'not_found',
    ],
    ['plan.move', { id: unknownId, to: '2026-11-27' }, 'id', 'not_found'],
    ['plan.skip', { id: unknownId, reason: 'x'.repeat(1_001) }, 'reason', 'too_long'],
    [
      'ladders.addRung',
      { ladderId: unknownId, challengeId: 'lib.ask-the-time', anticipatedSuds: null },
      'ladderId',
      'not_found',
    ],
    [
      'ladders.addRung',
      { ladderId: unknownId, challengeId: 'lib.ask-the-time', anticipatedSuds: 101 },
      'anticipatedSuds',
      'out_of_range',
    ],
    [
      'ladders.moveRung',
      { ladderId: unknownId, rungId: unknownId, toIndex: 30 },
      'toIndex',
      'out_of_range',
    ],
    ['ladders.rate', { ladderId: unknownId, ratings: [] }, 'ratings', 'required'],
    ['ladders.update', { id: unknownId, title: 'T', goal: '' }, 'id', 'not_found'],
    ['challenges.delete', { id: 'lib.ask-the-time' }, 'id', 'not_found'],
    ['checks.onboarding', { answers: [0, 0, 0, 0, 0] }, 'answers', 'required'],
    ['checks.weekly', { anxiety: 11 }, 'anxiety', 'out_of_range'],
    [
      'profile.setTrustedPerson',
      { person: { name: '  ', howToReach: '' } },
      'person.name',
      'required',
    ],
  ])('%s refuses %j, naming %s', async (channel, payload, path, kind) => {
    const error = errorOf(await call(channel, payload));
    expect(firstIssue(error)).toEqual({ path, kind });
  });

  it('refuses a custom challenge that fails the boundary check, naming the question', async () => {
    const error = errorOf(
      await call('challenges.create', {
        title: 'Ask for a hug',
        description: '',
        category: 'strangers',
        difficulty: 5,
        boundaryNotes: '',
        answers: {
          no_touching: true,
          nothing_sexual: false,
          no_pestering: true,
          no_pressure_on_staff: false,
          no_filming: false,
          safe_and_legal: true,
        },
      }),
    );
    expect(error).toMatchObject({ code: 'BOUNDARY_CHECK_FAILED', failed: ['no_touching'] });
  });
});

const newDraft = {
  kind: 'new',
  origin: { challengeId: null, category: null, difficulty: null },
  planItemId: null,
} as const;

const draftFields = (overrides: Record<string, unknown> = {}) => ({
  request: 'Ask the baker for a discount',
  occurredAt: '2026-11-25T10:3',
  anticipatedSuds: 60,
  predictedNoPercent: 80,
  fearedConsequence: '',
  safetyBehaviours: '',
  outcome: '',
  peakSuds: 50,
  afterSuds: 20,
  surprise: 5,
  whatHappened: 'half a thought',
  learned: '',
  coping: [],
  copingNote: '',
  tags: '',
  ...overrides,
});

describe('the draft channels, through the real router', () => {
  beforeEach(createJournal);

  it('saves a half-filled form and gives it back until the attempt is saved', async () => {
    const saved = value(await call('drafts.save', { target: newDraft, fields: draftFields() }));
    expect(value(await call('drafts.get', { key: 'new' }))).toEqual(saved);
    value(await call('attempts.create', createRequest(madeAttempt())));
    expect(value(await call('drafts.get', { key: 'new' }))).toBeNull();
  });

  it('keeps every field whole when it is too long to save as an attempt, across a lock', async () => {
    // A paste the form keeps whole, marked too long, until the user trims it.
    const pasted = draftFields({
      request: 'r'.repeat(141),
      whatHappened: 'w'.repeat(100_000),
      learned: 'l'.repeat(draftTextMaxLength),
    });
    value(await call('drafts.save', { target: newDraft, fields: pasted }));
    value(await call('vault.lock', undefined));
    value(await call('vault.unlock', { passphrase }));
    expect(value(await call('drafts.get', { key: 'new' }))?.fields).toEqual(pasted);
  });

  it.each<[string, unknown, string, FieldProblem['kind']]>([
    [
      'a reflection one character past a draft’s limit',
      {
        target: newDraft,
        fields: draftFields({ whatHappened: 'x'.repeat(draftTextMaxLength + 1) }),
      },
      'fields.whatHappened',
      'too_long',
    ],
    [
      'a request past a draft’s limit',
      { target: newDraft, fields: draftFields({ request: 'x'.repeat(draftTextMaxLength + 1) }) },
      'fields.request',
      'too_long',
    ],
    [
      'SUDS of 101',
      { target: newDraft, fields: draftFields({ peakSuds: 101 }) },
      'fields.peakSuds',
      'out_of_range',
    ],
    [
      'an unknown outcome',
      { target: newDraft, fields: draftFields({ outcome: 'maybe' }) },
      'fields.outcome',
      'not_allowed',
    ],
    [
      'an extra field',
      { target: newDraft, fields: draftFields({ mood: 'calm' }) },
      'fields.mood',
      'not_allowed',
    ],
    [
      'an edit of an attempt that is not there',
      { target: { kind: 'edit', attemptId: unknownId }, fields: draftFields() },
      'target.attemptId',
      'not_found',
    ],
    [
      'an edit of something that is not an id',
      { target: { kind: 'edit', attemptId: 'new' }, fields: draftFields() },
      'target.attemptId',
      'not_allowed',
    ],
  ])('drafts.save refuses %s, naming %s', async (_name, payload, path, kind) => {
    const error = errorOf(await call('drafts.save', payload));
    expect(firstIssue(error)).toEqual({ path, kind });
    expect(value(await call('drafts.get', { key: 'new' }))).toBeNull();
  });

  it('refuses 5 MB of draft text before parsing it, naming the field that holds it', async () => {
    const huge = 'x'.repeat(5 * 1024 * 1024);
    const error = errorOf(
      await call('drafts.save', { target: newDraft, fields: draftFields({ learned: huge }) }),
    );
    expect(firstIssue(error)).toEqual({ path: 'fields.learned', kind: 'too_long' });
  });

  it('refuses a key that is neither "new" nor an attempt id', async () => {
    for (const channel of ['drafts.get', 'drafts.discard'] as const) {
      const error = errorOf(await call(channel, { key: 'old' }));
      expect(firstIssue(error)).toEqual({ path: 'key', kind: 'not_allowed' });
    }
  });
});

describe('the practice channels while the journal is locked', () => {
  const lockedCalls: [Channel, unknown][] = [
    ['attempts.get', { id: unknownId }],
    ['attempts.create', createRequest(madeAttempt())],
    ['attempts.list', { filter: {}, after: null }],
    ['plan.week', { week: '2026-W48' }],
    ['plan.add', { day: '2026-11-26', challengeId: 'lib.ask-the-time', nudgeTrustedPerson: false }],
    ['plan.suggest', undefined],
    ['ladders.list', undefined],
    ['ladders.create', { title: 'Cafés', goal: '' }],
    ['challenges.list', undefined],
    ['checks.weekly', { anxiety: 3 }],
    ['profile.trustedPerson', undefined],
    ['insights.wellbeing', undefined],
    ['drafts.get', { key: 'new' }],
    ['drafts.save', { target: newDraft, fields: draftFields() }],
    ['drafts.discard', { key: 'new' }],
  ];

  it.each(lockedCalls)('%s answers VAULT_LOCKED after a lock', async (channel, payload) => {
    await createJournal();
    const saved = value(await call('attempts.create', createRequest(madeAttempt())));
    value(await call('vault.lock', undefined));
    const error = errorOf(
      await call(channel, channel === 'attempts.get' ? { id: saved.id } : payload),
    );
    expect(error.code).toBe('VAULT_LOCKED');

    // Unlocking again shows the journal as it was: nothing was written while locked.
    value(await call('vault.unlock', { passphrase }));
    expect(await listedIds()).toEqual([saved.id]);
  });

  it('answers VAULT_LOCKED before any journal exists', async () => {
    for (const [channel, payload] of lockedCalls) {
      expect(errorOf(await call(channel, payload)).code).toBe('VAULT_LOCKED');
    }
  });

  it('still checks the request first: a malformed one is INVALID_REQUEST even when locked', async () => {
    const error = errorOf(await call('plan.week', { week: '2025-W53' }));
    expect(error.code).toBe('INVALID_REQUEST');
  });
});
