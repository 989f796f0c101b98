import type { ReadDb, WriteTx } from '../database/statements.js';

/**
 * The journal's own record of who saved it how often (migration 6): its id, and for each
 * computer the number of saves it made and when the last one was. Plain rows inside the
 * encrypted database, so the v1 format carries them unchanged and an independent reader
 * sees them as one more table.
 */
export interface DeviceSaves {
  /** Saves this computer made to the journal, as far as this file knows. */
  readonly saves: number;
  /** When the last of them was made; `null` before the first. */
  readonly lastSavedAt: string | null;
}

/** The journal's id, or `undefined` in a database that has none yet (before migration 6). */
export function journalIdOf(db: ReadDb): string | undefined {
  const hasTable = db.get(
    "SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = 'journal_identity'",
  );
  if (!hasTable) return undefined;
  return db.get<{ journal_id: string }>('SELECT journal_id FROM journal_identity')?.journal_id;
}

/** Gives the journal its id; a journal keeps the first one it is given. */
export function createJournalIdentity(tx: WriteTx, journalId: string): void {
  tx.run('INSERT OR IGNORE INTO journal_identity (only_row, journal_id) VALUES (1, ?)', [
    journalId,
  ]);
}

export function savesOf(db: ReadDb, deviceId: string): DeviceSaves {
  const row = db.get<{ saves: number; last_saved_at: string }>(
    'SELECT saves, last_saved_at FROM device_saves WHERE device_id = ?',
    [deviceId],
  );
  return row
    ? { saves: row.saves, lastSavedAt: row.last_saved_at }
    : { saves: 0, lastSavedAt: null };
}

/** The statement each save adds to its own batch, so the count and the save land together. */
export const countSaveSql = `INSERT INTO device_saves (device_id, saves, last_saved_at) VALUES (?, 1, ?)
  ON CONFLICT (device_id) DO UPDATE SET saves = saves + 1, last_saved_at = excluded.last_saved_at`;

/** A journal's id and every computer's count, read out of a database to merge elsewhere. */
export interface SaveHistory {
  readonly journalId: string;
  readonly devices: readonly { deviceId: string; saves: number; lastSavedAt: string }[];
}

/** The save history of `db`; `undefined` for a journal from before migration 6. */
export function readSaveHistory(db: ReadDb): SaveHistory | undefined {
  const journalId = journalIdOf(db);
  if (journalId === undefined) return undefined;
  const devices = db.all<{ deviceId: string; saves: number; lastSavedAt: string }>(
    'SELECT device_id AS deviceId, saves, last_saved_at AS lastSavedAt FROM device_saves',
  );
  return { journalId, devices };
}

/**
 * Takes in another version's counts, when it is a version of this same journal: each
 * computer's count becomes the higher of the two, since the merged journal now holds the
 * saves of both. A different journal's counts mean nothing here and are left out.
 */
export function mergeSaveHistory(tx: WriteTx, other: SaveHistory | undefined): void {
  if (!other || journalIdOf(tx) !== other.journalId) return;
  for (const device of other.devices) {
    tx.run(
      `INSERT INTO device_saves (device_id, saves, last_saved_at) VALUES (?, ?, ?)
       ON CONFLICT (device_id) DO UPDATE SET saves = excluded.saves, last_saved_at = excluded.last_saved_at
       WHERE excluded.saves > device_saves.saves`,
      [device.deviceId, device.saves, device.lastSavedAt],
    );
  }
}
