import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCore, type Core } from '../../main/core.js';
import type { Caller } from '../../main/ipc/router.js';
import { nudgeDelayMs, reminderCheckMs } from '../../main/services/reminders/reminders.js';
import { AppFailure } from '../../main/services/appFailure.js';
import { autoLockCheckMs } from '../../main/services/vault/autoLock.js';
import { recoveryKeyGroups } from '../../main/services/vault/recoveryKey.js';
import { localDateOf } from '../../shared/domain/practice/calendar.js';
import { defaultSettings } from '../../shared/domain/settings.js';
import type { Result } from '../../shared/ipc/result.js';
import { manualTimers } from '../support/manualTimers.js';
import { memorySettingsStore } from '../support/memorySettingsStore.js';
import { madeAttempt } from '../support/practiceFixture.js';
import { emptyFields } from '../../renderer/features/journal/attemptFields.js';
import { recordingLoginItem } from '../support/recordingLoginItem.js';
import { recordingNotifier } from '../support/recordingNotifier.js';
import { testCorePorts, testNow } from '../support/testCore.js';

const app: Caller = { url: 'app://ask-anyway/index.html', isMainFrame: true };
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-core-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A draft of a new attempt at no particular challenge. */
const newDraft = {
  kind: 'new',
  origin: { challengeId: null, category: null, difficulty: null },
  planItemId: null,
} as const;

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

/** Creates a journal through the router, answering the recovery-key check correctly. */
async function createJournal(core: Core, passphrase = 'a long enough passphrase'): Promise<string> {
  const prepared = value(
    (await core.router('vault.prepare', { passphrase, confirmation: passphrase }, app)) as Result<{
      recoveryKey: string;
      confirmGroups: number[];
    }>,
  );
  const groups = recoveryKeyGroups(prepared.recoveryKey.replace(/-/g, ''));
  const answers = prepared.confirmGroups.map((position) =>
    (groups[position - 1] ?? '').toLowerCase(),
  );
  value(await core.router('vault.confirm', { answers }, app));
  return prepared.recoveryKey;
}

