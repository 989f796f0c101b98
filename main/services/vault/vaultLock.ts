import { hostname, uptime } from 'node:os';
import { AppFailure, errnoOf, failureFromFsError } from '../appFailure.js';
import type { VaultFs } from './vaultFs.js';

/** Who holds a vault open, as written in its lock file. */
interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

export interface VaultLock {
  release(): Promise<void>;
}

/** How long an unreadable lock file is presumed to be someone mid-write. */
const freshLockMs = 10_000;

/** A lock taken before this computer last started cannot be held by a running process, whatever its pid now names. */
const olderThanBoot = (since: string): boolean => Date.parse(since) < Date.now() - uptime() * 1000;

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else; only ESRCH means gone.
    return errnoOf(error) === 'EPERM';
  }
};

/** The lock file beside a vault. */
export const lockFileOf = (vaultPath: string): string => `${vaultPath}.lock`;

/**
 * Takes `<vault>.lock` with O_EXCL, so two processes (the app and the CLI, or two
 * computers sharing a synced folder) never write one vault at once. A lock left by a
 * process on this host that no longer runs (or that predates the last boot) is stale and
 * is taken over; one from another host cannot be checked, so it is reported with its
 * owner. Two processes taking over the same stale lock in the same instant could both
 * succeed; Electron's single-instance lock keeps that to the app and the CLI at once.
 */
export async function acquireVaultLock(vaultFs: VaultFs, vaultPath: string): Promise<VaultLock> {
  const lockPath = lockFileOf(vaultPath);
  // Real time, not the app's clock port: the lock is compared with the OS's boot time.
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await vaultFs.writeFile(lockPath, JSON.stringify(me), { flag: 'wx', mode: 0o600 });
      return {
        release: async () => {
          await vaultFs.unlink(lockPath).catch(() => undefined);
        },
      };
    } catch (error) {
      if (errnoOf(error) !== 'EEXIST') throw failureFromFsError(error, 'take the journal’s lock');
    }
    const owner = await readOwner(vaultFs, lockPath);
    if (owner === undefined) {
      // Unreadable: either left half-written by a crash, or being written right now.
      const stats = await vaultFs.stat(lockPath).catch(() => undefined);
      if (stats && Date.now() - stats.mtimeMs < freshLockMs) {
        throw new AppFailure(
          'VAULT_IN_USE',
          'Another Ask Anyway is opening the journal right now.',
        );
      }
    } else if (owner.host !== me.host || (isAlive(owner.pid) && !olderThanBoot(owner.since))) {
      throw new AppFailure(
        'VAULT_IN_USE',
        `The journal is open in another Ask Anyway (process ${owner.pid} on ${owner.host}, since ${owner.since}). Close it there first.`,
      );
    }
    await vaultFs.unlink(lockPath).catch(() => undefined);
  }
  throw new AppFailure('VAULT_IN_USE', 'The journal’s lock file could not be taken.');
}

async function readOwner(vaultFs: VaultFs, lockPath: string): Promise<LockOwner | undefined> {
  try {
    const parsed = JSON.parse(await vaultFs.readFile(lockPath, 'utf8')) as Partial<LockOwner>;
    if (
      typeof parsed.pid === 'number' &&
      typeof parsed.host === 'string' &&
      typeof parsed.since === 'string'
    ) {
      return { pid: parsed.pid, host: parsed.host, since: parsed.since };
    }
  } catch {
    // Unreadable or half-written: the caller decides by its age.
  }
  return undefined;
}
