import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../main/core.js';
import type { Caller } from '../../../main/ipc/router.js';
import type { ChooseOpenPath, ChooseSavePath } from '../../../main/services/userFiles.js';
import { recoveryKeyGroups } from '../../../main/services/vault/recoveryKey.js';
import type { Result } from '../../../shared/ipc/result.js';
import { madeAttempt } from '../../support/practiceFixture.js';
import { openVaultFile, testCorePorts } from '../../support/testCore.js';

const app: Caller = { url: 'app://ask-anyway/index.html', isMainFrame: true };

let folder: string;
let saveAnswer: string | null;
let openAnswer: string | null;
let core: Core;
beforeEach(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-data-'));
  const chooseSavePath: ChooseSavePath = () => Promise.resolve(saveAnswer);
  const chooseOpenPath: ChooseOpenPath = () => Promise.resolve(openAnswer);
  core = createCore(await testCorePorts(folder, { chooseSavePath, chooseOpenPath }));
});
afterEach(() => {
  core.stop();
  rmSync(folder, { recursive: true, force: true });
});

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};
const call = (channel: string, payload?: unknown) => core.router(channel, payload, app);

const passphrase = 'a long enough passphrase';

/** An open journal with one attempt, created through the router. */
async function openJournal(): Promise<void> {
  const prepared = value(
    (await call('vault.prepare', { passphrase, confirmation: passphrase })) as Result<{
      recoveryKey: string;
      confirmGroups: number[];
    }>,
  );
  const groups = recoveryKeyGroups(prepared.recoveryKey.replace(/-/g, ''));
  value(
    await call('vault.confirm', {
      answers: prepared.confirmGroups.map((position) => (groups[position - 1] ?? '').toLowerCase()),
    }),
  );
  value(
    await call('attempts.create', {
      attempt: madeAttempt({ whatHappened: 'A kind no.' }),
      planItemId: null,
    }),
  );
}

