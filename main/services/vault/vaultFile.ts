import path from 'node:path';
import type { Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { AppFailure, errnoOf, failureFromFsError } from '../appFailure.js';
import { keepAsBackup, pruneBackups } from './backups.js';
import { syncFolder, writeFully, type VaultFs } from './vaultFs.js';

/** What the vault file looked like after this process last wrote it. */
export interface DiskState {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
}

const diskState = (stats: Stats): DiskState => ({
  size: stats.size,
  mtimeMs: stats.mtimeMs,
  ino: stats.ino,
});

const sameState = (a: DiskState, b: DiskState): boolean =>
  a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

export const changedOnDisk = (): AppFailure =>
  new AppFailure(
    'VAULT_CHANGED_ON_DISK',
    'The journal file was changed outside this app (another device or a sync tool), so nothing was saved over it.',
  );

/**
 * The largest vault, backup or other version read (docs/vault.md): three times the
 * 100,000-attempt stress journal (322 MiB). Past it a file is refused before a byte is
 * read, rather than read into memory that may not be there.
 */
export const maxVaultBytes = 1024 * 1024 * 1024;

export const tooLargeVault = (): AppFailure =>
  AppFailure.invalid(
    ['file'],
    { kind: 'not_now', reason: 'too_large_file' },
    `the file is larger than any journal (over ${maxVaultBytes / 1024 ** 3} GiB).`,
  );

/** Reads the whole vault and notes its state, to detect outside changes later. */
export async function readVaultFile(
  vaultFs: VaultFs,
  vaultPath: string,
): Promise<{ bytes: Uint8Array; disk: DiskState }> {
  const handle = await vaultFs.open(vaultPath, 'r');
  try {
    const disk = diskState(await handle.stat());
    if (disk.size > maxVaultBytes) throw tooLargeVault();
    const bytes = new Uint8Array(await handle.readFile());
    return { bytes, disk: { ...disk, size: bytes.length } };
  } finally {
    await handle.close();
  }
}

/** Whether the file at `vaultPath` is still the one this process last wrote (`disk`). */
export async function isAsLeft(
  vaultFs: VaultFs,
  vaultPath: string,
  disk: DiskState,
): Promise<boolean> {
  try {
    return sameState(diskState(await vaultFs.stat(vaultPath)), disk);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return false;
    throw failureFromFsError(error, 'check the journal file');
  }
}

/** `2026-11-26 03-40-12`, local time: a name the user reads in their own folder. */
const localStamp = (at: Date): string => {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}-${two(at.getMinutes())}-${two(at.getSeconds())}`;
};

/** Whether `fileName` is one `keepBothFiles` gives a version kept beside the vault. */
export function isKeptVersion(vaultPath: string, fileName: string): boolean {
  const { name, ext } = path.parse(vaultPath);
  return (
    fileName.endsWith(ext) &&
    (fileName.startsWith(`${name} (other version `) ||
      fileName.startsWith(`${name} (this version `))
  );
}

/** Another version of the vault, kept beside it by `keepBothFiles`. */
export interface OtherVersionFile {
  readonly fileName: string;
  readonly path: string;
  /** When that version was last written (on the other computer, or by a sync tool). */
  readonly modifiedAt: string;
  readonly sizeBytes: number;
}

/** The other versions kept beside the vault, newest first. */
export async function listOtherVersions(
  vaultFs: VaultFs,
  vaultPath: string,
): Promise<OtherVersionFile[]> {
  const folder = path.dirname(vaultPath);
  const names = await vaultFs.readdir(folder).catch((error: unknown) => {
    if (errnoOf(error) === 'ENOENT') return [] as string[];
    throw failureFromFsError(error, 'list the journal’s folder');
  });
  const versions: OtherVersionFile[] = [];
  for (const fileName of names) {
    if (!isKeptVersion(vaultPath, fileName)) continue;
    const file = path.join(folder, fileName);
    const stats = await vaultFs.stat(file).catch(() => undefined);
    if (!stats?.isFile()) continue;
    versions.push({
      fileName,
      path: file,
      modifiedAt: stats.mtime.toISOString(),
      sizeBytes: stats.size,
    });
  }
  return versions.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
}

/** A name beside the vault that says which version it is and when it was set there. */
const versionName = (vaultPath: string, which: 'other' | 'this', now: Date, n: number): string => {
  const { name, ext } = path.parse(vaultPath);
  return path.join(
    path.dirname(vaultPath),
    `${name} (${which} version ${localStamp(now)})${n === 1 ? '' : ` ${n}`}${ext}`,
  );
};

/**
 * Renames `from` to the first free `versionName`, never over a file: a hard link fails
 * when the name is taken; where links are not supported, a check then a rename.
 */
async function renameToVersion(
  vaultFs: VaultFs,
  from: string,
  vaultPath: string,
  which: 'other' | 'this',
  now: Date,
): Promise<string> {
  for (let n = 1; n < 100; n += 1) {
    const target = versionName(vaultPath, which, now, n);
    try {
      await vaultFs.link(from, target);
      await vaultFs.unlink(from);
      return target;
    } catch (error) {
      const code = errnoOf(error);
      if (code === 'EEXIST') continue;
      if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS')
        throw error;
    }
    const taken = await vaultFs.stat(target).then(
      () => true,
      (error: unknown) => {
        if (errnoOf(error) === 'ENOENT') return false;
        throw error;
      },
    );
    if (taken) continue;
    await vaultFs.rename(from, target);
    return target;
  }
  throw new Error('Too many versions kept in the same second');
}

/**
 * Keeps both versions: writes `parts` (a complete vault) to a new file, sealed and
 * fsynced, and only then moves the file now at `vaultPath` aside as another version
 * (`journal (other version 2026-11-26 03-40-12).askanyway`) and puts the new one in its
 * place. If the swap fails, the new file is kept under a name of its own (`… (this
 * version …)`), so neither version is ever lost; nothing is ever renamed over a file.
 * Returns the new file's state and where the other version went (`undefined`: there was
 * no file).
 */
export async function keepBothFiles(
  vaultFs: VaultFs,
  vaultPath: string,
  parts: Iterable<Uint8Array>,
  now: Date,
): Promise<{ disk: DiskState; other: string | undefined }> {
  const folder = path.dirname(vaultPath);
  const temp = tempFileFor(vaultPath, now);
  let disk: DiskState;
  try {
    disk = await writeNewFile(vaultFs, temp, parts);
  } catch (error) {
    throw failureFromFsError(error, 'write the journal');
  }
  let other: string | undefined;
  try {
    other = await renameToVersion(vaultFs, vaultPath, vaultPath, 'other', now).catch(
      (error: unknown) => {
        if (errnoOf(error) === 'ENOENT') return undefined;
        throw error;
      },
    );
    await vaultFs.rename(temp, vaultPath);
  } catch (error) {
    // The temp file would be swept away at the next open: give it a name of its own.
    await renameToVersion(vaultFs, temp, vaultPath, 'this', now).catch(() => undefined);
    throw failureFromFsError(error, 'keep both versions of the journal');
  }
  await syncFolder(vaultFs, folder).catch(() => undefined);
  return { disk, other };
}

/** Temp files of a replace start with this, in the vault's folder. */
const tempPrefix = (vaultPath: string): string => `.${path.basename(vaultPath)}.`;

/** A new vault's temp file, in the vault's folder: swept at the next open if left behind. */
const tempFileFor = (vaultPath: string, now: Date): string =>
  path.join(path.dirname(vaultPath), `${tempPrefix(vaultPath)}${process.pid}.${now.getTime()}.tmp`);

/**
 * Deletes temp files a crash left behind mid-replace (each as large as the vault). Only
 * safe while holding the vault's lock file: then no other process is replacing it.
 */
export async function sweepStaleTempFiles(vaultFs: VaultFs, vaultPath: string): Promise<void> {
  const folder = path.dirname(vaultPath);
  const prefix = tempPrefix(vaultPath);
  const names = await vaultFs.readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) {
      await vaultFs.unlink(path.join(folder, name)).catch(() => undefined);
    }
  }
}

/** The file's state as this process last left it; updated by each write of ours, rollbacks included. */
export interface DiskTracker {
  current: DiskState;
}

/** The outside-change check of one append, started early so it runs while the record is sealed. */
type DiskCheck = Promise<{ readonly size: number } | { readonly failure: AppFailure }>;

/**
 * Appends log records to the vault. The file stays open between saves (opening it for
 * each would cost more than the fsync on a fast disk); the path is checked before each
 * append, so a file replaced or changed by someone else is never written to.
 */
export class LogAppender {
  private handle: FileHandle | undefined;

  constructor(
    private readonly vaultFs: VaultFs,
    private readonly vaultPath: string,
    private readonly disk: DiskTracker,
  ) {}

  /**
   * Starts an append by checking that the file is still as this process left it. The
   * check runs on the disk thread while the caller applies and seals the change; `write`
   * waits for it. Never rejects, so an append abandoned half-way leaves nothing dangling.
   */
  begin(): {
    write(frame: Uint8Array, at: number, whileSyncing: () => void): Promise<void>;
  } {
    const check: DiskCheck = this.vaultFs.stat(this.vaultPath).then(
      (onDisk) =>
        sameState(diskState(onDisk), this.disk.current)
          ? { size: onDisk.size }
          : { failure: changedOnDisk() },
      (error: unknown) => ({
        failure:
          errnoOf(error) === 'ENOENT'
            ? changedOnDisk()
            : failureFromFsError(error, 'save your change'),
      }),
    );
    return { write: (frame, at, whileSyncing) => this.write(check, frame, at, whileSyncing) };
  }

  /** Closes the file; the next append opens it again (after a compaction, a new file). */
  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    await handle?.close();
  }

  /**
   * Appends one framed record at `at`, the end of the last good record: cuts off any
   * torn tail first, loops until every byte is written, fsyncs. On failure it truncates
   * back to `at`, so a half-written record never stays behind a later one.
   * `whileSyncing` runs once the bytes are written, while the disk thread fsyncs; it
   * must not throw.
   */
  private async write(
    check: DiskCheck,
    frame: Uint8Array,
    at: number,
    whileSyncing: () => void,
  ): Promise<void> {
    const checked = await check;
    if ('failure' in checked) throw checked.failure;
    const handle = await this.open();
    try {
      if (checked.size > at) await handle.truncate(at);
      await writeFully(handle, frame, at);
      // The stat sees the size and mtime the write left; the fsync does not change them.
      const synced = Promise.all([handle.sync(), handle.stat()]);
      whileSyncing();
      const [, stats] = await synced;
      this.disk.current = diskState(stats);
    } catch (error) {
      await handle
        .truncate(at)
        .then(() => handle.sync())
        .catch(() => undefined);
      this.disk.current = diskState(await handle.stat());
      throw failureFromFsError(error, 'save your change');
    }
  }

  private async open(): Promise<FileHandle> {
    this.handle ??= await this.vaultFs.open(this.vaultPath, 'r+').catch((error: unknown) => {
      throw failureFromFsError(error, 'save your change');
    });
    return this.handle;
  }
}

/**
 * Replaces the vault atomically (compaction, new secrets, a new vault): temp file in the
 * same folder, created 0600, fully written and fsynced; the current file kept as the
 * newest backup; rename over the vault path; fsync the folder. At every moment the path
 * holds a complete vault. `expected` guards against overwriting outside changes.
 */
export async function replaceVaultFile(
  vaultFs: VaultFs,
  vaultPath: string,
  parts: Iterable<Uint8Array>,
  options: { expected: DiskState | undefined; now: Date; backupGenerations: number },
): Promise<DiskState> {
  const folder = path.dirname(vaultPath);
  const temp = tempFileFor(vaultPath, options.now);
  let backup: string | undefined;
  let written: DiskState;
  try {
    if (options.expected) {
      const current = diskState(
        await vaultFs.stat(vaultPath).catch(() => Promise.reject(changedOnDisk())),
      );
      if (!sameState(current, options.expected)) throw changedOnDisk();
    }
    written = await writeNewFile(vaultFs, temp, parts);
    try {
      if (options.expected) backup = await keepAsBackup(vaultFs, vaultPath, options.now);
      await vaultFs.rename(temp, vaultPath);
    } catch (error) {
      await vaultFs.unlink(temp).catch(() => undefined);
      throw error;
    }
  } catch (error) {
    // A backup linked to the file that stays in place would change with its next append.
    if (backup) await vaultFs.unlink(backup).catch(() => undefined);
    throw failureFromFsError(error, 'write the journal');
  }
  // The new vault is in place from here on; what follows only hardens and tidies, and
  // must not make the caller believe the write failed.
  await syncFolder(vaultFs, folder).catch(() => undefined);
  if (backup) await syncFolder(vaultFs, path.dirname(backup)).catch(() => undefined);
  if (options.expected)
    await pruneBackups(vaultFs, vaultPath, options.backupGenerations).catch(() => undefined);
  return written;
}

/**
 * Creates `file` (0600, failing if it exists), writes the parts, fsyncs, and returns its
 * state — taken now, since a rename keeps inode, size and mtime and a stat after the
 * rename could fail with the new vault already in place. Each part is made (sealed) while
 * the one before it is being written. Removes the file on failure.
 */
async function writeNewFile(
  vaultFs: VaultFs,
  file: string,
  parts: Iterable<Uint8Array>,
): Promise<DiskState> {
  const handle = await vaultFs.open(file, 'wx', 0o600);
  let writing: Promise<void> = Promise.resolve();
  try {
    let position = 0;
    for (const part of parts) {
      await writing;
      writing = writeFully(handle, part, position);
      position += part.length;
    }
    await writing;
    await handle.sync();
    return diskState(await handle.stat());
  } catch (error) {
    // A part that failed to be made must not leave its predecessor's write running.
    await writing.catch(() => undefined);
    await vaultFs.unlink(file).catch(() => undefined);
    throw error;
  } finally {
    await handle.close();
  }
}
