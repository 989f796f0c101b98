import fs from 'node:fs/promises';

/**
 * The file-system calls the vault makes, as a port: the app passes Node's own, and
 * tests wrap them to inject a full disk or a refused write at any step.
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
  | 'rmdir'
  | 'stat'
  | 'writeFile'
>;

export const nodeVaultFs: VaultFs = fs;

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
