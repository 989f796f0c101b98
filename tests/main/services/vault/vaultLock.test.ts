import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir, uptime } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeVaultFs } from '../../../../main/services/vault/vaultFs.js';
import { acquireVaultLock } from '../../../../main/services/vault/vaultLock.js';

let folder: string;
let vaultPath: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-lock-'));
  vaultPath = path.join(folder, 'journal.askanyway');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const writeLock = (owner: unknown) =>
  writeFileSync(`${vaultPath}.lock`, typeof owner === 'string' ? owner : JSON.stringify(owner));
const now = () => new Date().toISOString();

describe('the vault lock file', () => {
  it('is taken once, refused to a second taker, and free again after release', async () => {
    const lock = await acquireVaultLock(nodeVaultFs, vaultPath);
    await expect(acquireVaultLock(nodeVaultFs, vaultPath)).rejects.toMatchObject({
      code: 'VAULT_IN_USE',
    });
    await lock.release();
    await (await acquireVaultLock(nodeVaultFs, vaultPath)).release();
  });

  it.each([
    ['a process that has ended', { pid: 2 ** 22 + 11, host: hostname(), since: now() }],
    [
      'a process from before the last boot (its pid reused since)',
      {
        pid: process.ppid,
        host: hostname(),
        since: new Date(Date.now() - uptime() * 1000 - 60_000).toISOString(),
      },
    ],
  ])('takes over a stale lock left by %s', async (_name, owner) => {
    writeLock(owner);
    await (await acquireVaultLock(nodeVaultFs, vaultPath)).release();
  });

  it.each([
    [
      'a running process here',
      { pid: process.ppid, host: hostname(), since: now() },
      /process \d+ on/,
    ],
    ['another computer', { pid: 1, host: 'laptop-elsewhere', since: now() }, /laptop-elsewhere/],
  ])('respects a lock held by %s and names it', async (_name, owner, message) => {
    writeLock(owner);
    await expect(acquireVaultLock(nodeVaultFs, vaultPath)).rejects.toMatchObject({
      code: 'VAULT_IN_USE',
      message: expect.stringMatching(message) as unknown,
    });
  });

  it('treats an unreadable lock as someone opening right now, and as stale once it is old', async () => {
    writeLock('{"pid": 12');
    await expect(acquireVaultLock(nodeVaultFs, vaultPath)).rejects.toMatchObject({
      code: 'VAULT_IN_USE',
    });
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${vaultPath}.lock`, old, old);
    await (await acquireVaultLock(nodeVaultFs, vaultPath)).release();
  });
});
