import type { Database } from 'sql.js';
import { AppFailure } from '../../appFailure.js';
import type { WriteTx } from '../statements.js';
import { selectAll } from '../statements.js';
import { journalSchema } from './001_journal.js';
import { practiceSchema } from './002_practice.js';
import { draftsSchema } from './003_drafts.js';
import { planStatusSchema } from './004_plan_status.js';
import { unratedRatingsSchema } from './005_unrated_ratings.js';
import { saveHistorySchema } from './006_save_history.js';
import type { Migration } from './migration.js';

/** Every migration, in order. Append only. */
export const migrations: readonly Migration[] = [
  journalSchema,
  practiceSchema,
  draftsSchema,
  planStatusSchema,
  unratedRatingsSchema,
  saveHistorySchema,
];

export const latestSchemaVersion = migrations.length;

/** The schema version of a database: 0 for a new, empty one. */
export function schemaVersion(db: Database): number {
  const hasTable = selectAll(
    db,
    "SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
  );
  if (hasTable.length === 0) return 0;
  const [row] = selectAll<{ version: number | null }>(
    db,
    'SELECT max(version) AS version FROM schema_migrations',
  );
  return row?.version ?? 0;
}

/**
 * The migrations a database still needs. A database from a newer app is refused rather
 * than touched: this version cannot know what its tables mean.
 */
export function pendingMigrations(db: Database): readonly Migration[] {
  const current = schemaVersion(db);
  if (current > latestSchemaVersion) {
    throw new AppFailure(
      'UNSUPPORTED_VERSION',
      'This journal was last opened by a newer version of Ask Anyway. Update the app to open it.',
    );
  }
  return migrations.slice(current);
}

/** Applies migrations inside the caller's write, recording each with the time given. */
export function applyMigrations(
  tx: WriteTx,
  pending: readonly Migration[],
  appliedAt: string,
): void {
  for (const migration of pending) {
    for (const statement of migration.statements) tx.run(statement);
    migration.backfill?.(tx);
    tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
      migration.version,
      migration.name,
      appliedAt,
    ]);
  }
}
