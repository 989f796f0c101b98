import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../main/core.js';
import type { Caller } from '../../../main/ipc/router.js';
import { backupFolder } from '../../../main/services/vault/backups.js';
import { recoveryKeyGroups } from '../../../main/services/vault/recoveryKey.js';
import type { Result } from '../../../shared/ipc/result.js';
import { madeAttempt } from '../../support/practiceFixture.js';
import { testCorePorts } from '../../support/testCore.js';

const app: Caller = { url: 'app://ask-anyway/index.html', isMainFrame: true };
const passphrase = 'a long enough passphrase';

let folder: string;
let vaultPath: string;
let saveAnswer: string;
let core: Core;
let recoveryKey: string;
beforeEach(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-targets-'));
  vaultPath = path.join(folder, 'journal.askanyway');
  core = createCore(
    await testCorePorts(folder, { chooseSavePath: () => Promise.resolve(saveAnswer) }),
  );
  const prepared = value(
    (await call('vault.prepare', { passphrase, confirmation: passphrase })) as Result<{
      recoveryKey: string;
      confirmGroups: number[];
    }>,
  );
  recoveryKey = prepared.recoveryKey;
  const groups = recoveryKeyGroups(recoveryKey.replace(/-/g, ''));
  value(
    await call('vault.confirm', {
      answers: prepared.confirmGroups.map((position) => (groups[position - 1] ?? '').toLowerCase()),
    }),
  );
  value(await call('attempts.create', { attempt: madeAttempt(), planItemId: null }));
  // An encrypted backup elsewhere compacts the vault, which keeps its last state as a backup.
  saveAnswer = path.join(folder, 'copy.askanyway');
  value(await call('data.backup'));
});
afterEach(() => {
  core.stop();
  rmSync(folder, { recursive: true, force: true });
});

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}
const call = (channel: string, payload?: unknown) => core.router(channel, payload, app);

const saves: [string, () => Promise<Result<unknown>>][] = [
  ['a JSON export', () => call('data.export', { format: 'json' })],
  ['a Markdown export', () => call('data.export', { format: 'markdown' })],
  ['a CSV export', () => call('data.export', { format: 'csv' })],
  ['an encrypted backup', () => call('data.backup')],
  [
    'a report',
    () =>
      call('report.save', { from: '2026-11-01', to: '2026-11-25', include: [], format: 'html' }),
  ],
  ['the recovery key', () => call('vault.saveRecoveryKey', { recoveryKey })],
];

/** The journal's files by content: what a refused save must leave as it was. */
const journalOnDisk = () => ({
  vault: readFileSync(vaultPath).toString('base64'),
  backups: readdirSync(backupFolder(vaultPath)).map((name) =>
    readFileSync(path.join(backupFolder(vaultPath), name)).toString('base64'),
  ),
});

describe('a save pointed at the journal’s own files', () => {
  it.each(saves)('%s over the journal itself is refused in words of its own', async (_, save) => {
    const before = journalOnDisk();
    saveAnswer = vaultPath;
    expect(await save()).toMatchObject({ ok: false, error: { code: 'JOURNAL_FILE_TARGET' } });
    expect(journalOnDisk()).toEqual(before);
  });

  it.each(saves)('%s over one of its backups is refused', async (_, save) => {
    const [backup] = readdirSync(backupFolder(vaultPath));
    expect(backup).toBeDefined();
    const before = journalOnDisk();
    saveAnswer = path.join(backupFolder(vaultPath), backup ?? '');
    expect(await save()).toMatchObject({ ok: false, error: { code: 'JOURNAL_FILE_TARGET' } });
    expect(journalOnDisk()).toEqual(before);
  });
});
