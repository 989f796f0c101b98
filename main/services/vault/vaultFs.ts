import type { PathLike } from 'node:fs';
import fs from 'node:fs/promises';
import { errnoOf } from '../appFailure.js';

/**
 * The file-system calls the vault and the files the user saves make, as a port: the app
 * passes Node's own (with patient renames), and tests wrap them to inject a full disk or
 * a refused write at any step.
 */
export type VaultFs = Pick<
  typeof fs,
  | 'open'
  | 'readFile'
  | 'rename'
  | 'unlink'
  | 'link'
  | 'copyFile'
  | 'mkdir'
  | 'readdir'
  | 'realpath'
  | 'rmdir'
  | 'stat'
  | 'writeFile'
>;

/** How a rename refused for a moment is tried again. */
export interface RenameRetry {
  /** Tries in all, the first included. */
  readonly attempts: number;
  /** Waits before the next try: a timer in the app, a recorder in tests. */
  readonly delay: (ms: number) => Promise<void>;
  /** Only Windows refuses a rename because another program has the file open. */
  readonly platform: NodeJS.Platform;
}

/**
 * On Windows an antivirus scan, a sync tool or the search indexer holding a file makes a
 * rename fail with EPERM, EBUSY or EACCES for a few milliseconds. Elsewhere these
 * errors are permanent (permissions, a mount point), so they are not waited out.
 */
const heldOnWindows: ReadonlySet<string | undefined> = new Set(['EPERM', 'EBUSY', 'EACCES']);

/** Waits between tries: 20, 40, 80, 160, 320 ms; under a second in all before giving up. */
const backoffMs = (failedTries: number): number => 20 * 2 ** (failedTries - 1);

/** Renames, trying again (up to `retry.attempts` in all) while Windows says the file is held. */
export async function renameWithRetry(
  rename: VaultFs['rename'],
  from: PathLike,
  to: PathLike,
  retry: RenameRetry,
): Promise<void> {
  for (let tries = 1; ; tries += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const waitable = retry.platform === 'win32' && heldOnWindows.has(errnoOf(error));
      if (!waitable || tries >= retry.attempts) throw error;
      await retry.delay(backoffMs(tries));
    }
  }
}

/** The port with every rename made patient (`renameWithRetry`); every other call is the port's own. */
export function withRenameRetry(vaultFs: VaultFs, retry: RenameRetry): VaultFs {
  return {
    ...vaultFs,
    rename: (from, to) => renameWithRetry((a, b) => vaultFs.rename(a, b), from, to, retry),
  };
}

/** The real timers and platform: six tries over about 600 ms. */
export const systemRenameRetry: RenameRetry = {
  attempts: 6,
  delay: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  platform: process.platform,
};

export const nodeVaultFs: VaultFs = withRenameRetry(fs, systemRenameRetry);

/** Copies `from` to a new file `to` (never over one) and fsyncs the copy, so it is on disk before it is relied on. */
export async function copyDurably(vaultFs: VaultFs, from: string, to: string): Promise<void> {
  await vaultFs.copyFile(from, to, 1 /* COPYFILE_EXCL */);
  const handle = await vaultFs.open(to, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Makes a rename durable: fsync the folder that holds the entry. Windows cannot open a
 * folder for syncing and does not need it, so that refusal is not an error.
 */
export async function syncFolder(vaultFs: VaultFs, folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await vaultFs.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL') throw error;
  } finally {
    await handle?.close();
  }
}

/** Writes all of `bytes` at `position`, looping over short writes. */
export async function writeFully(
  handle: fs.FileHandle,
  bytes: Uint8Array,
  position: number,
): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const { bytesWritten } = await handle.write(
      bytes,
      written,
      bytes.length - written,
      position + written,
    );
    if (bytesWritten === 0)
      throw Object.assign(new Error('The disk accepted no bytes'), { code: 'EIO' });
    written += bytesWritten;
  }
}
