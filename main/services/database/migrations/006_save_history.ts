import type { Migration } from './migration.js';

/**
 * What the journal knows of its own history, so a file that is whole but older than what
 * this computer wrote (cut at a record boundary, or replaced by an older copy) can be told
 * from one another computer changed: docs/vault.md, "Saves that go missing".
 *
 * `journal_identity` holds one row, the journal's random id, made when the journal is
 * first opened by this version; `device_saves` holds, for each computer that has written
 * the journal, how many saves it made (a version vector) and when its last one was. Each
 * save advances its computer's row in the same log record, so the count and the rows it
 * counts are durable together.
 */
export const saveHistorySchema: Migration = {
  version: 6,
  name: 'save_history',
  statements: [
    `CREATE TABLE journal_identity (
      only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
      journal_id TEXT NOT NULL
    )`,
    `CREATE TABLE device_saves (
      device_id TEXT PRIMARY KEY,
      saves INTEGER NOT NULL CHECK (saves >= 0),
      last_saved_at TEXT NOT NULL
    )`,
  ],
};
