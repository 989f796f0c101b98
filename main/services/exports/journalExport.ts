import { z } from 'zod';
import type { ReadDb, SqlValue } from '../database/statements.js';
import { exportedTables } from './exportedTables.js';

/** What every export file says it is; `version` changes when this layout does. */
export const exportFormat = 'ask-anyway-journal';
export const exportVersion = 1;

const cell = z.union([z.string(), z.number(), z.null()]);

/** A JSON export, as docs/export-format.md describes it. */
export const journalExportSchema = z.strictObject({
  format: z.literal(exportFormat),
  version: z.literal(exportVersion),
  /** The journal's schema (its newest migration) the rows were read under. */
  schemaVersion: z.number().int().min(1),
  exportedAt: z.iso.datetime(),
  tables: z.record(z.string(), z.array(z.record(z.string(), cell))),
});
export type JournalExport = z.infer<typeof journalExportSchema>;
export type ExportRow = Record<string, SqlValue>;

/** The journal's schema version: its newest migration. */
export function schemaVersionOf(db: ReadDb): number {
  return (
    db.get<{ version: number }>('SELECT max(version) AS version FROM schema_migrations')?.version ??
    0
  );
}

/** The columns a table has in this journal's schema, in table order. */
export function columnsOf(db: ReadDb, table: string): string[] {
  return db
    .all<{ name: string }>('SELECT name FROM pragma_table_info(?) ORDER BY cid', [table])
    .map((column) => column.name);
}

/** Every exported table's rows, in key order, as the database holds them. */
export function exportJournal(db: ReadDb, exportedAt: Date): JournalExport {
  const tables: Record<string, ExportRow[]> = {};
  for (const table of exportedTables) {
    // Names from the fixed list above, never from input.
    tables[table.name] = db.all<ExportRow>(
      `SELECT * FROM ${table.name} ORDER BY ${table.key.join(', ')}`,
    );
  }
  return {
    format: exportFormat,
    version: exportVersion,
    schemaVersion: schemaVersionOf(db),
    exportedAt: exportedAt.toISOString(),
    tables,
  };
}
