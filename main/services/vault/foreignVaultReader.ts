import type { Database } from 'sql.js';
import { AppFailure } from '../appFailure.js';
import { openDatabase } from '../database/sqlite.js';
import { selectAll, type SqlValue } from '../database/statements.js';
import { exportedTables } from '../exports/exportedTables.js';
import type { ForeignJournal } from './foreignVault.js';
import { parseVault } from './format.js';
import { buildNewJournal, replay } from './journalImage.js';
import type { Sodium } from './sodium.js';
import { openLog, openSnapshot } from './vaultCodec.js';

/** The tables read from a foreign vault: the exported ones, and the schema's version. */
const readTables = [...exportedTables.map((table) => table.name), 'schema_migrations'];
/** Read when the file has them (not before migration 6): its save history, to merge. */
const historyTables = ['journal_identity', 'device_saves'];

const notAJournal = (why: string): AppFailure =>
  AppFailure.invalid(['file'], { kind: 'not_now', reason: 'not_a_journal' }, why);

/** Each known table's columns, from a journal built by this app's own migrations. */
async function knownColumns(): Promise<Map<string, string[]>> {
  const reference = await openDatabase();
  try {
    buildNewJournal(reference, new Date(0).toISOString(), 'reference');
    return new Map(
      [...readTables, ...historyTables].map((table) => [
        table,
        selectAll<{ name: string }>(reference, 'SELECT name FROM pragma_table_info(?)', [
          table,
        ]).map((column) => column.name),
      ]),
    );
  } finally {
    reference.close();
  }
}

/**
 * The columns to read of one table in the foreign file: those of this app's schema it
 * has. The name must be a plain table of the main schema — not a view, not a virtual
 * table — and none of its columns generated: a view or a generated column runs SQL the
 * file's maker chose on every read.
 */
function columnsToRead(db: Database, table: string, known: readonly string[]): string[] {
  const [entry] = selectAll<{ type: string; sql: string | null }>(
    db,
    'SELECT type, sql FROM main.sqlite_master WHERE name = ?',
    [table],
  );
  if (!entry) throw notAJournal(`the file has no ${table} table`);
  if (entry.type !== 'table' || /^\s*create\s+virtual\b/i.test(entry.sql ?? ''))
    throw notAJournal(`${table} is a ${entry.type}, not a plain table`);
  const columns = selectAll<{ name: string; hidden: number }>(
    db,
    'SELECT name, hidden FROM pragma_table_xinfo(?, ?)',
    [table, 'main'],
  );
  const generated = columns.find((column) => column.hidden !== 0);
  if (generated) throw notAJournal(`${table}.${generated.name} is a generated column`);
  const present = new Set(columns.map((column) => column.name));
  const read = known.filter((column) => present.has(column));
  if (read.length === 0) throw notAJournal(`${table} has none of the journal's columns`);
  return read;
}

/**
 * Opens a vault file someone else may have made, with its data key, and reads the
 * journal out of it as rows: decrypts, replays its log (SQL its maker chose: this runs
 * in a child process the caller can kill, see foreignVault.ts), checks the schema and
 * reads only the known tables, by explicit columns of the main schema (a temporary view
 * cannot shadow them). Wipes `dataKey`. The rows are still to be checked by the import.
 */
export async function readForeignVault(
  sodium: Sodium,
  bytes: Uint8Array,
  dataKey: Uint8Array,
): Promise<ForeignJournal> {
  let image: Uint8Array;
  let batches: readonly Uint8Array[];
  try {
    const vault = parseVault(bytes, (data) => sodium.hash(data));
    image = openSnapshot(sodium, vault, dataKey);
    batches = openLog(sodium, vault, dataKey).batches;
  } finally {
    sodium.wipe(dataKey);
  }
  const db = await openDatabase(image);
  image.fill(0);
  replay(db, batches);
  try {
    const known = await knownColumns();
    const tables: Record<string, Record<string, SqlValue>[]> = {};
    const readTable = (table: string) => {
      const columns = columnsToRead(db, table, known.get(table) ?? []);
      // Names from this app's own schema, never from the file.
      return selectAll<Record<string, SqlValue>>(
        db,
        `SELECT ${columns.map((column) => `"${column}"`).join(', ')} FROM main."${table}"`,
      );
    };
    for (const table of readTables) tables[table] = readTable(table);
    const history: Record<string, Record<string, SqlValue>[]> = {};
    for (const table of historyTables) {
      const present = selectAll(db, 'SELECT 1 AS found FROM main.sqlite_master WHERE name = ?', [
        table,
      ]);
      if (present.length > 0) history[table] = readTable(table);
    }
    const versions = (tables['schema_migrations'] ?? []).map((row) => row['version']);
    delete tables['schema_migrations'];
    const schemaVersion = Math.max(
      0,
      ...versions.filter((v): v is number => typeof v === 'number'),
    );
    return { schemaVersion, tables, history };
  } finally {
    db.close();
  }
}
