import { mkdtempSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../main/core.js';
import { maxImportBytes } from '../../../main/services/exports/dataService.js';
import {
  foreignVaultLimits,
  type ForeignVaultLimits,
} from '../../../main/services/vault/foreignVault.js';
import { maxVaultBytes } from '../../../main/services/vault/vaultFile.js';
import type { Result } from '../../../shared/ipc/result.js';
import { sourceForeignVault } from '../../support/foreignVault.js';
import { appendToLog } from '../../support/hostileVault.js';
import { madeAttempt } from '../../support/practiceFixture.js';
import { appCaller, value } from '../../support/routerJournal.js';
import { importFileName, importVaultName, testCorePorts } from '../../support/testCore.js';

const passphrase = 'a long enough passphrase';
/** A query that never ends: SQLite counts a recursive CTE without a bound forever. */
const endless = 'WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c) SELECT n FROM c';

let folder: string;
let core: Core;
afterEach(() => {
  core.stop();
  rmSync(folder, { recursive: true, force: true });
});

const call = <T = unknown>(channel: string, payload?: unknown) =>
  core.router(channel, payload, appCaller) as Promise<Result<T>>;

/**
 * An open journal with one attempt, and its encrypted backup put where the open dialog
 * picks a vault to import; foreign files open within `limits`.
 */
async function journalWithBackup(limits: ForeignVaultLimits = foreignVaultLimits): Promise<string> {
  folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-hostile-'));
  const ports = await testCorePorts(folder);
  core = createCore({
    ...ports,
    vault: { ...ports.vault, openForeign: sourceForeignVault(limits) },
  });
  const prepared = await core.vault.prepare(passphrase);
  const groups = prepared.recoveryKey.split('-');
  await core.vault.confirm(prepared.confirmGroups.map((position) => groups[position - 1] ?? ''));
  value(await call('attempts.create', { attempt: madeAttempt({}), planItemId: null }));
  const saved = value(await call<{ fileName: string }>('data.backup'));
  const backup = path.join(folder, importVaultName);
  renameSync(path.join(folder, saved.fileName), backup);
  return backup;
}

const listed = async () =>
  value(await call<{ items: unknown[] }>('attempts.list', { filter: {}, after: null })).items;

describe('a backup whose log was written to harm', () => {
  it('is stopped when it runs too long, while main goes on answering', async () => {
    const backup = await journalWithBackup({ ...foreignVaultLimits, timeMs: 3_000 });
    await appendToLog(backup, passphrase, [
      `CREATE VIEW endless AS ${endless}`,
      'CREATE TABLE counted AS SELECT count(*) AS n FROM endless',
    ]);
    let importDone = false;
    const importing = call('data.importBackup', { passphrase }).finally(() => {
      importDone = true;
    });
    // Main answers while the file is being opened elsewhere.
    expect(await listed()).toHaveLength(1);
    expect(importDone).toBe(false);
    expect(await importing).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_REQUEST',
        issues: [{ path: ['file'], problem: { kind: 'not_now', reason: 'file_too_slow' } }],
      },
    });
    expect(await listed()).toHaveLength(1);
  });

  it('is stopped when it uses too much memory', async () => {
    const backup = await journalWithBackup({ timeMs: 120_000, memoryBytes: 400 * 1024 * 1024 });
    await appendToLog(backup, passphrase, [
      `CREATE TABLE grown AS WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c)
       SELECT zeroblob(1000000) AS b FROM c`,
    ]);
    expect(await call('data.importBackup', { passphrase })).toMatchObject({
      ok: false,
      error: { issues: [{ problem: { kind: 'not_now', reason: 'file_too_demanding' } }] },
    });
  });

  it.each([
    [
      'a view under a known table’s name',
      [
        'DROP TABLE rung_ratings',
        `CREATE VIEW rung_ratings AS SELECT n AS rung_id, n AS seq, 1 AS suds, '2026-01-01' AS rated_on FROM (${endless})`,
      ],
    ],
    [
      // A generated column runs its expression on every read (no subquery is allowed in
      // one, but a user function or a costly expression is).
      'a generated column in a known table',
      [
        'DROP TABLE journal_settings',
        `CREATE TABLE journal_settings (key TEXT PRIMARY KEY, value TEXT GENERATED ALWAYS AS (upper(key)) VIRTUAL)`,
      ],
    ],
    [
      'a known table made virtual',
      [
        'DROP TABLE ladders',
        'CREATE VIRTUAL TABLE ladders USING fts4(id, title, goal, created_at, updated_at)',
      ],
    ],
  ])('is refused when it holds %s, and changes nothing', async (_name, statements) => {
    const backup = await journalWithBackup();
    await appendToLog(backup, passphrase, statements);
    expect(await call('data.importBackup', { passphrase })).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_REQUEST',
        issues: [{ path: ['file'], problem: { kind: 'not_now', reason: 'not_a_journal' } }],
      },
    });
    expect(await listed()).toHaveLength(1);
  });

  it('has what it adds beside the journal ignored: other tables, views, a temporary view over a known name', async () => {
    const backup = await journalWithBackup();
    await appendToLog(backup, passphrase, [
      'CREATE TABLE extra (x TEXT)',
      `CREATE VIEW extra_view AS ${endless}`,
      `CREATE TEMP VIEW attempts AS ${endless}`,
    ]);
    expect(value(await call('data.importBackup', { passphrase }))).toEqual({
      imported: true,
      summary: { added: 0, replaced: 0, keptLocal: 1, keptBoth: 0 },
    });
  });

  it('is refused row by row as a JSON import is', async () => {
    const backup = await journalWithBackup();
    await appendToLog(backup, passphrase, ["UPDATE attempts SET coping = 'not json'"]);
    expect(await call('data.importBackup', { passphrase })).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_REQUEST',
        issues: [{ path: ['file', 'tables', 'attempts', 0, 'coping'] }],
      },
    });
  });
});

describe('a file larger than any journal', () => {
  it('is refused before it is read: a backup over the bound', async () => {
    const backup = await journalWithBackup();
    // Sparse: as large as it says, without taking the disk.
    truncateSync(backup, maxVaultBytes + 1);
    expect(await call('data.importBackup', { passphrase })).toMatchObject({
      ok: false,
      error: { issues: [{ problem: { kind: 'not_now', reason: 'too_large_file' } }] },
    });
  });

  it('is refused before it is read: a JSON import over the bound', async () => {
    await journalWithBackup();
    const file = path.join(folder, importFileName);
    writeFileSync(file, '');
    truncateSync(file, maxImportBytes + 1);
    expect(await call('data.import')).toMatchObject({
      ok: false,
      error: { issues: [{ problem: { kind: 'not_now', reason: 'too_large_file' } }] },
    });
  });
});
