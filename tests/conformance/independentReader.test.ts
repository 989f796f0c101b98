import { appendFileSync, readFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataService } from '../../main/services/exports/dataService.js';
import type { VaultService } from '../../main/services/vault/vaultService.js';
import { insertAttempt as saveAttempt } from '../../main/services/practice/attemptRepository.js';
import type { AttemptInput } from '../../shared/domain/practice/attempts.js';
import { readIndependently } from '../support/independentReader.js';
import { madeAttempt, unratedAttempt } from '../support/practiceFixture.js';
import { testUserFiles } from '../support/userFiles.js';
import { insertAttempt, vaultFixture, type VaultFixture } from '../support/vaultFixture.js';
import { pinnedFormat } from '../support/pinnedFormat.js';

/** The journal's tables as any SQLite sees them, from a plain database file. */
async function tablesOf(file: string) {
  const SQL = await initSqlJs();
  const db = new SQL.Database(new Uint8Array(readFileSync(file)));
  const rows = (sql: string) => db.exec(sql)[0]?.values ?? [];
  const tables = {
    attempts: rows('SELECT id, what_happened, learned FROM attempts ORDER BY id'),
    tags: rows('SELECT attempt_id, tag FROM attempt_tags ORDER BY 1, 2'),
    search: rows("SELECT docid FROM attempts_fts WHERE attempts_fts MATCH 'refill' ORDER BY docid"),
    integrity: rows('PRAGMA integrity_check'),
  };
  db.close();
  return tables;
}

const appView = (vault: VaultService) => ({
  attempts: vault.read
    .all('SELECT id, what_happened, learned FROM attempts ORDER BY id')
    .map(Object.values),
  tags: vault.read.all('SELECT attempt_id, tag FROM attempt_tags ORDER BY 1, 2').map(Object.values),
  search: vault.read
    .all("SELECT docid FROM attempts_fts WHERE attempts_fts MATCH 'refill' ORDER BY docid")
    .map(Object.values),
  integrity: [['ok']],
});

/** Rows of a plain database file, as arrays of values, for a query both sides run. */
async function rowsOf(file: string, sql: string) {
  const SQL = await initSqlJs();
  const db = new SQL.Database(new Uint8Array(readFileSync(file)));
  const rows = db.exec(sql)[0]?.values ?? [];
  db.close();
  return rows;
}

const stored = (input: AttemptInput, id: string) => ({
  ...input,
  id,
  createdAt: '2026-11-25T12:00:00.000Z',
  updatedAt: '2026-11-25T12:00:00.000Z',
});

let fixture: VaultFixture;
beforeEach(async () => {
  fixture = await vaultFixture();
});
afterEach(() => fixture.cleanup());

describe('an independent reader (Python + PyNaCl + SQLite), written from the format alone', () => {
  it('reads the snapshot and replays the log to the same tables the app sees', async () => {
    const { vault } = await fixture.create('Café passphrase');
    await insertAttempt(vault, 'r1', 'asked for a refill, got one');
    await vault.compact();
    await insertAttempt(vault, 'r2', 'refill refused, and that was fine');
    await insertAttempt(vault, 'r3', 'refill asked and then deleted');
    await vault.write((tx) => {
      tx.run('INSERT INTO attempt_tags (attempt_id, tag) VALUES (?, ?)', ['r2', 'café']);
      tx.run('INSERT INTO attempt_tags (attempt_id, tag) VALUES (?, ?)', ['r3', 'gone']);
      tx.run('UPDATE attempts SET learned = ? WHERE id = ?', ['nothing bad happened 🙂', 'r1']);
    });
    // A delete replays the same in a SQLite without PRAGMA foreign_keys: the tags go too.
    await vault.write((tx) => tx.run('DELETE FROM attempts WHERE id = ?', ['r3']));
    const expected = appView(vault);

    const read = readIndependently(fixture.vaultPath, {
      ASK_ANYWAY_PASSPHRASE: 'Cafe\u0301 passphrase',
    });
    expect(read).toMatchObject({ records: 4, dropped_tail: false });
    expect(await tablesOf(read.out)).toEqual(expected);
  });

  it('replays a rating left unrated as NULL, and the weekly counts that leave it out', async () => {
    const { vault } = await fixture.create('Café passphrase');
    await vault.write((tx) => {
      saveAttempt(
        tx,
        stored(madeAttempt({ on: '2026-11-24' }), '00000000-0000-4000-8000-000000000001'),
      );
      saveAttempt(tx, stored(unratedAttempt('2026-11-25'), '00000000-0000-4000-8000-000000000002'));
    });
    const read = readIndependently(fixture.vaultPath, {
      ASK_ANYWAY_PASSPHRASE: 'Cafe\u0301 passphrase',
    });
    expect(read).toMatchObject({ records: 1, dropped_tail: false });
    const ratings = `SELECT id, anticipated_suds, predicted_no_percent, peak_suds, after_suds, surprise
      FROM attempts ORDER BY id`;
    const summaries = 'SELECT * FROM insight_weeks ORDER BY week';
    for (const sql of [ratings, summaries])
      expect(await rowsOf(read.out, sql)).toEqual(vault.read.all(sql).map(Object.values));
    expect((await rowsOf(read.out, ratings))[1]).toEqual([
      '00000000-0000-4000-8000-000000000002',
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('opens with the recovery key as typed, and ignores a torn last record', async () => {
    const { vault, recoveryKey } = await fixture.create('pass');
    await insertAttempt(vault, 'k1');
    const expected = appView(vault);
    appendFileSync(fixture.vaultPath, Buffer.from([0x40, 0, 0, 0, 1, 2, 3]));

    const typed = recoveryKey.toLowerCase().replace(/(.{4})/g, '$1 ');
    const read = readIndependently(fixture.vaultPath, { ASK_ANYWAY_RECOVERY_KEY: typed });
    expect(read).toMatchObject({ records: 1, dropped_tail: true });
    expect(await tablesOf(read.out)).toEqual(expected);
  });

  it('opens an encrypted backup the app saved elsewhere (Settings → Your data)', async () => {
    const { vault } = await fixture.create('pass');
    await insertAttempt(vault, 'b1', 'a refill, kindly refused');
    await insertAttempt(vault, 'b2');
    const backup = `${fixture.vaultPath}.copy.askanyway`;
    const data = new DataService({
      journal: vault,
      format: pinnedFormat,
      vault: {
        path: fixture.vaultPath,
        compact: () => vault.compact(),
        readForeignJournal: () => Promise.reject(new Error('not used')),
        mergeChangedFile: () => Promise.reject(new Error('not used')),
        keepBothVersions: () => Promise.reject(new Error('not used')),
        otherVersions: () => Promise.reject(new Error('not used')),
      },
      now: () => new Date(),
      chooseSavePath: () => Promise.resolve(backup),
      chooseOpenPath: () => Promise.resolve(null),
      userFiles: testUserFiles(fixture.vaultPath),
    });
    await expect(data.saveEncryptedBackup()).resolves.toMatchObject({ saved: true });

    const read = readIndependently(backup, { ASK_ANYWAY_PASSPHRASE: 'pass' });
    expect(read).toMatchObject({ records: 0, dropped_tail: false });
    expect(await tablesOf(read.out)).toEqual(appView(vault));
  });

  it('agrees on a wrong passphrase', async () => {
    await fixture.create('pass');
    expect(readIndependently(fixture.vaultPath, { ASK_ANYWAY_PASSPHRASE: 'nope' }).error).toBe(
      'WRONG_PASSPHRASE',
    );
  });
});
