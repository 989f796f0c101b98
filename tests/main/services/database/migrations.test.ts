import { describe, expect, it } from 'vitest';
import {
  applyMigrations,
  latestSchemaVersion,
  migrations,
  pendingMigrations,
  schemaVersion,
} from '../../../../main/services/database/migrations/index.js';
import { openDatabase } from '../../../../main/services/database/sqlite.js';
import { selectAll } from '../../../../main/services/database/statements.js';
import { outcomes, type Outcome } from '../../../../shared/domain/practice/attempts.js';
import { statusFromAttempt } from '../../../../shared/domain/practice/plans.js';
import type { Database } from 'sql.js';

/** Runs migrations up to `version` directly, as the first snapshot of a new vault does. */
async function databaseAt(version: number): Promise<Database> {
  const db = await openDatabase();
  db.exec('PRAGMA query_only = 0');
  applyMigrations(
    { all: () => [], get: () => undefined, run: (sql, params = []) => db.run(sql, [...params]) },
    migrations.slice(0, version),
    '2026-11-25T12:00:00Z',
  );
  return db;
}

const objects = (db: Database) =>
  selectAll<{ type: string; name: string }>(
    db,
    "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name",
  );

describe('migrations', () => {
  it('are numbered 1, 2, 3… with no gap, and the latest is what a new vault gets', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(
      migrations.map((_, index) => index + 1),
    );
    expect(latestSchemaVersion).toBe(migrations.length);
  });

  it('record each applied migration, and a migrated database has none pending', async () => {
    const db = await databaseAt(latestSchemaVersion);
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    expect(pendingMigrations(db)).toEqual([]);
  });

  it('refuse a database from a newer app instead of touching it', async () => {
    const db = await databaseAt(latestSchemaVersion);
    db.exec('PRAGMA query_only = 0');
    db.run(
      "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'from the future', 'x')",
      [latestSchemaVersion + 1],
    );
    expect(() => pendingMigrations(db)).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_VERSION' }) as Error,
    );
  });

  describe('1: journal', () => {
    it('from an empty database, makes attempts, tags, the full-text index and its triggers', async () => {
      const before = await databaseAt(0);
      expect(schemaVersion(before)).toBe(0);
      expect(pendingMigrations(before).map((migration) => migration.version)).toEqual(
        migrations.map((migration) => migration.version),
      );

      const db = await databaseAt(1);
      const names = objects(db).map((object) => `${object.type}:${object.name}`);
      for (const expected of [
        'table:attempts',
        'table:attempt_tags',
        'table:attempts_fts',
        'table:schema_migrations',
        'trigger:attempt_tags_follow_attempt',
      ]) {
        expect(names).toContain(expected);
      }
    });

    it('keeps the search index and the tags in step with attempts, without PRAGMA foreign_keys', async () => {
      const db = await databaseAt(1);
      db.exec('PRAGMA query_only = 0; PRAGMA foreign_keys = OFF');
      db.run(
        "INSERT INTO attempts (id, request, occurred_at, occurred_on, what_happened, created_at, updated_at) VALUES ('a', 'Ask for a refill', 't', 'd', 'they laughed kindly', 'c', 'u')",
      );
      db.run("INSERT INTO attempt_tags (attempt_id, tag) VALUES ('a', 'café')");
      const search = (word: string) =>
        selectAll(db, 'SELECT docid FROM attempts_fts WHERE attempts_fts MATCH ?', [word]).length;
      expect(search('laughed')).toBe(1);
      db.run("UPDATE attempts SET what_happened = 'they smiled' WHERE id = 'a'");
      expect([search('laughed'), search('smiled')]).toEqual([0, 1]);
      db.run("DELETE FROM attempts WHERE id = 'a'");
      expect([search('smiled'), selectAll(db, 'SELECT * FROM attempt_tags').length]).toEqual([
        0, 0,
      ]);
    });

    it('refuses values outside the practice’s scales', async () => {
      const db = await databaseAt(1);
      db.exec('PRAGMA query_only = 0');
      const insert = (column: string, value: number | string) => () =>
        db.run(
          `INSERT INTO attempts (id, request, occurred_at, occurred_on, created_at, updated_at, ${column}) VALUES ('x', 'r', 't', 'd', 'c', 'u', ?)`,
          [value],
        );
      expect(insert('peak_suds', 101)).toThrow(/CHECK/);
      expect(insert('difficulty', 0)).toThrow(/CHECK/);
      expect(insert('outcome', 'ignored')).toThrow(/CHECK/);
    });
  });

  describe('2: practice', () => {
    it('keeps a journal from migration 1, dropping deleted_at and adding the coping note', async () => {
      const db = await databaseAt(1);
      db.exec('PRAGMA query_only = 0');
      db.run(
        "INSERT INTO attempts (id, request, occurred_at, occurred_on, what_happened, created_at, updated_at) VALUES ('a', 'Ask for a refill', '2026-11-25T10:00', '2026-11-25', 'they laughed kindly', 'c', 'u')",
      );
      applyMigrations(
        {
          all: () => [],
          get: () => undefined,
          run: (sql, params = []) => db.run(sql, [...params]),
        },
        pendingMigrations(db).slice(0, 1),
        '2026-11-26T12:00:00Z',
      );
      expect(schemaVersion(db)).toBe(2);
      const columns = selectAll<{ name: string }>(db, 'PRAGMA table_info(attempts)').map(
        (column) => column.name,
      );
      expect(columns).toContain('coping_note');
      expect(columns).not.toContain('deleted_at');
      expect(selectAll(db, 'SELECT id, coping_note FROM attempts')).toEqual([
        { id: 'a', coping_note: '' },
      ]);
      expect(
        selectAll(db, "SELECT docid FROM attempts_fts WHERE attempts_fts MATCH 'laughed'"),
      ).toHaveLength(1);
    });

    it('deletes a ladder’s rungs and their ratings with it, without PRAGMA foreign_keys', async () => {
      const db = await databaseAt(2);
      db.exec('PRAGMA query_only = 0; PRAGMA foreign_keys = OFF');
      db.run("INSERT INTO ladders VALUES ('l', 'Cafés', '', 'c', 'u')");
      db.run("INSERT INTO ladder_rungs VALUES ('r', 'l', 'lib.ask-the-time', 0)");
      db.run("INSERT INTO rung_ratings VALUES ('r', 0, 40, '2026-11-25')");
      db.run("DELETE FROM ladders WHERE id = 'l'");
      expect(selectAll(db, 'SELECT * FROM ladder_rungs')).toEqual([]);
      expect(selectAll(db, 'SELECT * FROM rung_ratings')).toEqual([]);
    });

    it('refuses statuses, SUDS and difficulties outside their scales', async () => {
      const db = await databaseAt(2);
      db.exec('PRAGMA query_only = 0');
      expect(() =>
        db.run(
          "INSERT INTO plan_items VALUES ('p', '2026-W48', '2026-11-25', 'lib.x', 'maybe', NULL, NULL, NULL, 0, 'c', 'u')",
        ),
      ).toThrow(/CHECK/);
      expect(() => db.run("INSERT INTO rung_ratings VALUES ('r', 0, 101, '2026-11-25')")).toThrow(
        /CHECK/,
      );
      expect(() =>
        db.run("INSERT INTO custom_challenges VALUES ('c', 't', '', 'social', 11, '', 'c', 'u')"),
      ).toThrow(/CHECK/);
    });
  });

  describe('3: drafts', () => {
    it('keeps a journal from migration 2 and adds an empty drafts table', async () => {
      const db = await databaseAt(2);
      db.exec('PRAGMA query_only = 0');
      db.run(
        "INSERT INTO attempts (id, request, occurred_at, occurred_on, created_at, updated_at) VALUES ('a', 'Ask for a refill', '2026-11-25T10:00', '2026-11-25', 'c', 'u')",
      );
      applyMigrations(
        {
          all: () => [],
          get: () => undefined,
          run: (sql, params = []) => db.run(sql, [...params]),
        },
        pendingMigrations(db).slice(0, 1),
        '2026-11-27T12:00:00Z',
      );
      expect(schemaVersion(db)).toBe(3);
      expect(selectAll(db, 'SELECT id FROM attempts')).toEqual([{ id: 'a' }]);
      expect(selectAll(db, 'SELECT * FROM drafts')).toEqual([]);
    });

    it('deletes an edit’s draft with its attempt, without PRAGMA foreign_keys, and keeps the others', async () => {
      const db = await databaseAt(3);
      db.exec('PRAGMA query_only = 0; PRAGMA foreign_keys = OFF');
      db.run(
        "INSERT INTO attempts (id, request, occurred_at, occurred_on, created_at, updated_at) VALUES ('a', 'r', 't', 'd', 'c', 'u')",
      );
      db.run("INSERT INTO drafts VALUES ('a', '{}', 's'), ('new', '{}', 's'), ('b', '{}', 's')");
      db.run("DELETE FROM attempts WHERE id = 'a'");
      expect(selectAll(db, 'SELECT key FROM drafts ORDER BY key')).toEqual([
        { key: 'b' },
        { key: 'new' },
      ]);
    });
  });

  describe('4: plan status', () => {
    /** A done item of version 3 for each thing its attempt can say, and for none at all. */
    const doneItems: readonly { id: string; outcome: Outcome | null | 'deleted' }[] = [
      { id: 'begun', outcome: null },
      ...outcomes.map((outcome) => ({ id: outcome, outcome })),
      { id: 'deleted', outcome: 'deleted' },
    ];

    async function version3WithPlan(): Promise<Database> {
      const db = await databaseAt(3);
      db.exec('PRAGMA query_only = 0');
      for (const { id, outcome } of doneItems) {
        if (outcome !== 'deleted')
          db.run(
            `INSERT INTO attempts (id, request, occurred_at, occurred_on, outcome, created_at,
               updated_at) VALUES (?, 'r', '2026-11-23T10:00', '2026-11-23', ?, 'c', 'u')`,
            [`attempt-${id}`, outcome],
          );
        db.run(
          "INSERT INTO plan_items VALUES (?, '2026-W48', '2026-11-23', 'lib.ask-the-time', 'done', NULL, NULL, ?, 1, 'c', ?)",
          [`item-${id}`, `attempt-${id}`, `updated-${id}`],
        );
      }
      db.run(
        `INSERT INTO plan_items VALUES
          ('item-planned', '2026-W48', '2026-11-24', 'lib.ask-the-time', 'planned', NULL, NULL, NULL, 0, 'c', 'u'),
          ('item-skipped', '2026-W48', '2026-11-24', 'lib.ask-the-time', 'skipped', 'Tired', NULL, NULL, 0, 'c', 'u'),
          ('item-moved', '2026-W48', '2026-11-24', 'lib.ask-the-time', 'moved', NULL, '2026-11-26', NULL, 0, 'c', 'u')`,
      );
      return db;
    }

    const upgrade = (db: Database) =>
      applyMigrations(
        {
          all: () => [],
          get: () => undefined,
          run: (sql, params = []) => db.run(sql, [...params]),
        },
        pendingMigrations(db).slice(0, 1),
        '2026-11-28T12:00:00Z',
      );

    it('gives each done item the status its attempt says, by the rule the app uses', async () => {
      const db = await version3WithPlan();
      const before = selectAll<{ id: string; status: string }>(
        db,
        'SELECT * FROM plan_items ORDER BY id',
      );
      upgrade(db);
      expect(schemaVersion(db)).toBe(4);

      const expected = new Map<string, unknown>(
        doneItems.map(({ id, outcome }) => [
          `item-${id}`,
          statusFromAttempt(outcome === 'deleted' ? null : { after: outcome && { outcome } }),
        ]),
      );
      expect(selectAll(db, 'SELECT * FROM plan_items ORDER BY id')).toEqual(
        before.map((row) => ({ ...row, status: expected.get(row.id) ?? row.status })),
      );
      // Spelled out, so a change to the rule is seen here too.
      expect(Object.fromEntries(expected)).toEqual({
        'item-begun': 'begun',
        'item-rejected': 'done',
        'item-accepted': 'done',
        'item-partly': 'done',
        'item-not_tried': 'not_tried',
        'item-deleted': 'planned',
      });
    });

    it('rebuilds the table with its indexes, taking the new statuses and refusing others', async () => {
      const db = await version3WithPlan();
      upgrade(db);
      expect(
        objects(db)
          .filter((object) => object.name.startsWith('plan_items'))
          .map((object) => `${object.type}:${object.name}`),
      ).toEqual([
        'table:plan_items',
        'index:plan_items_by_attempt',
        'index:plan_items_by_challenge',
        'index:plan_items_by_day',
        'index:plan_items_by_week',
      ]);
      for (const status of ['begun', 'not_tried'])
        db.run(
          "INSERT INTO plan_items VALUES (?, '2026-W48', '2026-11-25', 'lib.x', ?, NULL, NULL, 'a', 0, 'c', 'u')",
          [`new-${status}`, status],
        );
      expect(() =>
        db.run(
          "INSERT INTO plan_items VALUES ('p', '2026-W48', '2026-11-25', 'lib.x', 'maybe', NULL, NULL, NULL, 0, 'c', 'u')",
        ),
      ).toThrow(/CHECK/);
    });
  });

  describe('5: unrated ratings', () => {
    it('keeps a journal from migration 4, counting the ratings each weekly sum holds', async () => {
      const db = await databaseAt(4);
      db.exec('PRAGMA query_only = 0');
      // Two asks in W48: one rated, one saved with no rating touched.
      db.run(
        `INSERT INTO attempts (id, request, category, occurred_at, occurred_on, anticipated_suds,
           predicted_no_percent, peak_suds, after_suds, outcome, surprise, created_at, updated_at)
         VALUES ('a', 'Ask for a refill', 'food_and_shops', '2026-11-24T10:00', '2026-11-24', 60, 80, 40, 10, 'rejected', 6, 'c', 'u'),
                ('b', 'Ask for the time', 'food_and_shops', '2026-11-25T10:00', '2026-11-25', NULL, NULL, NULL, NULL, 'rejected', NULL, 'c', 'u')`,
      );
      applyMigrations(
        {
          all: (sql, params) => selectAll(db, sql, params),
          get: () => undefined,
          run: (sql, params = []) => db.run(sql, [...params]),
        },
        pendingMigrations(db).slice(0, 1),
        '2026-11-28T12:00:00Z',
      );
      expect(schemaVersion(db)).toBe(5);
      expect(
        selectAll(
          db,
          `SELECT asked, predicted_no_sum, predicted_no_count, peak_median, peak_count, peaked,
             drop_sum, drop_count FROM insight_weeks`,
        ),
      ).toEqual([
        {
          asked: 2,
          predicted_no_sum: 80,
          predicted_no_count: 1,
          peak_median: 40,
          peak_count: 1,
          peaked: 1,
          drop_sum: 30,
          drop_count: 1,
        },
      ]);
      expect(
        selectAll(
          db,
          'SELECT category, asked, predicted_no_sum, predicted_no_count FROM insight_week_categories',
        ),
      ).toEqual([
        { category: 'food_and_shops', asked: 2, predicted_no_sum: 80, predicted_no_count: 1 },
      ]);
      expect(
        selectAll(db, "SELECT anticipated_suds, peak_suds FROM attempts WHERE id = 'b'"),
      ).toEqual([{ anticipated_suds: null, peak_suds: null }]);
    });
  });
});
