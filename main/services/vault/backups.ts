import path from 'node:path';
import type { BackupRef } from '../../../shared/ipc/result.js';
import { errnoOf } from '../appFailure.js';
import type { VaultFs } from './vaultFs.js';

/** Backups live beside the vault, in `<vault>.backups/`, as vaults in the same format. */
export const backupFolder = (vaultPath: string): string => `${vaultPath}.backups`;

const suffix = '.askanyway';
/** `2026-11-25T20-15-03-123Z` ⇄ `2026-11-25T20:15:03.123Z`: colons are not portable in names. */
const nameFromDate = (date: Date): string =>
  date.toISOString().replace(/:/g, '-').replace('.', '-');
const dateFromName = (name: string): Date | undefined => {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?$/.exec(name);
  return match
    ? new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`)
    : undefined;
};

export interface BackupFile extends BackupRef {
  readonly path: string;
}

/** The backups, newest first. Files that are not ours are ignored. */
export async function listBackups(vaultFs: VaultFs, vaultPath: string): Promise<BackupFile[]> {
  const folder = backupFolder(vaultPath);
  let names: string[];
  try {
    names = await vaultFs.readdir(folder);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return [];
    throw error;
  }
  const backups: BackupFile[] = [];
  for (const name of names) {
    if (!name.endsWith(suffix)) continue;
    const createdAt = dateFromName(name.slice(0, -suffix.length));
    if (!createdAt) continue;
    const filePath = path.join(folder, name);
    const { size } = await vaultFs.stat(filePath);
    backups.push({ id: name, path: filePath, createdAt: createdAt.toISOString(), sizeBytes: size });
  }
  return backups.sort((a, b) => b.id.localeCompare(a.id));
}

/**
 * Keeps the file now at `vaultPath` as the newest backup and returns its path. A hard
 * link costs no copy and is safe because the vault path is about to be renamed over,
 * never written in place (the caller removes the link if that rename fails); where
 * links are not supported (FAT, some sync folders) the file is copied.
 */
export async function keepAsBackup(
  vaultFs: VaultFs,
  vaultPath: string,
  now: Date,
  { copy = false }: { copy?: boolean } = {},
): Promise<string> {
  const folder = backupFolder(vaultPath);
  await vaultFs.mkdir(folder, { recursive: true, mode: 0o700 });
  const base = nameFromDate(now);
  for (let n = 0; n < 100; n += 1) {
    const target = path.join(folder, `${base}${n === 0 ? '' : `-${n}`}${suffix}`);
    try {
      if (copy) await copyDurably(vaultFs, vaultPath, target);
      else await vaultFs.link(vaultPath, target);
      return target;
    } catch (error) {
      const code = errnoOf(error);
      if (code === 'EEXIST') continue;
      if (code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS') {
        await copyDurably(vaultFs, vaultPath, target);
        return target;
      }
      throw error;
    }
  }
  throw new Error('Too many backups in the same millisecond');
}

/** Copies `from` to a new file `to` and fsyncs the copy, so a backup is on disk before it is relied on. */
async function copyDurably(vaultFs: VaultFs, from: string, to: string): Promise<void> {
  await vaultFs.copyFile(from, to, 1 /* COPYFILE_EXCL */);
  const handle = await vaultFs.open(to, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Deletes all but the newest `keep` backups. */
export async function pruneBackups(
  vaultFs: VaultFs,
  vaultPath: string,
  keep: number,
): Promise<void> {
  const backups = await listBackups(vaultFs, vaultPath);
  for (const stale of backups.slice(keep)) await vaultFs.unlink(stale.path);
}
