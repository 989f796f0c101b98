import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../main/services/database/sqlite.js';
import {
  readDb,
  type SqlValue,
  type WriteTx,
} from '../../../../main/services/database/statements.js';
import { buildNewJournal } from '../../../../main/services/vault/journalImage.js';
import {
  mergeSaveHistory,
  saveHistoryFromRows,
  savesOf,
} from '../../../../main/services/vault/saveHistory.js';
import { memoryOnlyStore, SaveMemory } from '../../../../main/services/vault/saveMemory.js';
import { openRouterJournal, type RouterJournal } from '../../../support/routerJournal.js';
import { manualTimers } from '../../../support/manualTimers.js';
import { testCorePorts } from '../../../support/testCore.js';

describe('what this computer remembers of its saves', () => {
  it('holds a save in memory and writes only when flushed, once for many saves', () => {
    const kept = memoryOnlyStore();
    const memory = new SaveMemory(kept, () => 'this-computer-000000');
    memory.flush();
    const afterStart = kept.writes;
    for (let saves = 1; saves <= 5; saves += 1)
      memory.saved('journal', { saves, lastSavedAt: `2026-12-0${saves}T10:00:00.000Z` });
    expect(kept.writes).toBe(afterStart);
    memory.flush();
    memory.flush();
    expect(kept.writes).toBe(afterStart + 1);
    expect(kept.current()?.journals['journal']).toEqual({
      saves: 5,
      savedAt: '2026-12-05T10:00:00.000Z',
    });
  });

  it('writes at once what an unlock found missing, so the notice outlives a crash', () => {
    const kept = memoryOnlyStore();
    const memory = new SaveMemory(kept, () => 'this-computer-000000');
    memory.saved('journal', { saves: 4, lastSavedAt: 'T4' });
    memory.flush();
    const missing = memory.reconcile('journal', { saves: 1, lastSavedAt: 'T1' }, '/j');
    expect(missing).toEqual({ count: 3, after: 'T1', upTo: 'T4' });
    // A new start reads it back from the store.
    expect(new SaveMemory(kept, () => 'another-id-000000000').missing('journal')).toEqual(missing);
  });

  it('drops the notice when the complete journal is opened again after an older copy', () => {
    const memory = new SaveMemory(memoryOnlyStore(), () => 'this-computer-000000');
    memory.saved('journal', { saves: 5, lastSavedAt: 'T5' });
    const older = memory.reconcile('journal', { saves: 1, lastSavedAt: 'T1' }, '/old copy');
    expect(older?.count).toBe(4);
    expect(
      memory.reconcile('journal', { saves: 5, lastSavedAt: 'T5' }, '/journal'),
    ).toBeUndefined();
  });

  it('keeps the notice while the older copy only grows by saves of its own', () => {
    // Counts cannot tell the older copy's new saves from the missing ones; it errs on
    // the side of telling (the user can dismiss it) until the count passes them all.
    const memory = new SaveMemory(memoryOnlyStore(), () => 'this-computer-000000');
    memory.saved('journal', { saves: 5, lastSavedAt: 'T5' });
    memory.reconcile('journal', { saves: 1, lastSavedAt: 'T1' }, '/old copy');
    memory.saved('journal', { saves: 2, lastSavedAt: 'T6' });
    expect(memory.reconcile('journal', { saves: 2, lastSavedAt: 'T6' }, '/old copy')?.count).toBe(
      4,
    );
  });

  it('keeps its device id, and starts afresh (a new id, nothing missing) from a store it cannot read', () => {
    const kept = memoryOnlyStore();
    const first = new SaveMemory(kept, () => 'first-computer-00000');
    first.flush();
    expect(new SaveMemory(kept, () => 'never-used-000000000').deviceId).toBe(
      'first-computer-00000',
    );
    for (const garbage of [null, 'text', { deviceId: 'short', journals: {} }, { journals: 3 }]) {
      const memory = new SaveMemory(
        memoryOnlyStore(garbage as never),
        () => 'fresh-computer-00000',
      );
      expect(memory.deviceId).toBe('fresh-computer-00000');
      expect(memory.reconcile('journal', { saves: 0, lastSavedAt: null }, '/j')).toBeUndefined();
    }
  });
});

describe('the core', () => {
  let journal: RouterJournal | undefined;
  afterEach(() => journal?.close());

  it('writes the memory on a one-second timer, never on the save’s path', async () => {
    const kept = memoryOnlyStore();
    const timers = manualTimers();
    journal = await openRouterJournal('memory', async (folder) => {
      const ports = await testCorePorts(folder, { timers });
      return {
        ...ports,
        vault: { ...ports.vault, memory: new SaveMemory(kept, () => 'timed-computer-00000') },
      };
    });
    timers.advance(1_000);
    const before = kept.writes;
    for (const title of ['Ask for a discount', 'Ask for directions', 'Ask for a table']) {
      const saved = await journal.call('ladders.create', { title, goal: '' });
      expect(saved.ok).toBe(true);
    }
    expect(kept.writes).toBe(before);
    timers.advance(1_000);
    expect(kept.writes).toBe(before + 1);
    expect(Object.values(kept.current()?.journals ?? {})[0]?.saves).toBeGreaterThanOrEqual(3);
  });
});

describe('merging the counts of another version', () => {
  async function journalWith(journalId: string, devices: [string, number][]) {
    const db = await openDatabase();
    buildNewJournal(db, '2026-12-01T00:00:00.000Z', journalId);
    db.exec('PRAGMA query_only = 0');
    for (const [device, saves] of devices)
      db.run('INSERT INTO device_saves VALUES (?, ?, ?)', [device, saves, `at ${saves}`]);
    const tx: WriteTx = {
      ...readDb(db),
      run: (sql: string, params: readonly SqlValue[] = []) => db.run(sql, [...params]),
    };
    return { db, tx };
  }

  it('takes each computer’s higher count from a version of the same journal', async () => {
    const { db, tx } = await journalWith('J', [
      ['desk', 5],
      ['laptop', 2],
    ]);
    const other = saveHistoryFromRows({
      journal_identity: [{ journal_id: 'J' }],
      device_saves: [
        { device_id: 'desk', saves: 3, last_saved_at: 'at 3' },
        { device_id: 'laptop', saves: 4, last_saved_at: 'at 4' },
        { device_id: 'phone', saves: 1, last_saved_at: 'at 1' },
      ],
    });
    mergeSaveHistory(tx, other);
    expect([savesOf(tx, 'desk'), savesOf(tx, 'laptop'), savesOf(tx, 'phone')]).toEqual([
      { saves: 5, lastSavedAt: 'at 5' },
      { saves: 4, lastSavedAt: 'at 4' },
      { saves: 1, lastSavedAt: 'at 1' },
    ]);
    db.close();
  });

  it('leaves out the counts of a different journal, and rows that do not fit', async () => {
    const { db, tx } = await journalWith('J', [['desk', 5]]);
    mergeSaveHistory(
      tx,
      saveHistoryFromRows({
        journal_identity: [{ journal_id: 'K' }],
        device_saves: [{ device_id: 'desk', saves: 9, last_saved_at: 'x' }],
      }),
    );
    expect(
      saveHistoryFromRows({
        journal_identity: [{ journal_id: 'J' }],
        device_saves: [{ device_id: 'desk', saves: -1, last_saved_at: 'x' }],
      }),
    ).toBeUndefined();
    expect(saveHistoryFromRows({})).toBeUndefined();
    expect(savesOf(tx, 'desk').saves).toBe(5);
    db.close();
  });
});
