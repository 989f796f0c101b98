import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  renameWithRetry,
  withRenameRetry,
  type RenameRetry,
  type VaultFs,
} from '../../../../main/services/vault/vaultFs.js';
import { faultyFs } from '../../../support/faultyFs.js';
import { testUserFiles } from '../../../support/userFiles.js';
import { insertAttempt, vaultFixture } from '../../../support/vaultFixture.js';

let folder: string;
let fs: ReturnType<typeof faultyFs>;
let waits: number[];
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-rename-'));
  fs = faultyFs();
  waits = [];
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Renames as on Windows, with waits recorded instead of slept. */
const onWindows = (attempts = 4): RenameRetry => ({
  attempts,
  platform: 'win32',
  delay: (ms) => {
    waits.push(ms);
    return Promise.resolve();
  },
});

/** Another program holds the file for the first `times` renames (of a path containing `part`). */
const heldFor = (times: number, code: string, part = '') => {
  const seen = { renames: 0 };
  fs.rule = (step, file) => {
    if (step !== 'rename' || !file.includes(part)) return undefined;
    seen.renames += 1;
    return seen.renames <= times ? code : undefined;
  };
  return seen;
};

const rename: VaultFs['rename'] = (from, to) => fs.rename(from, to);

describe('renameWithRetry', () => {
  it.each(['EPERM', 'EBUSY', 'EACCES'])(
    'waits out a file Windows reports held (%s), then renames it',
    async (code) => {
      const from = path.join(folder, 'new');
      writeFileSync(from, 'new');
      const seen = heldFor(2, code);
      await renameWithRetry(rename, from, path.join(folder, 'target'), onWindows());
      expect(seen.renames).toBe(3);
      expect(waits).toEqual([20, 40]);
      expect(readFileSync(path.join(folder, 'target'), 'utf8')).toBe('new');
    },
  );

  it('gives up with the error after the last try, the file left where it was', async () => {
    const from = path.join(folder, 'new');
    writeFileSync(from, 'new');
    const seen = heldFor(Infinity, 'EBUSY');
    await expect(
      renameWithRetry(rename, from, path.join(folder, 'target'), onWindows(4)),
    ).rejects.toMatchObject({ code: 'EBUSY' });
    expect(seen.renames).toBe(4);
    expect(waits).toEqual([20, 40, 80]);
    expect(existsSync(from)).toBe(true);
  });

  it('does not wait out an error that will not pass: a missing file, or EPERM off Windows', async () => {
    const seen = heldFor(Infinity, 'ENOENT');
    await expect(renameWithRetry(rename, 'a', 'b', onWindows())).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(seen.renames).toBe(1);

    const onLinux = heldFor(Infinity, 'EPERM');
    await expect(
      renameWithRetry(rename, 'a', 'b', { ...onWindows(), platform: 'linux' }),
    ).rejects.toMatchObject({ code: 'EPERM' });
    expect(onLinux.renames).toBe(1);
    expect(waits).toEqual([]);
  });
});

describe('every rename the app makes', () => {
  it('compaction replaces a vault an antivirus holds for a moment', async () => {
    const fixture = await vaultFixture(withRenameRetry(fs, onWindows()));
    try {
      const { vault } = await fixture.create('pass');
      await insertAttempt(vault, 'kept');
      const seen = heldFor(2, 'EPERM');
      await vault.compact();
      expect(seen.renames).toBe(3);
      expect(waits).toEqual([20, 40]);
      await vault.lock('manual');
      const reopened = fixture.service();
      await reopened.unlock('pass');
      expect(reopened.read.all('SELECT id FROM attempts')).toEqual([{ id: 'kept' }]);
    } finally {
      await fixture.cleanup();
    }
  });

  it('an export lands over a file a sync tool holds for a moment', async () => {
    const userFiles = testUserFiles(
      path.join(folder, 'journal.askanyway'),
      withRenameRetry(fs, onWindows()),
    );
    const target = path.join(folder, 'journal.md');
    writeFileSync(target, 'last week');
    heldFor(1, 'EBUSY');
    await userFiles.save(target, 'this week');
    expect(waits).toEqual([20]);
    expect(readFileSync(target, 'utf8')).toBe('this week');
  });
});
