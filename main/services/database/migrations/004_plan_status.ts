import type { Migration } from './migration.js';

/**
 * Plan items say whether the ask happened. Until now saving an attempt for an item
 * marked it done, even with only the prediction saved or "didn't try" logged. An item
 * with an attempt now takes its status from it (`statusFromAttempt` in
 * shared/domain/practice/plans.ts): `begun` while only the "before" is saved, `done`
 * once the user asked, `not_tried` after "didn't try", and `planned` again when its
 * attempt was deleted.
 *
 * SQLite cannot change a CHECK constraint in place, so the table is rebuilt: create,
 * copy, drop, rename, then its indexes again. The copy spells out the rule in SQL, kept
 * here rather than shared so this migration never changes; a test holds the two in step.
 * No functions of the moment (`datetime('now')`): the log replays it identically.
 */
export const planStatusSchema: Migration = {
  version: 4,
  name: 'plan_status',
  statements: [
    `CREATE TABLE plan_items_v4 (
      id TEXT PRIMARY KEY,
      week TEXT NOT NULL,
      day TEXT NOT NULL,
      challenge_id TEXT NOT NULL,
      status TEXT NOT NULL
        CHECK (status IN ('planned', 'begun', 'done', 'not_tried', 'skipped', 'moved')),
      skip_reason TEXT,
      moved_to TEXT,
      attempt_id TEXT,
      nudge_trusted_person INTEGER NOT NULL CHECK (nudge_trusted_person IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
    // Only a done item had an attempt before; one whose attempt is gone is planned again.
    `INSERT INTO plan_items_v4 (id, week, day, challenge_id, status, skip_reason, moved_to,
       attempt_id, nudge_trusted_person, created_at, updated_at)
     SELECT id, week, day, challenge_id,
       CASE WHEN status = 'done' THEN coalesce(
         (SELECT CASE
            WHEN a.outcome IS NULL THEN 'begun'
            WHEN a.outcome = 'not_tried' THEN 'not_tried'
            ELSE 'done'
          END FROM attempts a WHERE a.id = plan_items.attempt_id),
         'planned')
       ELSE status END,
       skip_reason, moved_to, attempt_id, nudge_trusted_person, created_at, updated_at
     FROM plan_items`,
    'DROP TABLE plan_items',
    'ALTER TABLE plan_items_v4 RENAME TO plan_items',
    'CREATE INDEX plan_items_by_day ON plan_items (day)',
    'CREATE INDEX plan_items_by_challenge ON plan_items (challenge_id)',
    'CREATE INDEX plan_items_by_week ON plan_items (week, status)',
    // An attempt's write finds the item that follows it, and the rules ask whether an
    // attempt belongs to the plan.
    'CREATE INDEX plan_items_by_attempt ON plan_items (attempt_id)',
  ],
};
