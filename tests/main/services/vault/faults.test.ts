import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFolder } from '../../../../main/services/vault/backups.js';
import type { VaultService } from '../../../../main/services/vault/vaultService.js';
import { faultyFs, type FsStep } from '../../../support/faultyFs.js';
import { insertAttempt, vaultFixture, type VaultFixture } from '../../../support/vaultFixture.js';

let fs: ReturnType<typeof faultyFs>;
let fixture: VaultFixture;
let vault: VaultService;

beforeEach(async () => {
  fs = faultyFs();
  fixture = await vaultFixture(fs);
  ({ vault } = await fixture.create('pass'));
  await insertAttempt(vault, 'before');
});
afterEach(() => fixture.cleanup());

const ids = (): string[] =>
  vault.read.all<{ id: string }>('SELECT id FROM attempts ORDER BY id').map((row) => row.id);

/** How many attempts the full-text index finds for `word`. */
const ftsHits = (service: VaultService, word: string): number =>
  service.read.get<{ n: number }>(
    'SELECT count(*) AS n FROM attempts_fts WHERE attempts_fts MATCH ?',
    [word],
  )?.n ?? -1;

/** Everything on disk that belongs to the vault: the file and each backup, by content. */
const disk = () => ({
  vault: readFileSync(fixture.vaultPath).toString('base64'),
  backups: (() => {
    try {
      return readdirSync(backupFolder(fixture.vaultPath)).sort();
    } catch {
      return [];
    }
  })(),
  strays: readdirSync(fixture.folder).filter((name) => name.endsWith('.tmp')),
});

const failAt = (step: FsStep, code: string, pathPart = '') => {
  fs.rule = (at, file) => (at === step && file.includes(pathPart) ? code : undefined);
};

describe('a failing disk', () => {
  it.each([
    ['handle.write', 'ENOSPC', 'DISK_FULL'],
    ['handle.sync', 'ENOSPC', 'DISK_FULL'],
    ['handle.write', 'EACCES', 'PERMISSION_DENIED'],
    ['stat', 'EACCES', 'PERMISSION_DENIED'],
    ['handle.sync', 'EIO', 'INTERNAL'],
  ] as const)(
    'a save hitting %s %s reports %s and leaves everything as it was',
    async (step, errno, code) => {
      const before = disk();
      failAt(step, errno);
      await expect(insertAttempt(vault, 'lost', 'a zebracanary reflection')).rejects.toMatchObject({
        code,
      });
      fs.rule = undefined;
      expect(ids()).toEqual(['before']);
      expect(disk()).toEqual(before);
      // The full-text index writes out its terms while the append waits on the disk:
      // they are rolled back with the row.
      expect(ftsHits(vault, 'zebracanary')).toBe(0);

      await insertAttempt(vault, 'after');
      await vault.lock('manual');
      const reopened = fixture.service();
      await reopened.unlock('pass');
      expect(reopened.read.all('SELECT id FROM attempts ORDER BY id')).toEqual([
        { id: 'after' },
        { id: 'before' },
      ]);
      expect(ftsHits(reopened, 'refill')).toBe(2);
      expect(ftsHits(reopened, 'zebracanary')).toBe(0);
    },
  );

  it('a read that waits for saves under way never sees one the disk refused', async () => {
    let plainRead: string[] = [];
    let waitingRead: Promise<string[]> | undefined;
    fs.rule = (step) => {
      if (step !== 'handle.sync') return undefined;
      // The record is being made durable: its row is in memory, in the open transaction.
      plainRead = ids();
      waitingRead = vault.settled().then(ids);
      return 'ENOSPC';
    };
    await expect(insertAttempt(vault, 'refused')).rejects.toMatchObject({ code: 'DISK_FULL' });
    fs.rule = undefined;
    expect(plainRead).toEqual(['before', 'refused']);
    expect(await waitingRead).toEqual(['before']);
  });

  it.each([
    ['handle.write', 'ENOSPC', '.tmp', 'DISK_FULL'],
    ['handle.sync', 'ENOSPC', '.tmp', 'DISK_FULL'],
    ['link', 'ENOSPC', '', 'DISK_FULL'],
    ['rename', 'EACCES', '', 'PERMISSION_DENIED'],
    ['open', 'EROFS', '.tmp', 'PERMISSION_DENIED'],
  ] as const)(
    'a compaction hitting %s %s leaves the vault, its backups and no temp file behind',
    async (step, errno, part, code) => {
      const before = disk();
      failAt(step, errno, part);
      await expect(vault.compact()).rejects.toMatchObject({ code });
      fs.rule = undefined;
      expect(disk()).toEqual(before);

      // The session carries on: the log still works, and the next compaction succeeds.
      await insertAttempt(vault, 'after');
      await vault.compact();
      await vault.lock('manual');
      const reopened = fixture.service();
      await reopened.unlock('pass');
      expect(reopened.read.all('SELECT id FROM attempts ORDER BY id')).toEqual([
        { id: 'after' },
        { id: 'before' },
      ]);
    },
  );

  it('a passphrase change whose rewrite fails keeps the old passphrase and keys, and later saves still open', async () => {
    const before = disk();
    failAt('handle.write', 'ENOSPC', '.tmp');
    await expect(vault.changePassphrase('pass', 'new pass')).rejects.toMatchObject({
      code: 'DISK_FULL',
    });
    fs.rule = undefined;
    expect(disk()).toEqual(before);

    // Saves after the failure are sealed under the keys the file on disk still has.
    await insertAttempt(vault, 'after');
    await vault.lock('manual');
    await expect(fixture.service().unlock('new pass')).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    const reopened = fixture.service();
    await reopened.unlock('pass');
    expect(reopened.read.all('SELECT id FROM attempts ORDER BY id')).toEqual([
      { id: 'after' },
      { id: 'before' },
    ]);
  });

  it('a restore whose write fails leaves the vault and its backups as they were', async () => {
    await vault.compact();
    await vault.lock('manual');
    const [backup] = await fixture.service().backups();
    const before = disk();
    failAt('rename', 'EACCES');
    await expect(fixture.service().restoreBackup(backup?.id ?? '')).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
    fs.rule = undefined;
    expect(disk()).toEqual(before);
  });

  it('a vault replaced behind the app’s back is not overwritten (VAULT_CHANGED_ON_DISK)', async () => {
    const { writeFileSync } = await import('node:fs');
    const foreign = Buffer.concat([
      readFileSync(fixture.vaultPath),
      Buffer.from('synced from elsewhere'),
    ]);
    writeFileSync(fixture.vaultPath, foreign);
    await expect(insertAttempt(vault, 'x')).rejects.toMatchObject({
      code: 'VAULT_CHANGED_ON_DISK',
    });
    await expect(vault.compact()).rejects.toMatchObject({ code: 'VAULT_CHANGED_ON_DISK' });
    expect(readFileSync(fixture.vaultPath)).toEqual(foreign);
    expect(statSync(path.join(fixture.folder)).isDirectory()).toBe(true);
  });
});
