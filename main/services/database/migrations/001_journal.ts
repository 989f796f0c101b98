import type { Migration } from './migration.js';

/**
 * The journal's first schema: migration bookkeeping and attempts (the journal entries)
 * with their tags and a full-text index over the words the user wrote.
 *
 * Ids are UUIDs made by the app and times are ISO-8601 strings it passes in, so every
 * write replays identically (docs/vault-format.md). `occurred_on` is the local calendar
 * date, kept beside the instant so weekly grouping never shifts with the time zone.
 */
export const journalSchema: Migration = {
  version: 1,
  name: 'journal',
  statements: [
    `CREATE TABLE schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )`,
    `CREATE TABLE attempts (
      id TEXT PRIMARY KEY,
      challenge_id TEXT,
      request TEXT NOT NULL,
      category TEXT,
      difficulty INTEGER CHECK (difficulty BETWEEN 1 AND 10),
      occurred_at TEXT NOT NULL,
      occurred_on TEXT NOT NULL,
      anticipated_suds INTEGER CHECK (anticipated_suds BETWEEN 0 AND 100),
      predicted_no_percent INTEGER CHECK (predicted_no_percent BETWEEN 0 AND 100),
      feared_consequence TEXT NOT NULL DEFAULT '',
      safety_behaviours_dropped TEXT NOT NULL DEFAULT '[]',
      peak_suds INTEGER CHECK (peak_suds BETWEEN 0 AND 100),
      after_suds INTEGER CHECK (after_suds BETWEEN 0 AND 100),
      outcome TEXT CHECK (outcome IN ('rejected', 'accepted', 'partly', 'not_tried')),
      what_happened TEXT NOT NULL DEFAULT '',
      surprise INTEGER CHECK (surprise BETWEEN 0 AND 10),
      learned TEXT NOT NULL DEFAULT '',
      coping TEXT NOT NULL DEFAULT '[]',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    )`,
    'CREATE INDEX attempts_by_day ON attempts (occurred_on)',
    'CREATE INDEX attempts_by_challenge ON attempts (challenge_id)',
    `CREATE TABLE attempt_tags (
      attempt_id TEXT NOT NULL REFERENCES attempts (id),
      tag TEXT NOT NULL,
      PRIMARY KEY (attempt_id, tag)
    )`,
    'CREATE INDEX attempt_tags_by_tag ON attempt_tags (tag)',
    // A trigger, not ON DELETE CASCADE: cascades depend on PRAGMA foreign_keys, which an
    // independent reader replaying the log with a plain SQLite will not have switched on.
    `CREATE TRIGGER attempt_tags_follow_attempt BEFORE DELETE ON attempts BEGIN
      DELETE FROM attempt_tags WHERE attempt_id = old.id;
    END`,
    // External-content FTS4 over attempts, kept in step by triggers (sql.js has no FTS5).
    `CREATE VIRTUAL TABLE attempts_fts USING fts4(
      content="attempts", request, feared_consequence, what_happened, learned
    )`,
    `CREATE TRIGGER attempts_fts_before_update BEFORE UPDATE ON attempts BEGIN
      DELETE FROM attempts_fts WHERE docid = old.rowid;
    END`,
    `CREATE TRIGGER attempts_fts_before_delete BEFORE DELETE ON attempts BEGIN
      DELETE FROM attempts_fts WHERE docid = old.rowid;
    END`,
    `CREATE TRIGGER attempts_fts_after_update AFTER UPDATE ON attempts BEGIN
      INSERT INTO attempts_fts (docid, request, feared_consequence, what_happened, learned)
      VALUES (new.rowid, new.request, new.feared_consequence, new.what_happened, new.learned);
    END`,
    `CREATE TRIGGER attempts_fts_after_insert AFTER INSERT ON attempts BEGIN
      INSERT INTO attempts_fts (docid, request, feared_consequence, what_happened, learned)
      VALUES (new.rowid, new.request, new.feared_consequence, new.what_happened, new.learned);
    END`,
  ],
};
