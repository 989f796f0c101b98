import type { Database, Statement as PreparedStatement } from 'sql.js';

/** A value a statement may bind: the batch format allows strings, numbers and nulls. */
export type SqlValue = string | number | null;
export type Statement = readonly [sql: string, params: readonly SqlValue[]];
/** One operation's writes, applied in one transaction and stored as one log record. */
export type Batch = readonly Statement[];

/**
 * Read access: what repositories use for queries. `T` names the row shape the SELECT
 * produces; sql.js cannot check it, so repositories keep their queries and row types
 * side by side and test them together.
 */
/* eslint-disable @typescript-eslint/no-unnecessary-type-parameters -- see above */
export interface ReadDb {
  all<T extends object>(sql: string, params?: readonly SqlValue[]): T[];
  get<T extends object>(sql: string, params?: readonly SqlValue[]): T | undefined;
}
/* eslint-enable @typescript-eslint/no-unnecessary-type-parameters */

/** Inside a write: reads see the writes made so far in the same transaction. */
export interface WriteTx extends ReadDb {
  run(sql: string, params?: readonly SqlValue[]): void;
}

/**
 * Functions whose result differs from one run to the next. A batch is replayed by any
 * SQLite to rebuild the journal, so it must give the same rows every time: times, ids
 * and random values are parameters made by the app instead. Every date and time
 * function is refused, not only those given 'now': without arguments, or with a
 * modifier like 'localtime', they read the clock or the machine's time zone.
 */
const nondeterministic =
  /\b(random|randomblob|changes|total_changes|last_insert_rowid|date|time|datetime|julianday|strftime|unixepoch|timediff)\s*\(|\bcurrent_(date|time|timestamp)\b/i;

/** Refuses a statement that could replay differently; a programming error, not user input. */
export function assertDeterministic(sql: string): void {
  if (nondeterministic.test(sql)) {
    throw new Error(`Not replayable: ${sql.slice(0, 80)} uses a non-deterministic function`);
  }
}

export function assertBindable(params: readonly unknown[]): asserts params is readonly SqlValue[] {
  for (const value of params) {
    const ok =
      value === null ||
      typeof value === 'string' ||
      (typeof value === 'number' && Number.isFinite(value));
    if (!ok)
      throw new TypeError(
        `Cannot store ${typeof value} in a batch: use a string, a finite number or null`,
      );
  }
}

/** Runs a query and returns its rows as objects keyed by column name. */
export function selectAll<T extends object>(
  db: Database,
  sql: string,
  params: readonly SqlValue[] = [],
): T[] {
  const statement = db.prepare(sql);
  try {
    statement.bind([...params]);
    // Column names are read once: getAsObject() asks SQLite for them again on every row,
    // which costs more than the row's values on a long result.
    const columns = statement.getColumnNames();
    const rows: T[] = [];
    while (statement.step()) {
      const values = statement.get();
      const row: Record<string, unknown> = {};
      columns.forEach((column, index) => {
        row[column] = values[index];
      });
      rows.push(row as T);
    }
    return rows;
  } finally {
    statement.free();
  }
}

export function readDb(db: Database): ReadDb {
  return {
    all: (sql, params) => selectAll(db, sql, params),
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- see ReadDb
    get: <T extends object>(sql: string, params?: readonly SqlValue[]) =>
      selectAll<T>(db, sql, params)[0],
  };
}

export const encodeBatch = (batch: Batch): Uint8Array =>
  new TextEncoder().encode(JSON.stringify(batch));

/** Parses a stored batch; anything not of the documented shape is damage. */
export function decodeBatch(bytes: Uint8Array): Batch {
  const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  if (!Array.isArray(parsed)) throw new Error('A batch is an array');
  for (const entry of parsed) {
    if (
      !Array.isArray(entry) ||
      entry.length !== 2 ||
      typeof entry[0] !== 'string' ||
      !Array.isArray(entry[1])
    ) {
      throw new Error('A batch entry is [sql, params]');
    }
    assertBindable(entry[1] as unknown[]);
  }
  return parsed as Batch;
}

/** A batch of the log that did not apply, by its position (0-based). */
export class BatchFailure extends Error {
  override readonly name = 'BatchFailure';
  constructor(
    readonly index: number,
    options: ErrorOptions,
  ) {
    super(`batch ${index + 1} does not apply`, options);
  }
}

/**
 * Runs statements on `db`, preparing each distinct SQL text once: the journal's writes
 * repeat a few parameterised statements many times, and parsing one costs more than
 * binding it. The cache is bounded by the app's own SQL texts; `db.close()` frees it.
 */
export function statementRunner(db: Database): {
  run(sql: string, params: readonly SqlValue[]): void;
  free(): void;
} {
  const prepared = new Map<string, PreparedStatement>();
  return {
    run(sql, params) {
      let statement = prepared.get(sql);
      if (!statement) {
        statement = db.prepare(sql);
        prepared.set(sql, statement);
      }
      statement.run([...params]);
    },
    free() {
      for (const statement of prepared.values()) statement.free();
      prepared.clear();
    },
  };
}

/**
 * Replays the log's batches in order, in one transaction: on opening, one commit for
 * the whole log instead of one per record. Throws BatchFailure, with the database
 * rolled back to the snapshot, if one does not apply.
 */
export function applyBatches(db: Database, batches: readonly Uint8Array[]): void {
  if (batches.length === 0) return;
  const statements = statementRunner(db);
  db.exec('PRAGMA query_only = 0; BEGIN');
  try {
    for (const [index, bytes] of batches.entries()) {
      try {
        for (const [sql, params] of decodeBatch(bytes)) statements.run(sql, params);
      } catch (error) {
        db.exec('ROLLBACK');
        throw new BatchFailure(index, { cause: error });
      }
    }
    db.exec('COMMIT');
  } finally {
    statements.free();
    db.exec('PRAGMA query_only = 1');
  }
}
