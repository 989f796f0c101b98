import path from 'node:path';
import { AppFailure, errnoOf, failureFromFsError } from '../appFailure.js';
import { backupFolder } from './backups.js';
import { parseVault } from './format.js';
import type { JournalLocation } from './journalLocation.js';
import { isKeptVersion } from './vaultFile.js';
import { copyDurably, syncFolder, type VaultFs } from './vaultFs.js';
import { acquireVaultLock } from './vaultLock.js';

/*
 * Moving the journal to another folder (docs/vault.md, "Moving the journal"). What moves:
 * the journal, its backups folder and the other versions kept beside it. The lock file
 * is not carried: it is held at the old place for the whole move and goes with it. What
 * is remembered of the journal is its path (the `JournalLocation`, switched here);
 * records kept outside the vault by the journal's id, not its path, need no move.
 *
 * The steps, each safe to crash after: (1) the move is noted as pending; (2) everything
 * is copied into a staging folder inside the target and fsynced; (3) the copy is checked
 * to open; (4) the copies are renamed into place, the journal last; (5) the remembered
 * path is switched — before this the old place is the journal, after it the new one;
 * (6) the old files are removed; (7) the pending note is cleared. A crash before (5)
 * leaves copies that `finishInterruptedMove` removes at the next start; one after (5)
 * leaves old files it removes.
 */

export interface MoveDeps {
  readonly fs: VaultFs;
  readonly location: JournalLocation;
  /** BLAKE2b-256, the vault's checksum: the copy is parsed and compared with it. */
  readonly hash: (data: Uint8Array) => Uint8Array;
}

const notAllowed = (why: string): AppFailure =>
  new AppFailure('FOLDER_NOT_ALLOWED', `The journal cannot move there: ${why}.`);

/** Copies are made here, inside the target folder, and renamed out once complete. */
const stagingFolder = (target: string): string =>
  path.join(path.dirname(target), `.${path.basename(target)}.moving`);

const isInside = (parent: string, child: string): boolean => {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

async function exists(fs: VaultFs, file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return false;
    throw error;
  }
}

async function namesIn(fs: VaultFs, folder: string): Promise<string[]> {
  return fs.readdir(folder).catch((error: unknown) => {
    if (errnoOf(error) === 'ENOENT') return [] as string[];
    throw error;
  });
}

/**
 * The files of a journal, as paths relative to its folder: the journal, every file in
 * its backups folder, its other versions. Unlike `listOtherVersions` it reads no more
 * than the names, and fails rather than skip one it cannot read.
 */
async function filesOf(fs: VaultFs, vaultPath: string): Promise<string[]> {
  const backups = path.basename(backupFolder(vaultPath));
  const folder = path.dirname(vaultPath);
  return [
    path.basename(vaultPath),
    ...(await namesIn(fs, path.join(folder, backups))).map((name) => path.join(backups, name)),
    ...(await namesIn(fs, folder)).filter((name) => isKeptVersion(vaultPath, name)),
  ];
}

/**
 * Where the journal at `vaultPath` would be in `folder`, if it may go there: not the
 * folder it is in, not inside its own backups, and not a folder that already holds a
 * journal of that name (or its backups or other versions). Nothing is written.
 */
export async function checkMoveTarget(
  fs: VaultFs,
  vaultPath: string,
  folder: string,
): Promise<string> {
  const from = path.resolve(vaultPath);
  const target = path.join(path.resolve(folder), path.basename(from));
  if (path.dirname(target) === path.dirname(from)) throw notAllowed('it is already there');
  if (isInside(backupFolder(from), target)) throw notAllowed('that is its own backups folder');
  try {
    if (!(await fs.stat(folder)).isDirectory()) throw notAllowed('that is not a folder');
    const taken =
      (await exists(fs, target)) ||
      (await exists(fs, backupFolder(target))) ||
      (await namesIn(fs, folder)).some((name) => isKeptVersion(target, name));
    if (taken)
      throw new AppFailure('VAULT_EXISTS', `${folder} already holds a journal by that name.`);
  } catch (error) {
    throw failureFromFsError(error, 'look into the chosen folder');
  }
  return target;
}

/**
 * Moves the journal at `vaultPath` (locked: no session may be writing it) into `folder`
 * and switches the remembered path to it; returns the new path. A failure before the
 * switch removes the copies and leaves the journal where it was; one after it (an old
 * file that will not go) is left to the next start.
 */
export async function moveVault(
  deps: MoveDeps,
  vaultPath: string,
  folder: string,
): Promise<string> {
  const { fs, location } = deps;
  const from = path.resolve(vaultPath);
  const to = await checkMoveTarget(fs, from, folder);
  // Held throughout, so the command-line tool cannot write the journal mid-copy.
  const lock = await acquireVaultLock(fs, from);
  try {
    try {
      location.setPendingMove({ from, to });
      await copyJournal(deps, from, to);
      location.setVaultPath(to);
    } catch (error) {
      await removeCopies(fs, from, to).catch(() => undefined);
      try {
        location.setPendingMove(undefined);
      } catch {
        // Still pending: the next start removes the copies again, harmlessly.
      }
      throw failureFromFsError(error, 'move the journal');
    }
    try {
      location.setPendingMove({ from, to, switched: true });
      await removeMoved(fs, to, from);
      location.setPendingMove(undefined);
    } catch {
      // The journal is in its new place; the old files are tidied at the next start.
    }
  } finally {
    await lock.release();
  }
  return to;
}

