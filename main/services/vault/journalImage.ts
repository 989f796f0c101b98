import type { Database } from 'sql.js';
import { AppFailure } from '../appFailure.js';
import { applyMigrations, pendingMigrations } from '../database/migrations/index.js';
import { applyBatches, BatchFailure, type SqlValue } from '../database/statements.js';
import { createJournalIdentity } from './saveHistory.js';

/** Applies the log's batches in order; one that does not apply is damage. Closes `db` on failure. */
export function replay(db: Database, batches: readonly Uint8Array[]): void {
  try {
    applyBatches(db, batches);
  } catch (error) {
    db.close();
    const entry = error instanceof BatchFailure ? error.index + 1 : 0;
    throw new AppFailure(
      'VAULT_CORRUPT',
      `The vault’s change log does not apply at entry ${entry}.`,
      {
        cause: error,
      },
    );
  }
}

/**
 * Makes a new, empty database into a journal: every migration applied and its id given,
 * straight into the first snapshot, so a new vault starts with an empty log.
 */
export function buildNewJournal(
  db: Parameters<typeof pendingMigrations>[0],
  appliedAt: string,
  journalId: string,
): void {
  db.exec('PRAGMA query_only = 0');
  const tx = {
    all: () => [],
    get: () => undefined,
    run: (sql: string, params: readonly SqlValue[] = []) => db.run(sql, [...params]),
  };
  applyMigrations(tx, pendingMigrations(db), appliedAt);
  createJournalIdentity(tx, journalId);
  db.exec('PRAGMA query_only = 1');
}
