import { describe, expect, it } from 'vitest';
import { assertDeterministic } from '../../../../main/services/database/statements.js';

describe('statements a batch may hold', () => {
  it.each([
    "INSERT INTO t (a) VALUES (datetime('now'))",
    'INSERT INTO t (a) VALUES (datetime("now"))',
    'INSERT INTO t (a) VALUES (date())',
    "UPDATE t SET a = strftime('%s')",
    'UPDATE t SET a = unixepoch()',
    "UPDATE t SET a = date(?, 'localtime')",
    'INSERT INTO t (a) VALUES (random())',
    'INSERT INTO t (a) VALUES (randomblob(16))',
    'INSERT INTO t (a) VALUES (CURRENT_TIMESTAMP)',
    'INSERT INTO t (a) VALUES (last_insert_rowid())',
  ])('refuses %s: it could replay differently', (sql) => {
    expect(() => assertDeterministic(sql)).toThrow(/Not replayable/);
  });

  it.each([
    'INSERT INTO attempts (id, occurred_at, occurred_on) VALUES (?, ?, ?)',
    'UPDATE plan_items SET status = ?, updated_at = ? WHERE id = ?',
    'INSERT INTO rung_ratings (rung_id, seq) VALUES (?, (SELECT coalesce(max(seq) + 1, 0) FROM rung_ratings WHERE rung_id = ?))',
    'CREATE TABLE self_checks (taken_on TEXT NOT NULL, created_at TEXT NOT NULL)',
  ])('accepts %s', (sql) => {
    expect(() => assertDeterministic(sql)).not.toThrow();
  });
});
