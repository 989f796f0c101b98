import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../main/core.js';
import type { Caller } from '../../../main/ipc/router.js';
import type { Attempt } from '../../../shared/domain/practice/attempts.js';
import type { Result } from '../../../shared/ipc/result.js';
import { madeAttempt } from '../../support/practiceFixture.js';
import { testCorePorts } from '../../support/testCore.js';

// Restoring is what a person does when something went wrong: every backup the list shows
// must restore, whatever was written since, the oldest included. The whole app runs on
// one clock here, so backup names are as the app would make them.

const app: Caller = { url: 'app://ask-anyway/index.html', isMainFrame: true };
const passphrase = 'a long enough passphrase';
const generations = 5;

let folder: string;
let core: Core;
beforeEach(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-restore-'));
  core = createCore(await testCorePorts(folder));
  const prepared = await core.vault.prepare(passphrase);
  const groups = prepared.recoveryKey.split('-');
  await core.vault.confirm(prepared.confirmGroups.map((position) => groups[position - 1] ?? ''));
});
afterEach(() => {
  core.stop();
  rmSync(folder, { recursive: true, force: true });
});

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};
const call = <T>(channel: string, payload?: unknown) =>
  core.router(channel, payload, app) as Promise<Result<T>>;

const save = async (request: string) =>
  value(
    await call<Attempt>('attempts.create', { attempt: madeAttempt({ request }), planItemId: null }),
  );
const requests = async () =>
  value(await call<{ items: { request: string }[] }>('attempts.list', { filter: {}, after: null }))
    .items.map((item) => item.request)
    .sort();
const backupIds = async () => value(await call<{ id: string }[]>('vault.backups')).map((b) => b.id);

/**
 * Six saves, each followed by a lock (which compacts and keeps the file as it was as the
 * newest backup), then one more save not yet compacted: the normal state of a journal in
 * use. Returns what each listed backup holds, by id.
 */
async function journalInUse(): Promise<Map<string, string[]>> {
  const holds = new Map<string, string[]>();
  for (let n = 1; n <= 6; n += 1) {
    await save(`ask ${n}`);
    const written = await requests();
    value(await call('vault.lock'));
    const [newest] = await backupIds();
    if (newest !== undefined) holds.set(newest, written);
    value(await call('vault.unlock', { passphrase }));
  }
  await save('ask 7, written since');
  return holds;
}

describe('restoring a backup', () => {
  it.each(Array.from({ length: generations }, (_, generation) => generation))(
    'restores generation %i of the list (0 the newest), after writes not yet compacted',
    async (generation) => {
      const holds = await journalInUse();
      const listed = await backupIds();
      expect(listed).toHaveLength(generations);
      const chosen = listed[generation] ?? '';
      value(await call('vault.restore', { id: chosen }));
      value(await call('vault.unlock', { passphrase }));
      expect(await requests()).toEqual(holds.get(chosen));
    },
  );
});
