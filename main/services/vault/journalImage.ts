import type { Database } from 'sql.js';
import { AppFailure } from '../appFailure.js';
import { applyMigrations, pendingMigrations } from '../database/migrations/index.js';
import { applyBatches, BatchFailure } from '../database/statements.js';

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

/** Applies every migration to a new, empty database: its schema goes into the first snapshot. */
export function applyMigrationsDirectly(
  db: Parameters<typeof pendingMigrations>[0],
  appliedAt: string,
): void {
  db.exec('PRAGMA query_only = 0');
  applyMigrations(
    {
      all: () => [],
      get: () => undefined,
      run: (sql, params = []) => db.run(sql, [...params]),
    },
    pendingMigrations(db),
    appliedAt,
  );
  db.exec('PRAGMA query_only = 1');
}
