import type { Migration } from './migration.js';

/**
 * Autosaved drafts of the attempt form, so words typed and not yet saved survive leaving
 * the screen, a lock or a crash. They live in the journal, encrypted like everything the
 * user writes: never in the renderer's storage or a file of their own.
 *
 * `key` is 'new' for the one draft of a new attempt, or the id of the attempt being
 * edited. `draft` is the form's state as JSON (`draftSchema` in
 * shared/domain/practice/drafts.ts), read back through that schema: a draft a later
 * version cannot read is dropped, not trusted.
 */
export const draftsSchema: Migration = {
  version: 3,
  name: 'drafts',
  statements: [
    `CREATE TABLE drafts (
      key TEXT PRIMARY KEY,
      draft TEXT NOT NULL,
      saved_at TEXT NOT NULL
    )`,
    // An edit's draft goes with its attempt, by trigger as in migrations 1 and 2: a plain
    // SQLite replaying the log has no PRAGMA foreign_keys.
    `CREATE TRIGGER drafts_follow_attempt BEFORE DELETE ON attempts BEGIN
      DELETE FROM drafts WHERE key = old.id;
    END`,
  ],
};