describe('data.export', () => {
  beforeEach(openJournal);

  it('writes nothing when the user cancels', async () => {
    saveAnswer = null;
    expect(value(await call('data.export', { format: 'json' }))).toEqual({ saved: false });
    expect(readdirSync(folder).filter((name) => !name.startsWith('journal'))).toEqual([]);
  });

  it.each([
    [
      'json',
      'export.json',
      (text: string) => expect(JSON.parse(text)).toMatchObject({ format: 'ask-anyway-journal' }),
    ],
    [
      'markdown',
      'export.md',
      (text: string) => expect(text).toContain('**What happened:** A kind no.'),
    ],
  ] as const)(
    'writes %s where the user chose, readable by its owner only',
    async (format, name, check) => {
      saveAnswer = path.join(folder, name);
      expect(value(await call('data.export', { format }))).toEqual({ saved: true, fileName: name });
      check(readFileSync(saveAnswer, 'utf8'));
      expect(statSync(saveAnswer).mode & 0o777).toBe(0o600);
    },
  );

  it('writes CSV as a folder of one file per table', async () => {
    saveAnswer = path.join(folder, 'export');
    expect(value(await call('data.export', { format: 'csv' }))).toEqual({
      saved: true,
      fileName: 'export',
    });
    expect(readdirSync(saveAnswer)).toContain('attempts.csv');
    expect(statSync(saveAnswer).mode & 0o777).toBe(0o700);
  });

  it('refuses a format it does not know, and any path from the page', async () => {
    for (const payload of [{ format: 'pdf' }, { format: 'json', path: '/etc/passwd' }]) {
      const result = await call('data.export', payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
  });
});

/**
 * Opens the journal, exports it as JSON, and makes the file the open dialog answers with:
 * that export with one more attempt, a copy of the first with `changes`.
 */
async function importFileWithAnotherAttempt(changes: Record<string, unknown>): Promise<void> {
  await openJournal();
  saveAnswer = path.join(folder, 'export.json');
  value(await call('data.export', { format: 'json' }));
  const file = JSON.parse(readFileSync(saveAnswer, 'utf8')) as {
    tables: Record<string, Record<string, unknown>[]>;
  };
  const [attempt] = file.tables['attempts'] ?? [];
  file.tables['attempts']?.push({
    ...attempt,
    id: '00000000-0000-4000-8000-0000000000aa',
    ...changes,
  });
  openAnswer = path.join(folder, 'to-import.json');
  writeFileSync(openAnswer, JSON.stringify(file));
}

describe('data.import', () => {
  it('merges a JSON export the user picks into the open journal', async () => {
    await importFileWithAnotherAttempt({ request: 'From my other computer' });

    expect(value(await call('data.import'))).toEqual({
      imported: true,
      summary: { added: 1, replaced: 0, keptLocal: 1, keptBoth: 0 },
    });
    const page = value(await call('attempts.list', { filter: {}, after: null })) as {
      items: { request: string }[];
    };
    expect(page.items.map((item) => item.request).sort()).toEqual([
      'Ask for a refill',
      'From my other computer',
    ]);
  });

  it.each([
    ['coping that is not JSON', 'coping', 'not json'],
    ['an occurred_at that is not a time', 'occurred_at', 'garbage'],
    ['a rating out of range', 'peak_suds', 101],
    ['an id that is not an id', 'id', 'x'],
  ])(
    'refuses a row with %s, naming the row and the field, and changes nothing',
    async (_name, column, bad) => {
      await importFileWithAnotherAttempt({ [column]: bad });

      const refused = await call('data.import');
      expect(refused).toMatchObject({
        ok: false,
        error: {
          code: 'INVALID_REQUEST',
          issues: [{ path: ['file', 'tables', 'attempts', 1, column] }],
        },
      });
      // The journal reads, opens and deletes its entries as before: nothing was written.
      const page = value(await call('attempts.list', { filter: {}, after: null })) as {
        items: { id: string }[];
      };
      expect(page.items).toHaveLength(1);
      const id = page.items[0]?.id;
      value(await call('attempts.get', { id }));
      value(await call('attempts.delete', { id }));
      value(await call('data.export', { format: 'markdown' }));
    },
  );

  it('answers a cancelled dialog with "not imported", and a locked journal with VAULT_LOCKED', async () => {
    openAnswer = null;
    await openJournal();
    expect(value(await call('data.import'))).toEqual({ imported: false });
    await core.vault.lock('manual');
    openAnswer = path.join(folder, 'anything.json');
    writeFileSync(openAnswer, '{}');
    expect(await call('data.import')).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
  });
});

describe('encrypted backups', () => {
  it('saves the vault, compacted, where the user chose: the same passphrase opens the copy', async () => {
    await openJournal();
    saveAnswer = path.join(folder, 'copy.askanyway');
    expect(value(await call('data.backup'))).toEqual({ saved: true, fileName: 'copy.askanyway' });
    expect(statSync(saveAnswer).mode & 0o777).toBe(0o600);
    const db = await openVaultFile(saveAnswer, { passphrase });
    expect(db.exec('SELECT request FROM attempts')[0]?.values).toEqual([['Ask for a refill']]);
    db.close();
  });

  it('merges a backup the user picks, opened with its own passphrase, by record id', async () => {
    await openJournal();
    saveAnswer = path.join(folder, 'copy.askanyway');
    value(await call('data.backup'));
    // A second journal, elsewhere, with an attempt of its own, imports the first's backup.
    const second = path.join(folder, 'second');
    mkdirSync(second);
    core.stop();
    const chooseOpenPath: ChooseOpenPath = () => Promise.resolve(openAnswer);
    core = createCore(await testCorePorts(second, { chooseOpenPath }));
    await openJournal();
    value(
      await call('attempts.create', {
        attempt: madeAttempt({ request: 'Ask here' }),
        planItemId: null,
      }),
    );

    openAnswer = saveAnswer;
    const wrong = await call('data.importBackup', { passphrase: 'not it' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(value(await call('data.importBackup', { passphrase }))).toEqual({
      imported: true,
      summary: { added: 1, replaced: 0, keptLocal: 0, keptBoth: 0 },
    });
    const page = value(await call('attempts.list', { filter: {}, after: null })) as {
      items: { request: string }[];
    };
    expect(page.items.map((item) => item.request).sort()).toEqual([
      'Ask for a refill',
      'Ask for a refill',
      'Ask here',
    ]);
  });
});
