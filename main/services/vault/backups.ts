import path from 'node:path';
import type { BackupRef } from '../../../shared/ipc/result.js';
import { errnoOf } from '../appFailure.js';
import { copyDurably, type VaultFs } from './vaultFs.js';

/** Backups live beside the vault, in `<vault>.backups/`, as vaults in the same format. */
export const backupFolder = (vaultPath: string): string => `${vaultPath}.backups`;

const suffix = '.askanyway';
/** `2026-11-25T20-15-03-123Z` ⇄ `2026-11-25T20:15:03.123Z`: colons are not portable in names. */
const nameFromDate = (date: Date): string =>
  date.toISOString().replace(/:/g, '-').replace('.', '-');

/**
 * A backup's name: `<generation>-<time>`, e.g. `00000042-2026-11-25T20-15-03-123Z`. The
 * generation counts up by one per backup and orders them, not the time: a clock set back
 * (by hand, or by a dead battery) must not make the newest backup look oldest and be
 * pruned at once. Names from before generations (`<time>` alone) count as generation 0,
 * older than any numbered one, and order among themselves by time.
 */
const namePattern = /^(?:(\d{8})-)?(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?$/;
const generationDigits = 8;

function parseName(name: string): { generation: number; createdAt: Date } | undefined {
  const match = namePattern.exec(name);
  if (!match) return undefined;
  const [, generation, day, hours, minutes, seconds, millis] = match;
  return {
    generation: generation === undefined ? 0 : Number(generation),
    createdAt: new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`),
  };
}

export interface BackupFile extends BackupRef {
  readonly path: string;
  /** The backup's place in the order they were made; the newest has the highest. */
  readonly generation: number;
}

/** The backups, newest (highest generation) first. Files that are not ours are ignored. */
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
    const parsed = parseName(name.slice(0, -suffix.length));
    if (!parsed) continue;
    const filePath = path.join(folder, name);
    const { size } = await vaultFs.stat(filePath);
    backups.push({
      id: name,
      path: filePath,
      generation: parsed.generation,
      createdAt: parsed.createdAt.toISOString(),
      sizeBytes: size,
    });
  }
  return backups.sort((a, b) => b.generation - a.generation || b.id.localeCompare(a.id));
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
): Promise<string> {
  const [newest] = await listBackups(vaultFs, vaultPath);
  const generation = String((newest?.generation ?? 0) + 1).padStart(generationDigits, '0');
  return placeInBackupFolder(
    vaultFs,
    vaultPath,
    `${generation}-${nameFromDate(now)}`,
    async (target) => {
      try {
        await vaultFs.link(vaultPath, target);
      } catch (error) {
        const code = errnoOf(error);
        if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS')
          throw error;
        await copyDurably(vaultFs, vaultPath, target);
      }
    },
  );
}

/**
 * Puts a file named `base` (or `base-1`, `base-2`… if taken: two in the same
 * millisecond) into the backups folder with `place`, which must refuse to replace an
 * existing file (EEXIST). Returns its path.
 */
async function placeInBackupFolder(
  vaultFs: VaultFs,
  vaultPath: string,
  base: string,
  place: (target: string) => Promise<void>,
): Promise<string> {
  const folder = backupFolder(vaultPath);
  await vaultFs.mkdir(folder, { recursive: true, mode: 0o700 });
  for (let n = 0; n < 100; n += 1) {
    const target = path.join(folder, `${base}${n === 0 ? '' : `-${n}`}${suffix}`);
    try {
      await place(target);
      return target;
    } catch (error) {
      if (errnoOf(error) !== 'EEXIST') throw error;
    }
  }
  throw new Error('Too many files of the same name in the same millisecond');
}

/**
 * Copies of the journal kept apart from the rotation, in the backups folder as
 * `kept-<time>.askanyway`: an unlock that had to leave out an unreadable last record keeps
 * the file as it was, so nothing is dropped before the user has been told.
 */
const keptPrefix = 'kept-';

export interface KeptCopy {
  readonly name: string;
  readonly path: string;
}

/** Copies the journal file, as it is now, apart from the rotation; returns the copy's path. */
export function keepCopyApart(vaultFs: VaultFs, vaultPath: string, now: Date): Promise<string> {
  return placeInBackupFolder(vaultFs, vaultPath, `${keptPrefix}${nameFromDate(now)}`, (target) =>
    copyDurably(vaultFs, vaultPath, target),
  );
}

/** The copies kept apart, oldest first. */
export async function listKeptCopies(vaultFs: VaultFs, vaultPath: string): Promise<KeptCopy[]> {
  const folder = backupFolder(vaultPath);
  let names: string[];
  try {
    names = await vaultFs.readdir(folder);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => name.startsWith(keptPrefix) && name.endsWith(suffix))
    .sort()
    .map((name) => ({ name, path: path.join(folder, name) }));
}

/**
 * Once the user has been told, the kept copies become ordinary backups, each the newest
 * generation, and rotate out with the others.
 */
export async function moveKeptCopiesIntoRotation(
  vaultFs: VaultFs,
  vaultPath: string,
): Promise<void> {
  for (const copy of await listKeptCopies(vaultFs, vaultPath)) {
    const [newest] = await listBackups(vaultFs, vaultPath);
    const generation = String((newest?.generation ?? 0) + 1).padStart(generationDigits, '0');
    const time = copy.name.slice(keptPrefix.length);
    await vaultFs.rename(copy.path, path.join(backupFolder(vaultPath), `${generation}-${time}`));
  }
}

/** Deletes all but the newest `keep` backups, by generation. */
export async function pruneBackups(
  vaultFs: VaultFs,
  vaultPath: string,
  keep: number,
): Promise<void> {
  const backups = await listBackups(vaultFs, vaultPath);
  for (const stale of backups.slice(keep)) await vaultFs.unlink(stale.path);
}
