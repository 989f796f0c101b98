import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attempt } from '../../../shared/domain/practice/attempts.js';
import { madeAttempt } from '../../support/practiceFixture.js';
import { openRouterJournal, value, type RouterJournal } from '../../support/routerJournal.js';

// Restoring is what a person does when something went wrong: every backup the list shows
// must restore, whatever was written since, the oldest included. The whole app runs on
// one clock here, so backup names are as the app would make them.

const generations = 5;

let journal: RouterJournal;
beforeEach(async () => {
  journal = await openRouterJournal('restore');
});
afterEach(() => journal.close());
const call = <T>(channel: string, payload?: unknown) => journal.call<T>(channel, payload);

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
    value(await call('vault.unlock', { passphrase: journal.passphrase }));
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
      value(await call('vault.unlock', { passphrase: journal.passphrase }));
      expect(await requests()).toEqual(holds.get(chosen));
    },
  );
});
