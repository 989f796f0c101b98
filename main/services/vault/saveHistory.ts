import { z } from 'zod';
import type { ReadDb, SqlValue, WriteTx } from '../database/statements.js';

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

/** A journal's id and every computer's count, read out of another file to merge in. */
export interface SaveHistory {
  readonly journalId: string;
  readonly devices: readonly { deviceId: string; saves: number; lastSavedAt: string }[];
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

const historyRowsSchema = z.object({
  journal_identity: z.tuple([z.object({ journal_id: z.string().min(1).max(200) })]),
  device_saves: z
    .array(
      z.object({
        device_id: z.string().min(1).max(200),
        saves: z.number().int().nonnegative(),
        last_saved_at: z.string().max(100),
      }),
    )
    .max(10_000),
});

/**
 * The save history in rows read out of another file. Only evidence, never the user's
 * words: rows that do not fit are left out (the merge then keeps this journal's counts)
 * rather than refusing the file.
 */
export function saveHistoryFromRows(
  rows: Record<string, Record<string, SqlValue>[]>,
): SaveHistory | undefined {
  const parsed = historyRowsSchema.safeParse(rows);
  if (!parsed.success) return undefined;
  return {
    journalId: parsed.data.journal_identity[0].journal_id,
    devices: parsed.data.device_saves.map((row) => ({
      deviceId: row.device_id,
      saves: row.saves,
      lastSavedAt: row.last_saved_at,
    })),
  };
}
