import type { Migration } from './migration.js';

/**
 * The practice around the journal: the user's own challenges, ladders with the history
 * of their ratings, weekly plans, self-checks, and journal-private settings (the trusted
 * person). Built-in challenges are not stored: they ship with the app
 * (shared/domain/practice/challengeLibrary.ts) and are referred to by their permanent ids.
 *
 * Deleting a row deletes its dependants by trigger, as migration 1 does for tags: a plain
 * SQLite replaying the log has no PRAGMA foreign_keys. Deleting an attempt is a real
 * delete (undo writes it back), so `deleted_at` goes, with any row migration 1 had
 * marked deleted.
 */
export const practiceSchema: Migration = {
  version: 2,
  name: 'practice',
  statements: [
    `CREATE TABLE custom_challenges (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      description TEXT NOT NULL,
      category TEXT NOT NULL,
      difficulty INTEGER NOT NULL CHECK (difficulty BETWEEN 1 AND 10),
      boundary_notes TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
    `CREATE TABLE ladders (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      goal TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
    `CREATE TABLE ladder_rungs (
      id TEXT PRIMARY KEY,
      ladder_id TEXT NOT NULL REFERENCES ladders (id),
      challenge_id TEXT NOT NULL,
      position INTEGER NOT NULL
    )`,
    'CREATE INDEX ladder_rungs_by_ladder ON ladder_rungs (ladder_id, position)',
    'CREATE INDEX ladder_rungs_by_challenge ON ladder_rungs (challenge_id)',
    // Every rating is kept: re-rating a ladder over the weeks shows the fear shrinking.
    `CREATE TABLE rung_ratings (
      rung_id TEXT NOT NULL REFERENCES ladder_rungs (id),
      seq INTEGER NOT NULL,
      suds INTEGER NOT NULL CHECK (suds BETWEEN 0 AND 100),
      rated_on TEXT NOT NULL,
      PRIMARY KEY (rung_id, seq)
    )`,
    `CREATE TRIGGER ladder_rungs_follow_ladder BEFORE DELETE ON ladders BEGIN
      DELETE FROM ladder_rungs WHERE ladder_id = old.id;
    END`,
    `CREATE TRIGGER rung_ratings_follow_rung BEFORE DELETE ON ladder_rungs BEGIN
      DELETE FROM rung_ratings WHERE rung_id = old.id;
    END`,
    `CREATE TABLE plan_items (
      id TEXT PRIMARY KEY,
      week TEXT NOT NULL,
      day TEXT NOT NULL,
      challenge_id TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('planned', 'done', 'skipped', 'moved')),
      skip_reason TEXT,
      moved_to TEXT,
      attempt_id TEXT,
      nudge_trusted_person INTEGER NOT NULL CHECK (nudge_trusted_person IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
    'CREATE INDEX plan_items_by_day ON plan_items (day)',
    'CREATE INDEX plan_items_by_challenge ON plan_items (challenge_id)',
    `CREATE TABLE self_checks (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('onboarding', 'weekly')),
      taken_on TEXT NOT NULL,
      answers TEXT NOT NULL,
      created_at TEXT NOT NULL
    )`,
    'CREATE INDEX self_checks_by_day ON self_checks (kind, taken_on)',
    `CREATE TABLE journal_settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    )`,
    "ALTER TABLE attempts ADD COLUMN coping_note TEXT NOT NULL DEFAULT ''",
    'DELETE FROM attempts WHERE deleted_at IS NOT NULL',
    'ALTER TABLE attempts DROP COLUMN deleted_at',
    // Migration 1's index used FTS4's "simple" tokenizer, which folds only ASCII case:
    // "Über" could not be found as "über". unicode61 folds case and diacritics in every
    // script. Its triggers name the table, so they carry on with the new one.
    'DROP TABLE attempts_fts',
    `CREATE VIRTUAL TABLE attempts_fts USING fts4(
      content="attempts", request, feared_consequence, what_happened, learned, tokenize=unicode61
    )`,
    "INSERT INTO attempts_fts (attempts_fts) VALUES ('rebuild')",
    // The journal lists newest first, a page at a time.
    'CREATE INDEX attempts_by_time ON attempts (occurred_at, id)',
    // Habituation reads a challenge's repeats in order; the index holds all it needs, so
    // the rows (each with about 1.5 KB of reflection) are never read for it.
    'DROP INDEX attempts_by_challenge',
    `CREATE INDEX attempts_by_challenge ON attempts (challenge_id, occurred_on, occurred_at,
      outcome, peak_suds, category)`,
    'CREATE INDEX plan_items_by_week ON plan_items (week, status)',
    // Weekly summaries for the insights (main/services/practice/weekSummary.ts), so a chart
    // over years reads a row per week. `week` counts weeks from Monday 1900-01-01.
    `CREATE TABLE insight_weeks (
      week INTEGER PRIMARY KEY,
      attempts INTEGER NOT NULL,
      asked INTEGER NOT NULL,
      rejected INTEGER NOT NULL,
      predicted_no_sum INTEGER NOT NULL,
      before_median REAL,
      peak_median REAL,
      after_median REAL,
      peaked INTEGER NOT NULL,
      anticipated_peaked_sum INTEGER NOT NULL,
      peak_sum INTEGER NOT NULL,
      drop_sum INTEGER NOT NULL,
      difficulty_highest INTEGER,
      difficulty_count INTEGER NOT NULL,
      difficulty_sum INTEGER NOT NULL
    )`,
    `CREATE TABLE insight_week_categories (
      category TEXT NOT NULL,
      week INTEGER NOT NULL,
      asked INTEGER NOT NULL,
      rejected INTEGER NOT NULL,
      predicted_no_sum INTEGER NOT NULL,
      PRIMARY KEY (category, week)
    ) WITHOUT ROWID`,
  ],
  // The summaries are filled by the backfill of migration 5 (unrated ratings), which every
  // upgrade through this one also runs. A backfill runs today's code, which writes today's
  // columns: here, before migration 5 added some, it would fail on a journal with attempts.
};
