import { createHash } from 'node:crypto';
import type { ImportSummary } from '../../../shared/domain/dataExport.js';
import type { FieldProblem } from '../../../shared/ipc/fieldIssues.js';
import { AppFailure } from '../appFailure.js';
import type { SqlValue, WriteTx } from '../database/statements.js';
import { settleAttemptStatuses } from '../practice/planRepository.js';
import { rebuildWeekSummaries } from '../practice/weekSummary.js';
import { exportedTables, type ExportedTable } from './exportedTables.js';
import { firstRowProblem } from './importedRows.js';
import {
  columnsOf,
  journalExportSchema,
  schemaVersionOf,
  type ExportRow,
  type JournalExport,
} from './journalExport.js';

/** The chosen file cannot be imported: it is not an export, or a row of it does not fit. */
const notAnExport: FieldProblem = { kind: 'not_now', reason: 'not_an_export' };

const refuse = (logMessage: string, problem: FieldProblem = notAnExport): AppFailure =>
  AppFailure.invalid(['file'], problem, logMessage);

/** Parses an export file's text, refusing anything that is not one this app could read. */
export function parseJournalExport(text: string): JournalExport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw refuse('not a journal export: not JSON.');
  }
  const parsed = journalExportSchema.safeParse(json);
  if (!parsed.success) {
    throw refuse(
      `not a journal export this app can read (${parsed.error.issues[0]?.path.join('.') ?? 'format'}).`,
    );
  }
  return parsed.data;
}

/**
 * Checks the tables and columns against this journal's schema (names reach SQL only from
 * here), then every row against the domain's schemas: a refused file names the first
 * row and column that do not fit, and nothing of it is written.
 */
function checkShape(tx: WriteTx, file: JournalExport): void {
  if (file.schemaVersion > schemaVersionOf(tx)) {
    throw new AppFailure(
      'UNSUPPORTED_VERSION',
      'That export was made by a newer version of Ask Anyway. Update the app to import it.',
    );
  }
  const known = new Map(exportedTables.map((table) => [table.name, table]));
  for (const [name, rows] of Object.entries(file.tables)) {
    if (!known.has(name)) throw refuse(`tables.${name}: not a table of the journal`);
    const columns = new Set(columnsOf(tx, name));
    for (const [index, row] of rows.entries()) {
      for (const column of Object.keys(row)) {
        if (!columns.has(column))
          throw refuse(`tables.${name}[${index}].${column}: no such column`);
      }
      for (const column of known.get(name)?.key ?? []) {
        if (row[column] === undefined || row[column] === null)
          throw refuse(`tables.${name}[${index}].${column}: the key is missing`);
      }
    }
  }
  const problem = firstRowProblem(file.tables);
  if (problem) {
    const { table, index, issue } = problem;
    throw AppFailure.invalid(
      ['file', 'tables', table, index, ...issue.path],
      issue.problem,
      `does not fit the journal (${issue.problem.kind})`,
    );
  }
}

const keyOf = (table: ExportedTable, row: ExportRow): SqlValue[] =>
  table.key.map((column) => row[column] ?? null);

