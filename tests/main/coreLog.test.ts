import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../main/core.js';
import type { Caller } from '../../main/ipc/router.js';
import { createAppLog } from '../../main/services/log/appLog.js';
import { nodeLogFs, openLogFile } from '../../main/services/log/logFile.js';
import type { Kdf } from '../../main/services/vault/kdf.js';
import type { Result } from '../../shared/ipc/result.js';
import { faultyFs } from '../support/faultyFs.js';
import { madeAttempt } from '../support/practiceFixture.js';
import { recordingLog } from '../support/recordingLog.js';
import { memoizedKdf, testCorePorts } from '../support/testCore.js';

// The log must never hold what the user wrote or the secrets they hold: the real core
// writes its real log file while each kind of text goes through it in the worst places
// (a failed save, a rejected request, an unexpected error's message), and no log file
// may hold any of it afterwards — while the events a support request needs are there.

const app: Caller = { url: 'app://ask-anyway/index.html', isMainFrame: true };

const canaries = {
  passphrase: 'passphrase-canary-5e1d9b',
  reflection: 'reflection-canary-8a2f44',
  payload: 'payload-canary-c0ffee',
  wrongPassphrase: 'wrong-passphrase-canary-91ab',
  exception: 'exception-canary-d3adb3',
};
/** In the folder's name, so a journal or file path written to the log would show. */
const pathCanary = 'path-canary-4b7e';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), `ask-anyway-${pathCanary}-`));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const logsFolder = () => path.join(folder, 'logs');

/** Every log file's text, the older ones too. */
const allLogText = (): string =>
  readdirSync(logsFolder())
    .map((name) => readFileSync(path.join(logsFolder(), name), 'utf8'))
    .join('');

const valueOf = (result: Result<unknown>): unknown => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

/** The keys the KDF derived, as they would be written: hex and base64. */
function recordingKdf(): { kdf: Kdf; keyTexts: string[] } {
  const keyTexts: string[] = [];
  const inner = memoizedKdf();
  const kdf: Kdf = async (request) => {
    const key = await inner(request);
    const bytes = Buffer.from(key);
    keyTexts.push(bytes.toString('hex'), bytes.toString('base64'));
    return key;
  };
  return { kdf, keyTexts };
}

async function createJournal(core: Core, passphrase: string): Promise<string> {
  const prepared = valueOf(
    await core.router('vault.prepare', { passphrase, confirmation: passphrase }, app),
  ) as { recoveryKey: string; confirmGroups: number[] };
  const groups = prepared.recoveryKey.split('-');
  const answers = prepared.confirmGroups.map((n) => (groups[n - 1] ?? '').toLowerCase());
  valueOf(await core.router('vault.confirm', { answers }, app));
  return prepared.recoveryKey;
}

describe('the log the core writes', () => {
  it('holds the events and failures, and none of the user’s text, secrets or paths', async () => {
    const logFile = openLogFile({ folder: logsFolder, fs: nodeLogFs });
    const log = createAppLog({ write: (line) => logFile.append(line), now: () => new Date() });
    const fs = faultyFs();
    const { kdf, keyTexts } = recordingKdf();
    const ports = await testCorePorts(folder, { log });
    const core = createCore({
      ...ports,
      vault: { ...ports.vault, fs, kdf },
      // The save dialog breaks, its error quoting what it was given.
      chooseSavePath: (name) =>
        Promise.reject(new Error(`dialog failed for ${name} ${canaries.exception}`)),
    });

    const recoveryKey = await createJournal(core, canaries.passphrase);
    const reflection = madeAttempt({
      request: `Ask for a refill ${canaries.reflection}`,
      whatHappened: `They said no ${canaries.reflection}`,
    });
    valueOf(await core.router('attempts.create', { attempt: reflection, planItemId: null }, app));

    // A request main refuses, the text in it.
    const refused = await core.router(
      'attempts.create',
      { attempt: { ...reflection, tags: canaries.payload }, planItemId: null },
      app,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });

    // A save the disk fails in a way nobody planned for: an unexpected error, logged.
    fs.rule = (step) => (step === 'handle.write' ? 'EIO' : undefined);
    const failedSave = await core.router(
      'attempts.create',
      { attempt: madeAttempt({ whatHappened: canaries.reflection }), planItemId: null },
      app,
    );
    expect(failedSave).toMatchObject({ ok: false });
    fs.rule = undefined;

    // An unexpected error whose message holds the recovery key and a canary.
    const notSaved = await core.router('vault.saveRecoveryKey', { recoveryKey }, app);
    expect(notSaved).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    // What main/index.ts does with an error nobody caught, its message spanning lines.
    log.error(
      'uncaught-exception',
      new Error(`${canaries.exception}\n    at ${canaries.exception} (file:///x.js:1:1)`),
    );

    await core.lock('manual');
    const wrong = await core.router('vault.unlock', { passphrase: canaries.wrongPassphrase }, app);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    valueOf(await core.router('vault.unlock', { passphrase: canaries.passphrase }, app));
    await core.lock('manual');

    const text = allLogText();
    const lines = text.trimEnd().split('\n');
    expect(lines.map((line) => line.split(' ').slice(1, 3).join(' '))).toEqual(
      expect.arrayContaining([
        'INFO journal-locked',
        'WARN journal-unlock-failed',
        'INFO journal-unlocked',
        'ERROR failed',
      ]),
    );
    expect(text).toContain('INFO journal-locked {"reason":"manual"}');
    expect(text).toContain('WARN journal-unlock-failed {"by":"passphrase"}');
    expect(text).toContain('INFO journal-unlocked {"by":"passphrase"}');
    expect(text).toMatch(/ERROR failed \{"place":"ipc:attempts\.create","error":\{.*"code":"EIO"/);
    expect(text).toContain('ERROR failed {"place":"ipc:vault.saveRecoveryKey"');
    expect(text).toContain('ERROR failed {"place":"uncaught-exception"');

    const secrets = [
      ...Object.values(canaries),
      pathCanary,
      folder,
      recoveryKey,
      recoveryKey.replace(/-/g, ''),
      ...keyTexts,
    ];
    expect(keyTexts.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it('records each unlock’s outcome and how it was tried, and each lock’s reason', async () => {
    const log = recordingLog();
    const core = createCore(await testCorePorts(folder, { log }));
    const recoveryKey = await createJournal(core, 'the first passphrase');
    await core.lock('idle');
    const newPassphrase = {
      passphrase: 'a second passphrase',
      confirmation: 'a second passphrase',
    };
    const wrongKey = recoveryKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    const refused = await core.router('vault.reset', { recoveryKey: wrongKey, newPassphrase }, app);
    expect(refused).toMatchObject({ ok: false, error: { code: 'WRONG_RECOVERY_KEY' } });
    valueOf(await core.router('vault.reset', { recoveryKey, newPassphrase }, app));
    expect(log.events).toEqual([
      { name: 'journal-locked', reason: 'idle' },
      { name: 'journal-unlock-failed', by: 'recovery-key' },
      { name: 'journal-unlocked', by: 'recovery-key' },
    ]);
    expect(log.entries).toEqual([]);
  });
});