describe('the core', () => {
  it('saves a settings update, answers with it and tells the renderer', async () => {
    const store = memorySettingsStore();
    const emit = vi.fn();
    const core = createCore(await testCorePorts(folder, { settingsStore: store, emit }));
    const result = await core.router('settings.update', { autoLockMinutes: 30 }, app);
    const expected = { ...defaultSettings, autoLockMinutes: 30 };
    expect(result).toEqual({ ok: true, value: expected });
    expect(store.saved).toEqual(expected);
    expect(emit).toHaveBeenCalledWith('settings.changed', expected);
  });

  it('creates a journal only after four groups of the recovery key are typed back', async () => {
    const core = createCore(await testCorePorts(folder));
    expect(value(await core.router('vault.status', undefined, app))).toMatchObject({
      state: 'absent',
    });

    const prepared = value(
      (await core.router(
        'vault.prepare',
        { passphrase: 'pass', confirmation: 'pass' },
        app,
      )) as Result<{
        recoveryKey: string;
        confirmGroups: number[];
      }>,
    );
    expect(prepared.recoveryKey).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
    expect(new Set(prepared.confirmGroups).size).toBe(4);
    // Nothing exists on disk until the key is confirmed.
    expect(value(await core.router('vault.status', undefined, app))).toMatchObject({
      state: 'absent',
    });

    const wrong = await core.router(
      'vault.confirm',
      { answers: ['0000', '0000', '0000', '0000'] },
      app,
    );
    expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });

    const groups = recoveryKeyGroups(prepared.recoveryKey.replace(/-/g, ''));
    const answers = prepared.confirmGroups.map((position) => groups[position - 1] ?? '');
    expect(value(await core.router('vault.confirm', { answers }, app))).toMatchObject({
      state: 'unlocked',
    });
  });

  it.each([
    ['an empty passphrase', { passphrase: '   ', confirmation: '   ' }, /passphrase/],
    ['two different passphrases', { passphrase: 'one', confirmation: 'two' }, /confirmation/],
  ])('refuses %s', async (_name, request, field) => {
    const core = createCore(await testCorePorts(folder));
    const result = await core.router('vault.prepare', request, app);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST', message: expect.stringMatching(field) as unknown },
    });
  });

  it.each([
    ['the page’s Lock (vault.lock)', (core: Core) => core.router('vault.lock', undefined, app)],
    ['the menu’s Lock (the core’s lock)', (core: Core) => core.lock('manual')],
  ])('%s lets the page save the draft it owes before locking', async (_name, lock) => {
    const passphrase = 'a long enough passphrase';
    const events: string[] = [];
    // A page with words not yet autosaved: asked, it saves them, then answers.
    const emit = (event: string, payload: unknown): number => {
      events.push(event);
      if (event === 'vault.lockRequested') {
        void core
          .router('drafts.save', { target: newDraft, fields: emptyFields('Ask for a mint') }, app)
          .then(() => core.router('vault.draftsSaved', payload, app));
      }
      return 1;
    };
    const core = createCore(await testCorePorts(folder, { emit }));
    await createJournal(core, passphrase);

    await lock(core);
    expect(events).toEqual(['vault.lockRequested', 'vault.locked']);
    value(await core.router('vault.unlock', { passphrase }, app));
    const draft = value(await core.router('drafts.get', { key: 'new' }, app)) as {
      fields: { request: string };
    } | null;
    expect(draft?.fields.request).toBe('Ask for a mint');
  });

  it('locks on request: tells the renderer, reloads it, and remembers why', async () => {
    const emit = vi.fn(() => 0);
    const reloadRenderer = vi.fn();
    const core = createCore(await testCorePorts(folder, { emit, reloadRenderer }));
    await createJournal(core);
    value(await core.router('vault.lock', undefined, app));
    expect(emit).toHaveBeenCalledWith('vault.locked', { reason: 'manual' });
    expect(reloadRenderer).toHaveBeenCalledOnce();
    expect(value(await core.router('vault.status', undefined, app))).toMatchObject({
      state: 'locked',
      lockedBecause: 'manual',
    });
    expect(await core.router('vault.unlock', { passphrase: 'nope' }, app)).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
    expect(
      value(await core.router('vault.unlock', { passphrase: 'a long enough passphrase' }, app)),
    ).toMatchObject({
      state: 'unlocked',
    });
  });

  it('locks after the set idle minutes, and activity from the renderer keeps it open', async () => {
    const timers = manualTimers();
    const reloadRenderer = vi.fn();
    const core = createCore(await testCorePorts(folder, { timers, reloadRenderer }));
    await createJournal(core);
    value(await core.router('settings.update', { autoLockMinutes: 5 }, app));

    for (let minute = 0; minute < 12; minute += 1) {
      timers.advance(60_000);
      await core.router('app.activity', undefined, app);
    }
    expect(value(await core.router('vault.status', undefined, app))).toMatchObject({
      state: 'unlocked',
    });

    timers.advance(5 * 60_000 + autoLockCheckMs);
    await expect
      .poll(async () => value(await core.router('vault.status', undefined, app)))
      .toMatchObject({ state: 'locked', lockedBecause: 'idle' });
    expect(reloadRenderer).toHaveBeenCalledOnce();
    core.stop();
  });

  it('changes the passphrase and issues a new recovery key through the router', async () => {
    const core = createCore(await testCorePorts(folder));
    const firstKey = await createJournal(core, 'first');
    const issued = value(
      (await core.router(
        'vault.changePassphrase',
        { current: 'first', next: { passphrase: 'second', confirmation: 'second' } },
        app,
      )) as Result<{
        recoveryKey: string;
      }>,
    );
    expect(issued.recoveryKey).not.toBe(firstKey);
    const backups = value(await core.router('vault.backups', undefined, app)) as {
      status: string;
    }[];
    expect(backups.map((backup) => backup.status)).toContain('older-secrets');
  });

  it('reminds from the journal’s plan: the day’s reminder, then the nudge an hour after', async () => {
    const timers = manualTimers(testNow);
    const notifier = recordingNotifier();
    const core = createCore(await testCorePorts(folder, { timers, notifier }));
    await createJournal(core);
    value(await core.router('settings.update', { reminders: { daily: true, time: '00:00' } }, app));
    const day = localDateOf(new Date(testNow));
    const plan = (nudgeTrustedPerson: boolean) =>
      core.router('plan.add', { day, challengeId: 'lib.ask-the-time', nudgeTrustedPerson }, app);
    const nudged = value((await plan(true)) as Result<{ id: string }>);
    value(await plan(false));
    value(
      await core.router(
        'attempts.create',
        {
          attempt: madeAttempt({ on: day, challengeId: 'lib.ask-the-time' }),
          planItemId: nudged.id,
        },
        app,
      ),
    );

    timers.advance(reminderCheckMs);
    await expect.poll(() => notifier.shown).toHaveLength(1);
    expect(notifier.shown[0]?.body).toBe(
      'One challenge is planned for today. A small ask is enough.',
    );
    // Locked meanwhile: the nudge still comes, from what was read while it was open.
    await core.vault.lock('manual');
    timers.advance(nudgeDelayMs + reminderCheckMs);
    await expect.poll(() => notifier.shown).toHaveLength(2);
    expect(notifier.shown[1]?.body).toMatch(/calling your trusted person/);
    core.stop();
  });

  it('tells the renderer when the system refuses a reminder, and answers so when asked', async () => {
    const timers = manualTimers(testNow);
    const notifier = recordingNotifier();
    const emit = vi.fn(() => 1);
    const core = createCore(await testCorePorts(folder, { timers, notifier, emit }));
    expect(value(await core.router('reminders.delivery', undefined, app))).toEqual({
      state: 'working',
    });
    await createJournal(core);
    value(await core.router('settings.update', { reminders: { daily: true, time: '00:00' } }, app));
    const day = localDateOf(new Date(testNow));
    value(
      await core.router(
        'plan.add',
        { day, challengeId: 'lib.ask-the-time', nudgeTrustedPerson: false },
        app,
      ),
    );
    notifier.system = { shown: false, error: 'Notifications are not allowed for this app' };

    timers.advance(reminderCheckMs);
    const failed = { state: 'failed', error: 'Notifications are not allowed for this app' };
    await expect.poll(() => emit.mock.calls).toContainEqual(['reminders.deliveryChanged', failed]);
    expect(value(await core.router('reminders.delivery', undefined, app))).toEqual(failed);
    core.stop();
  });

  it('starts at login as the setting says, and a refusal keeps the setting off', async () => {
    const loginItem = recordingLoginItem();
    const core = createCore(await testCorePorts(folder, { loginItem }));
    value(await core.router('settings.update', { startAtLogin: true }, app));
    value(await core.router('settings.update', { theme: 'dark' }, app));
    expect(loginItem.calls).toEqual([true]);

    loginItem.refuseWith = new AppFailure(
      'PERMISSION_DENIED',
      'Permission denied: could not stop it.',
    );
    const refused = await core.router('settings.update', { startAtLogin: false }, app);
    expect(refused).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED' } });
    expect(core.settings.get().startAtLogin).toBe(true);
  });
});