/**
 * Finishes a move a crash (or an old file that would not go) interrupted, before the
 * journal is opened: if the remembered path was switched, the old files go; if it is
 * still the old one and never switched, the copies do. Either way exactly one place holds
 * the journal afterwards. If another journal was opened since a switch whose old files
 * would not go — the old file left behind, or any other — nothing is removed: the
 * journal at the move's target may have been written since; only the note is dropped.
 */
export async function finishInterruptedMove({ fs, location }: MoveDeps): Promise<void> {
  const move = location.pendingMove();
  if (!move) return;
  const here = location.vaultPath();
  const switchedAway = here !== move.to && (move.switched === true || here !== move.from);
  if (switchedAway) {
    location.setPendingMove(undefined);
    return;
  }
  // The path switches only once the new journal is complete and in place.
  if (here === move.to) {
    const lock = await acquireVaultLock(fs, move.from);
    try {
      await removeMoved(fs, move.to, move.from);
    } finally {
      await lock.release();
    }
    await removeTree(fs, stagingFolder(move.to));
  } else {
    await removeCopies(fs, move.from, move.to);
  }
  location.setPendingMove(undefined);
}

/** Steps 2–4: copy into the staging folder, fsync, check, rename into place. */
async function copyJournal({ fs, hash }: MoveDeps, from: string, to: string): Promise<void> {
  const staging = stagingFolder(to);
  const names = await filesOf(fs, from);
  const backupsName = path.basename(backupFolder(from));
  const hasBackups = names.some((name) => path.dirname(name) === backupsName);
  // A staging folder left by an attempt whose pending note was lost.
  await removeTree(fs, staging);
  await fs.mkdir(staging, { mode: 0o700 });
  if (hasBackups) await fs.mkdir(path.join(staging, backupsName), { mode: 0o700 });
  for (const name of names) {
    await copyDurably(fs, path.join(path.dirname(from), name), path.join(staging, name));
  }
  if (hasBackups) await syncFolder(fs, path.join(staging, backupsName));
  await syncFolder(fs, staging);

  const [original, copy] = [
    new Uint8Array(await fs.readFile(from)),
    new Uint8Array(await fs.readFile(path.join(staging, path.basename(from)))),
  ];
  parseVault(copy, hash);
  if (!sameBytes(hash(original), hash(copy))) {
    throw new AppFailure('INTERNAL', 'The copy of the journal does not match the original.');
  }

  // The journal last: a journal in the new folder always has its backups beside it.
  if (hasBackups) await fs.rename(path.join(staging, backupsName), backupFolder(to));
  for (const name of names) {
    if (name === path.basename(from) || path.dirname(name) === backupsName) continue;
    await fs.rename(path.join(staging, name), path.join(path.dirname(to), name));
  }
  await fs.rename(path.join(staging, path.basename(from)), to);
  await syncFolder(fs, path.dirname(to));
  await fs.rmdir(staging);
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

/**
 * Removes the files of the journal at `drop` that the journal at `keep` also has: the
 * other half of a move. A file that only `drop` has (a version a sync tool brought in
 * meanwhile) is left alone.
 */
async function removeMoved(fs: VaultFs, keep: string, drop: string): Promise<void> {
  for (const name of await filesOf(fs, drop)) {
    if (await exists(fs, path.join(path.dirname(keep), name))) {
      await unlinkIfThere(fs, path.join(path.dirname(drop), name));
    }
  }
  await fs.rmdir(backupFolder(drop)).catch((error: unknown) => {
    if (errnoOf(error) !== 'ENOENT') throw error;
  });
  await syncFolder(fs, path.dirname(drop));
}

/** Removes what a move that did not switch left at its target. */
async function removeCopies(fs: VaultFs, from: string, to: string): Promise<void> {
  await removeTree(fs, stagingFolder(to));
  await removeMoved(fs, from, to);
}

async function unlinkIfThere(fs: VaultFs, file: string): Promise<void> {
  await fs.unlink(file).catch((error: unknown) => {
    if (errnoOf(error) !== 'ENOENT') throw error;
  });
}

/** Removes a folder and everything in it; nothing if it is not there. */
async function removeTree(fs: VaultFs, folder: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return;
    throw error;
  }
  for (const name of names) {
    const entry = path.join(folder, name);
    if ((await fs.stat(entry)).isDirectory()) await removeTree(fs, entry);
    else await fs.unlink(entry);
  }
  await fs.rmdir(folder);
}
