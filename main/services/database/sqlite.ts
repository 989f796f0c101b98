import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';

let loaded: Promise<SqlJsStatic> | undefined;

/** Loads sql.js (SQLite in WebAssembly, with FTS4 and JSON1) once per process. */
export function loadSqlJs(): Promise<SqlJsStatic> {
  loaded ??= initSqlJs();
  return loaded;
}

/**
 * Opens an in-memory database from a SQLite image, or an empty one. The image is copied
 * first: sql.js keeps a reference to what it is given, and a Node Buffer's memory may be
 * pooled or reused.
 */
export async function openDatabase(image?: Uint8Array): Promise<Database> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(image ? new Uint8Array(image) : undefined);
  applyConnectionSettings(db);
  return db;
}

/**
 * Per-connection settings, applied on open and again after every `export()` (which
 * closes and reopens the connection). `query_only` makes the engine itself refuse any
 * write that does not go through the vault's write path, which lifts it briefly. The
 * rollback journal lives in memory: durability is the vault log's job, and a journal
 * file in sql.js's in-memory file system only costs copies.
 */
export function applyConnectionSettings(db: Database): void {
  db.exec(
    'PRAGMA foreign_keys = ON; PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA query_only = 1;',
  );
}