/** Inserts a row; one the schema refuses (a check, a missing value) is the file's fault. */
function insert(tx: WriteTx, table: string, row: ExportRow): void {
  const columns = Object.keys(row);
  try {
    tx.run(
      `INSERT INTO ${table} (${columns.map((column) => `"${column}"`).join(', ')})
       VALUES (${columns.map(() => '?').join(', ')})`,
      columns.map((column) => row[column] ?? null),
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw refuse(`tables.${table}: a row does not fit the journal (${reason})`, {
      kind: 'not_allowed',
    });
  }
}

function remove(tx: WriteTx, table: ExportedTable, row: ExportRow): void {
  tx.run(
    `DELETE FROM ${table.name} WHERE ${table.key.map((column) => `${column} = ?`).join(' AND ')}`,
    keyOf(table, row),
  );
}

/** Whether the file's copy of a row says something other than the journal's. */
function differs(tx: WriteTx, table: ExportedTable, row: ExportRow): boolean {
  const where = table.key.map((column) => `${column} = ?`).join(' AND ');
  const local = tx.get<Record<string, SqlValue>>(
    `SELECT * FROM ${table.name} WHERE ${where}`,
    keyOf(table, row),
  );
  return Object.entries(row).some(([column, value]) => local?.[column] !== value);
}

/**
 * The id a record's second copy is kept under: made from the record's id and the copy's
 * words, so merging the same file again finds the copy already there instead of adding
 * another. A UUID of version 8 (RFC 9562: made by the application).
 */
export function copyIdOf(row: ExportRow): string {
  const hex = createHash('sha256').update(JSON.stringify(row)).digest('hex');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Merges an export (or another version of the journal) into the open journal, by
 * record id: a record the journal lacks is added; one it has is replaced only when the
 * file's copy was edited later (`updated_at`), so no newer local edit is lost. When
 * both copies of a reflection carry the same edit time but differ, neither is newer:
 * both are kept, the file's under an id of its own (`copyIdOf`). A record without an
 * edit time (a self-check, a setting) stays as the journal has it. Children (tags,
 * rungs, ratings) follow their record: replaced with it, copied with it, or left with
 * it. Plan items then take their status from the attempts they now sit beside. One
 * transaction: a file that does not fit changes nothing.
 */
export function importJournal(tx: WriteTx, file: JournalExport): ImportSummary {
  checkShape(tx, file);
  let added = 0;
  let replaced = 0;
  let keptLocal = 0;
  let keptBoth = 0;
  // Ids of parents whose file copy was taken: their children come from the file too.
  const taken = new Map<string, Set<SqlValue>>();
  // Parents kept twice: the file's copy's id, and the new id it was saved under.
  const copied = new Map<string, Map<SqlValue, string>>();
  for (const table of exportedTables) {
    const rows = file.tables[table.name] ?? [];
    const takenHere = new Set<SqlValue>();
    const copiedHere = new Map<SqlValue, string>();
    taken.set(table.name, takenHere);
    copied.set(table.name, copiedHere);
    for (const row of rows) {
      if (table.parent) {
        const parentId = row[table.parent.column] ?? null;
        const copyId = copied.get(table.parent.table)?.get(parentId);
        if (copyId !== undefined) {
          insert(tx, table.name, { ...row, [table.parent.column]: copyId });
          continue;
        }
        if (!taken.get(table.parent.table)?.has(parentId)) continue;
        // The parent's local children went with it (below); these replace them.
        insert(tx, table.name, row);
        takenHere.add(row[table.key[0] ?? ''] ?? null);
        continue;
      }
      const where = table.key.map((column) => `${column} = ?`).join(' AND ');
      const local = tx.get<{ updated_at?: string }>(
        `SELECT ${table.updatedAt ? 'updated_at' : '1 AS present'} FROM ${table.name} WHERE ${where}`,
        keyOf(table, row),
      );
      const fileEdit = table.updatedAt ? row['updated_at'] : undefined;
      if (local === undefined) {
        insert(tx, table.name, row);
        added += 1;
      } else if (
        typeof fileEdit === 'string' &&
        local.updated_at !== undefined &&
        fileEdit > local.updated_at
      ) {
        // Deleting first lets the delete triggers take the old children (and FTS entry).
        remove(tx, table, row);
        insert(tx, table.name, row);
        replaced += 1;
      } else if (table.keepBothOnTie && fileEdit === local.updated_at && differs(tx, table, row)) {
        const id = copyIdOf(row);
        const [keyColumn = 'id'] = table.key;
        // Kept twice by an earlier merge of the same copy: nothing more to keep.
        if (tx.get(`SELECT 1 AS present FROM ${table.name} WHERE ${keyColumn} = ?`, [id])) {
          keptLocal += 1;
          continue;
        }
        insert(tx, table.name, { ...row, [keyColumn]: id });
        copiedHere.set(row[keyColumn] ?? null, id);
        keptBoth += 1;
        continue;
      } else {
        keptLocal += 1;
        continue;
      }
      takenHere.add(row[table.key[0] ?? ''] ?? null);
    }
  }
  rebuildWeekSummaries(tx);
  settleAttemptStatuses(tx);
  return { added, replaced, keptLocal, keptBoth };
}
