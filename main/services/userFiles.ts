import { randomUUID } from 'node:crypto';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { AppFailure } from './appFailure.js';
import { syncFolder, writeFully, type VaultFs } from './vault/vaultFs.js';

/**
 * Files the user places: the only files the app writes outside its data folder, and only
 * on an explicit request. The dialogs are ports (Electron's in the app, a temp folder in
 * tests).
 */

/** Asks the user where to save; `null` when they cancel. */
export type ChooseSavePath = (defaultName: string) => Promise<string | null>;

/** What the user is asked to open: a JSON export, or a vault (an encrypted backup). */
export type OpenKind = 'export' | 'vault';

/** Asks the user for a file to open; `null` when they cancel. */
export type ChooseOpenPath = (kind: OpenKind) => Promise<string | null>;

/** The journal's own files, which no save may replace, listed afresh at each save. */
export interface JournalFiles {
  /** The vault, its lock file, the other versions kept beside it. */
  readonly files: readonly string[];
  /** Folders holding only the journal's files (its backups). */
  readonly folders: readonly string[];
}

/** Asks the user for a folder; `null` when they cancel. */
export type ChooseFolder = () => Promise<string | null>;

/** What a file holds, text as UTF-8; or how to make it, once the target is known to be allowed. */
export type FileContents = string | Uint8Array | (() => Promise<string | Uint8Array>);

/** Writes where the user chose, privately and in one piece. */
export interface UserFiles {
  /**
   * Writes a file readable by its owner only (created 0600, never made private after
   * the fact). It is written and fsynced under a temp name beside the target, then
   * renamed over it: a failure leaves the old file as it was. A target that is one of
   * the journal's own files is refused (JOURNAL_FILE_TARGET) before anything is made.
   */
  save(target: string, contents: FileContents): Promise<void>;
  /** Creates a folder only its owner may open (0700), for an export of several files. */
  makeFolder(target: string): Promise<void>;
}

export interface UserFileDeps {
  readonly fs: VaultFs;
  readonly journalFiles: () => Promise<JournalFiles>;
}

export const journalFileRefused = (): AppFailure =>
  new AppFailure(
    'JOURNAL_FILE_TARGET',
    'The chosen path is one of the journal’s own files (the vault, its lock, a backup or a kept version); nothing was written.',
  );

/** Where `file` leads once links are followed; for a name not there yet, its real folder and its name. */
async function realPathOf(fs: VaultFs, file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(file)), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

const statOf = (fs: VaultFs, file: string): Promise<Stats | undefined> =>
  fs.stat(file).catch(() => undefined);

/** Both exist and are one file: the same device and inode. */
const sameFile = (a: Stats | undefined, b: Stats | undefined): boolean =>
  a !== undefined && a.dev === b?.dev && a.ino === b.ino;

/**
 * Whether writing `target` would replace one of the journal's files: the same path once
 * links are resolved, or — where the target exists — the same file by device and inode
 * (a hard link, another spelling on a case-insensitive disk, a bind mount).
 */
async function isJournalFile(fs: VaultFs, target: string, journal: JournalFiles): Promise<boolean> {
  const real = await realPathOf(fs, target);
  const [targetStats, folderStats] = await Promise.all([
    statOf(fs, target),
    statOf(fs, path.dirname(target)),
  ]);
  for (const file of journal.files) {
    if ((await realPathOf(fs, file)) === real) return true;
    if (targetStats && sameFile(targetStats, await statOf(fs, file))) return true;
  }
  for (const folder of journal.folders) {
    const realFolder = await realPathOf(fs, folder);
    if (real === realFolder || real.startsWith(`${realFolder}${path.sep}`)) return true;
    const stats = await statOf(fs, folder);
    if (sameFile(targetStats, stats) || sameFile(folderStats, stats)) return true;
  }
  return false;
}

/** The user's files, written through `fs` and never over `journalFiles`. */
export function createUserFiles({ fs, journalFiles }: UserFileDeps): UserFiles {
  const refuseJournalFiles = async (target: string): Promise<void> => {
    if (await isJournalFile(fs, target, await journalFiles())) throw journalFileRefused();
  };
  return {
    async save(target, contents) {
      await refuseJournalFiles(target);
      const folder = path.dirname(target);
      // Beside the target, so the rename stays on one disk and is atomic.
      const temp = path.join(folder, `.${path.basename(target)}.${randomUUID()}.tmp`);
      const made = typeof contents === 'function' ? await contents() : contents;
      const bytes = typeof made === 'string' ? Buffer.from(made, 'utf8') : made;
      const handle = await fs.open(temp, 'wx', 0o600);
      try {
        try {
          await writeFully(handle, bytes, 0);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await fs.rename(temp, target);
      } catch (error) {
        await fs.unlink(temp).catch(() => undefined);
        throw error;
      }
      await syncFolder(fs, folder).catch(() => undefined);
    },
    async makeFolder(target) {
      await refuseJournalFiles(target);
      await fs.mkdir(target, { recursive: true, mode: 0o700 });
    },
  };
}
