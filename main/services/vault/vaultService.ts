import path from 'node:path';
import type { Database } from 'sql.js';
import type { Backup, LockReason, VaultState } from '../../../shared/domain/vault.js';
import type { BackupRef } from '../../../shared/ipc/result.js';
import { AppFailure, errnoOf, failureFromFsError } from '../appFailure.js';
import { applyMigrations, pendingMigrations } from '../database/migrations/index.js';
import { openDatabase } from '../database/sqlite.js';
import { readDb, type ReadDb, type WriteTx } from '../database/statements.js';
import {
  keepCopyApart,
  listBackups,
  listKeptCopies,
  moveKeptCopiesIntoRotation,
  type BackupFile,
} from './backups.js';
import { parseVault, type KdfParams, type ParsedVault } from './format.js';
import type { ForeignJournal, OpenForeignVault } from './foreignVault.js';
import type { Kdf } from './kdf.js';
import { decodeRecoveryKey } from './recoveryKey.js';
import { buildNewJournal, replay } from './journalImage.js';
import {
  assertUsablePassphrase,
  derivePassphraseKey,
  makeSecrets,
  PreparedVault,
  raiseTo,
  type NewSecrets,
} from './secrets.js';
import { createJournalIdentity, journalIdOf, savesOf } from './saveHistory.js';
import type { MissingSaves, SaveMemory } from './saveMemory.js';
import { VaultSession, type LogPosition } from './session.js';
import { saltBytes, type Sodium } from './sodium.js';
import {
  openLog,
  openSnapshot,
  rewrapPassphrase,
  sealSnapshot,
  unwrapWithPassphraseKey,
  unwrapWithRecoveryKey,
  type KeyWraps,
} from './vaultCodec.js';
import {
  readVaultFile,
  replaceVaultFile,
  sweepStaleTempFiles,
  type DiskState,
} from './vaultFile.js';
import type { VaultFs } from './vaultFs.js';
import { acquireVaultLock, type VaultLock } from './vaultLock.js';

export interface VaultServiceDeps {
  readonly fs: VaultFs;
  readonly sodium: Sodium;
  readonly kdf: Kdf;
  /** Opens files this app may not have written, away from main (see `readForeign`). */
  readonly openForeign: OpenForeignVault;
  readonly now: () => Date;
  readonly vaultPath: string;
  /** The cost new vaults get, and that older vaults are raised to on unlock. */
  readonly kdfPolicy: KdfParams;
  readonly backupGenerations: number;
  /** What this computer remembers of the journals it wrote: to notice saves gone missing. */
  readonly memory: SaveMemory;
  readonly onLocked: (reason: LockReason) => void;
  readonly onBackgroundError: (error: unknown) => void;
  /** The file was found changed by someone else while unlocked (see `mergeChangedFile`). */
  readonly onChangedOnDisk: () => void;
}

/**
 * What a backup check found: `opens-now` (sealed under today's key), `older-secrets`
 * (intact, opens with the passphrase or recovery key valid when it was written),
 * `intact` (checked while locked, so only its structure and checksum), or `damaged`.
 */
export type BackupStatus = Backup['status'];

export interface BackupCheck extends BackupFile {
  readonly status: BackupStatus;
}

/**
 * The journal's lifecycle: create, unlock (passphrase or recovery key), lock, change
 * secrets, backups. While unlocked it holds one VaultSession, through which every read
 * and write goes; while locked it holds no key and no data.
 */
export class VaultService {
  private session: { vault: VaultSession; lock: VaultLock; journalId: string } | undefined;
  /** Where the last lock put another version of the file, found changed as it locked. */
  private lastKeptAside: string | undefined;
  /** Serialises lifecycle operations: two unlocks or a lock during an unlock never interleave. */
  private lifecycle: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: VaultServiceDeps) {}

  get path(): string {
    return this.deps.vaultPath;
  }

  async state(): Promise<VaultState> {
    if (this.session) return 'unlocked';
    try {
      await this.deps.fs.stat(this.deps.vaultPath);
      return 'locked';
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return 'absent';
      throw failureFromFsError(error, 'find the journal');
    }
  }

  /** Whether the open journal's file was changed by someone else, not yet resolved. */
  get changedOnDisk(): boolean {
    return this.session?.vault.changedOnDisk ?? false;
  }

  /**
   * The other version the last lock kept beside the journal (the file had been changed
   * elsewhere and nobody was there to choose); forgotten at the next unlock.
   */
  get keptAside(): string | undefined {
    return this.lastKeptAside;
  }

  /**
   * Saves this computer made that the open journal's file did not hold when it was
   * unlocked, until the user dismisses the notice (see `SaveMemory`).
   */
  get missingSaves(): MissingSaves | undefined {
    return this.session && this.deps.memory.missing(this.session.journalId);
  }

  /** The user has read the missing-saves notice and goes on with the journal as it is. */
  dismissMissingSaves(): void {
    if (!this.session) throw new AppFailure('VAULT_LOCKED', 'The journal is locked.');
    this.deps.memory.dismissMissing(this.session.journalId);
  }

  /**
   * Copies of the journal file kept, apart from the backups' rotation, when an unlock
   * found its last record unreadable: file names in the backups folder.
   */
  async damagedCopies(): Promise<string[]> {
    if (!this.session) return [];
    return (await listKeptCopies(this.deps.fs, this.deps.vaultPath)).map((copy) => copy.name);
  }

  /** The user has read the notice: the kept copies join the backups and rotate out with them. */
  dismissDamagedCopies(): Promise<void> {
    return this.serially(async () => {
      this.unlocked();
      await moveKeptCopiesIntoRotation(this.deps.fs, this.deps.vaultPath).catch(
        (error: unknown) => {
          throw failureFromFsError(error, 'move the kept copy among the backups');
        },
      );
    });
  }

  /** Writes what is remembered of the journal now; a failure loses only evidence, so it is reported, not thrown. */
  flushMemory(): void {
    try {
      this.deps.memory.flush();
    } catch (error) {
      this.deps.onBackgroundError(error);
    }
  }

  /** Reads from the unlocked journal. */
  get read(): ReadDb {
    return this.unlocked().read;
  }

  /** Resolves once no write is under way (see VaultSession.settled); at once when locked. */
  async settled(): Promise<void> {
    await this.session?.vault.settled();
  }

  /** Writes to the unlocked journal, durably, as one batch. */
  async write<T>(work: (tx: WriteTx) => T): Promise<T> {
    return this.unlocked().write(work);
  }

  /** Rewrites the vault as a fresh snapshot now (the session also does it by itself when due). */
  async compact(): Promise<void> {
    return this.unlocked().compact();
  }

  /**
   * Makes the secrets of a new vault and the recovery key to show. Nothing is written:
   * `commitNewVault` writes it once the user has confirmed the key.
   */
  async prepareNewVault(passphrase: string): Promise<PreparedVault> {
    if ((await this.state()) !== 'absent') {
      throw new AppFailure('VAULT_EXISTS', 'A journal already exists here.');
    }
    const secrets = await this.makeSecrets(passphrase, this.deps.kdfPolicy);
    return new PreparedVault(secrets, this.deps.sodium);
  }

  /** Writes the prepared vault (schema applied) and opens it. */
  commitNewVault(prepared: PreparedVault): Promise<void> {
    return this.serially(async () => {
      const secrets = prepared.take();
      await this.deps.fs
        .mkdir(path.dirname(this.deps.vaultPath), { recursive: true, mode: 0o700 })
        .catch((error: unknown) => {
          throw failureFromFsError(error, 'make the journal’s folder');
        });
      const lock = await acquireVaultLock(this.deps.fs, this.deps.vaultPath);
      try {
        if ((await this.state()) !== 'absent') {
          throw new AppFailure('VAULT_EXISTS', 'A journal already exists here.');
        }
        const db = await openDatabase();
        buildNewJournal(db, this.deps.now().toISOString(), this.newJournalId());
        const image = db.export();
        const { parts, length, bodyNonce } = sealSnapshot(
          this.deps.sodium,
          secrets.wraps,
          secrets.dataKey,
          image,
        );
        const disk = await replaceVaultFile(this.deps.fs, this.deps.vaultPath, parts, {
          expected: undefined,
          now: this.deps.now(),
          backupGenerations: this.deps.backupGenerations,
        });
        db.close();
        await this.openSession(lock, secrets.dataKey, secrets.wraps, {
          image,
          batches: [],
          position: { bodyNonce, seq: 0, end: length, snapshotLength: length },
          disk,
        });
      } catch (error) {
        if (!this.session) this.deps.sodium.wipe(secrets.dataKey);
        await lock.release();
        throw error;
      }
    });
  }

  /** Opens the journal with the passphrase; raises the KDF cost if policy asks for more. */
  unlock(passphrase: string): Promise<void> {
    return this.serially(async () => {
      if (this.session) return;
      await this.withVaultLocked(async (lock, vault, disk) => {
        const passphraseKey = await this.derive(passphrase, vault.header.salt, vault.header.kdf);
        const dataKey = unwrapWithPassphraseKey(this.deps.sodium, vault.header, passphraseKey);
        this.deps.sodium.wipe(passphraseKey);
        if (!dataKey)
          throw new AppFailure('WRONG_PASSPHRASE', 'That passphrase does not open this journal.');
        await this.openExisting(lock, vault, disk, dataKey, vault.header).catch(
          (error: unknown) => {
            // Until a session owns the key, wiping it is this caller's job.
            if (!this.session) this.deps.sodium.wipe(dataKey);
            throw error;
          },
        );
        const raised = raiseTo(vault.header.kdf, this.deps.kdfPolicy);
        if (raised) {
          const salt = this.deps.sodium.random(saltBytes);
          const stronger = await this.derive(passphrase, salt, raised);
          const wraps = rewrapPassphrase(this.deps.sodium, vault.header, {
            kdf: raised,
            salt,
            passphraseKey: stronger,
            dataKey,
          });
          this.deps.sodium.wipe(stronger);
          await this.unlocked().replaceKeys(dataKey, wraps);
        }
      });
    });
  }

  /**
   * Resets the passphrase with the recovery key: opens the journal with the key, then
   * rotates every secret. Returns the new recovery key, to show once.
   */
  resetWithRecoveryKey(recoveryKey: string, newPassphrase: string): Promise<string> {
    return this.serially(async () => {
      if (this.session)
        throw AppFailure.invalid(
          [],
          { kind: 'not_now', reason: 'journal_open' },
          'lock the journal before resetting its passphrase.',
        );
      assertUsablePassphrase(newPassphrase);
      const key = decodeRecoveryKey(recoveryKey);
      if (!key)
        throw new AppFailure(
          'WRONG_RECOVERY_KEY',
          'That is not a recovery key: it should be 52 letters and digits.',
        );
      return this.withVaultLocked(async (lock, vault, disk) => {
        const dataKey = unwrapWithRecoveryKey(this.deps.sodium, vault.header, key);
        this.deps.sodium.wipe(key);
        if (!dataKey)
          throw new AppFailure(
            'WRONG_RECOVERY_KEY',
            'That recovery key does not open this journal.',
          );
        await this.openExisting(lock, vault, disk, dataKey, vault.header).catch(
          (error: unknown) => {
            // Until a session owns the key, wiping it is this caller's job.
            if (!this.session) this.deps.sodium.wipe(dataKey);
            throw error;
          },
        );
        const fresh = await this.makeSecrets(newPassphrase, this.deps.kdfPolicy);
        await this.unlocked().replaceKeys(fresh.dataKey, fresh.wraps);
        return fresh.recoveryKey;
      });
    });
  }

  /** New passphrase (the current one required); every secret rotates. Returns the new recovery key. */
  changePassphrase(current: string, next: string): Promise<string> {
    return this.serially(async () => {
      await this.verifyPassphrase(current);
      const fresh = await this.makeSecrets(next, this.deps.kdfPolicy);
      await this.unlocked().replaceKeys(fresh.dataKey, fresh.wraps);
      return fresh.recoveryKey;
    });
  }

  /** A new recovery key on request (the passphrase required); the data key rotates with it. */
  newRecoveryKey(passphrase: string): Promise<string> {
    return this.serially(async () => {
      await this.verifyPassphrase(passphrase);
      const fresh = await this.makeSecrets(passphrase, this.deps.kdfPolicy);
      await this.unlocked().replaceKeys(fresh.dataKey, fresh.wraps);
      return fresh.recoveryKey;
    });
  }

  /** Checks whether someone else changed the open journal's file (see `onChangedOnDisk`). */
  async checkForOutsideChange(): Promise<void> {
    await this.session?.vault.checkForOutsideChange();
  }

  /**
   * Resolves an outside change by merging: the file as it now is on disk is opened with
   * `passphrase` (its own: it may have been changed on the other device) as a foreign
   * file (`readForeign`), `merge` returns the write that takes its records in, and the
   * merged journal is written over it (kept as a backup).
   */
  mergeChangedFile<T>(
    passphrase: string,
    merge: (other: ForeignJournal) => (tx: WriteTx) => T,
  ): Promise<T> {
    return this.serially(async () => {
      const session = this.unlocked();
      await this.deps.fs.stat(this.deps.vaultPath).catch((error: unknown) => {
        throw errnoOf(error) === 'ENOENT'
          ? new AppFailure(
              'NO_VAULT',
              'The journal file is gone from its folder, so there is nothing to merge. Keep both to write this journal back.',
            )
          : failureFromFsError(error, 'read the journal');
      });
      const { journal, disk } = await this.readForeign(passphrase);
      return session.mergeChangedFile(disk, merge(journal));
    });
  }

  /**
   * Resolves an outside change by keeping both: the changed file is moved aside and
   * this journal written in its place. Returns the other version's path (`undefined`
   * when the file had been deleted).
   */
  keepBothVersions(): Promise<string | undefined> {
    return this.serially(() => this.unlocked().keepBoth());
  }

  /** Waits for pending saves, compacts, closes the database and forgets the key. */
  lock(reason: LockReason): Promise<void> {
    return this.serially(() => this.lockNow(reason));
  }

  private async lockNow(reason: LockReason): Promise<void> {
    const session = this.session;
    if (!session) return;
    this.session = undefined;
    try {
      this.lastKeptAside = (await session.vault.close()).keptAside;
    } finally {
      await session.lock.release();
      this.flushMemory();
      this.deps.onLocked(reason);
    }
  }

  /**
   * Opens the vault for reading only — no lock file, no migrations, no compaction, no
   * write of any kind — and returns the database as the log leaves it. For inspection
   * and export (the command-line tool); the caller closes the database.
   */
  async openForReading(
    secret: { passphrase: string } | { recoveryKey: string },
  ): Promise<Database> {
    return (await this.readFile(secret)).db;
  }

  /**
   * Reads the journal out of this service's file as one someone else may have made (a
   * backup, another version, the vault changed on another computer): the key is derived
   * here, but the file is decrypted, its log replayed and its tables read by
   * `openForeign`, away from main and within its bounds. The rows are still to be
   * checked, as an import checks them.
   */
  async readForeignJournal(passphrase: string): Promise<ForeignJournal> {
    return (await this.readForeign(passphrase)).journal;
  }

  private async readForeign(
    passphrase: string,
  ): Promise<{ journal: ForeignJournal; disk: DiskState }> {
    if ((await this.state()) === 'absent')
      throw new AppFailure('NO_VAULT', 'There is no journal here yet.');
    const { bytes, disk } = await readVaultFile(this.deps.fs, this.deps.vaultPath).catch(
      (error: unknown) => {
        throw failureFromFsError(error, 'read the file');
      },
    );
    const vault = parseVault(bytes, (data) => this.deps.sodium.hash(data));
    const passphraseKey = await this.derive(passphrase, vault.header.salt, vault.header.kdf);
    const dataKey = unwrapWithPassphraseKey(this.deps.sodium, vault.header, passphraseKey);
    this.deps.sodium.wipe(passphraseKey);
    if (!dataKey)
      throw new AppFailure('WRONG_PASSPHRASE', 'That passphrase does not open this journal.');
    const journal = await this.deps
      .openForeign(bytes, dataKey)
      .finally(() => this.deps.sodium.wipe(dataKey));
    return { journal, disk };
  }

  /** `openForReading`, with the state of the file as it was read. */
  private async readFile(
    secret: { passphrase: string } | { recoveryKey: string },
  ): Promise<{ db: Database; disk: DiskState }> {
    if ((await this.state()) === 'absent')
      throw new AppFailure('NO_VAULT', 'There is no journal here yet.');
    const { bytes, disk } = await readVaultFile(this.deps.fs, this.deps.vaultPath).catch(
      (error: unknown) => {
        throw failureFromFsError(error, 'read the journal');
      },
    );
    const vault = await this.withBackupsOnDamage(() =>
      parseVault(bytes, (data) => this.deps.sodium.hash(data)),
    );
    let dataKey: Uint8Array | undefined;
    if ('passphrase' in secret) {
      const passphraseKey = await this.derive(
        secret.passphrase,
        vault.header.salt,
        vault.header.kdf,
      );
      dataKey = unwrapWithPassphraseKey(this.deps.sodium, vault.header, passphraseKey);
      this.deps.sodium.wipe(passphraseKey);
      if (!dataKey)
        throw new AppFailure('WRONG_PASSPHRASE', 'That passphrase does not open this journal.');
    } else {
      const key = decodeRecoveryKey(secret.recoveryKey);
      dataKey = key && unwrapWithRecoveryKey(this.deps.sodium, vault.header, key);
      if (!dataKey)
        throw new AppFailure('WRONG_RECOVERY_KEY', 'That recovery key does not open this journal.');
    }
    const opened = dataKey;
    // The key is forgotten once the file is decrypted, or once it has failed to be.
    const { image, log } = await this.withBackupsOnDamage(() => ({
      image: openSnapshot(this.deps.sodium, vault, opened),
      log: openLog(this.deps.sodium, vault, opened),
    })).finally(() => this.deps.sodium.wipe(opened));
    const db = await openDatabase(image);
    image.fill(0);
    await this.withBackupsOnDamage(() => replay(db, log.batches));
    return { db, disk };
  }

  /** Backups, newest first. */
  backups(): Promise<BackupFile[]> {
    return listBackups(this.deps.fs, this.deps.vaultPath);
  }

  /**
   * Checks every backup without a passphrase: intact or damaged, and — while unlocked —
   * whether it opens with today's secrets or only with ones that were valid back then.
   */
  async verifyBackups(): Promise<BackupCheck[]> {
    const wraps = this.session?.vault.currentWraps;
    const checks: BackupCheck[] = [];
    for (const backup of await this.backups()) {
      checks.push({ ...backup, status: await this.checkBackup(backup, wraps) });
    }
    return checks;
  }

  /**
   * Puts a backup in the vault's place; the current vault becomes the newest backup
   * first. The journal is locked afterwards: the backup opens with the secrets that
   * were valid when it was written.
   */
  restoreBackup(id: string): Promise<void> {
    return this.serially(async () => {
      // Read before locking: a lock compacts and prunes the oldest backup, which may be
      // the very one chosen.
      const backup = (await this.backups()).find((candidate) => candidate.id === id);
      if (!backup)
        throw AppFailure.invalid(
          ['id'],
          { kind: 'not_found' },
          'there is no backup with that name.',
        );
      const { bytes } = await readVaultFile(this.deps.fs, backup.path);
      if (this.statusOf(bytes, undefined) === 'damaged') {
        throw new AppFailure('VAULT_CORRUPT', 'That backup is damaged too; choose another.');
      }
      await this.lockNow('manual');
      const lock = await acquireVaultLock(this.deps.fs, this.deps.vaultPath);
      try {
        const current = await this.deps.fs.stat(this.deps.vaultPath).catch(() => undefined);
        await replaceVaultFile(this.deps.fs, this.deps.vaultPath, [bytes], {
          expected: current && { size: current.size, mtimeMs: current.mtimeMs, ino: current.ino },
          now: this.deps.now(),
          backupGenerations: this.deps.backupGenerations,
        });
        // Put back on purpose: its next unlock is not a file that lost saves.
        this.deps.memory.acceptNextUnlock(this.deps.vaultPath);
      } finally {
        await lock.release();
      }
    });
  }

  private async checkBackup(
    backup: BackupFile,
    current: KeyWraps | undefined,
  ): Promise<BackupStatus> {
    try {
      return this.statusOf((await readVaultFile(this.deps.fs, backup.path)).bytes, current);
    } catch {
      return 'damaged';
    }
  }

  /** Whether a backup's bytes are whole, and whether today's secrets open them. */
  private statusOf(bytes: Uint8Array, current: KeyWraps | undefined): BackupStatus {
    let vault: ParsedVault;
    try {
      vault = parseVault(bytes, (data) => this.deps.sodium.hash(data));
    } catch {
      return 'damaged';
    }
    if (!current) return 'intact';
    // The recovery wrap changes exactly when the data key does (a raised KDF cost only
    // rewraps the passphrase), so an equal one means today's secrets open this backup.
    const same = (a: Uint8Array, b: Uint8Array): boolean =>
      a.length === b.length && a.every((byte, i) => byte === b[i]);
    return same(vault.header.rkNonce, current.rkNonce) && same(vault.header.rkWrap, current.rkWrap)
      ? 'opens-now'
      : 'older-secrets';
  }

  private unlocked(): VaultSession {
    if (!this.session) throw new AppFailure('VAULT_LOCKED', 'The journal is locked.');
    return this.session.vault;
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.lifecycle.then(task, task);
    this.lifecycle = run.catch(() => undefined);
    return run;
  }

  private derive(passphrase: string, salt: Uint8Array, kdf: KdfParams): Promise<Uint8Array> {
    return derivePassphraseKey(this.deps.kdf, passphrase, salt, kdf);
  }

  private makeSecrets(passphrase: string, kdf: KdfParams): Promise<NewSecrets> {
    return makeSecrets(this.deps.sodium, this.deps.kdf, passphrase, kdf);
  }

  private async verifyPassphrase(passphrase: string): Promise<void> {
    const wraps = this.unlocked().currentWraps;
    const passphraseKey = await this.derive(passphrase, wraps.salt, wraps.kdf);
    const { sodium } = this.deps;
    const dataKey = unwrapWithPassphraseKey(sodium, wraps, passphraseKey);
    sodium.wipe(passphraseKey);
    if (!dataKey) throw new AppFailure('WRONG_PASSPHRASE', 'That is not the current passphrase.');
    sodium.wipe(dataKey);
  }

  /** Takes the lock file, reads and parses the vault, runs `work`; releases the lock if it fails. */
  private async withVaultLocked<T>(
    work: (lock: VaultLock, vault: ParsedVault, disk: DiskState) => Promise<T>,
  ): Promise<T> {
    if ((await this.state()) === 'absent')
      throw new AppFailure('NO_VAULT', 'There is no journal here yet.');
    const lock = await acquireVaultLock(this.deps.fs, this.deps.vaultPath);
    try {
      await sweepStaleTempFiles(this.deps.fs, this.deps.vaultPath);
      const { bytes, disk } = await readVaultFile(this.deps.fs, this.deps.vaultPath).catch(
        (error: unknown) => {
          throw failureFromFsError(error, 'read the journal');
        },
      );
      const vault = await this.withBackupsOnDamage(() =>
        parseVault(bytes, (data) => this.deps.sodium.hash(data)),
      );
      return await work(lock, vault, disk);
    } catch (error) {
      // A half-done open writes nothing: the session is dropped, not compacted.
      if (this.session?.lock === lock) {
        const session = this.session;
        this.session = undefined;
        await session.vault.discard().catch(() => undefined);
      }
      await lock.release();
      throw error;
    }
  }

  private async openExisting(
    lock: VaultLock,
    vault: ParsedVault,
    disk: DiskState,
    dataKey: Uint8Array,
    wraps: KeyWraps,
  ): Promise<void> {
    const { image, log } = await this.withBackupsOnDamage(() => {
      const image = openSnapshot(this.deps.sodium, vault, dataKey);
      return { image, log: openLog(this.deps.sodium, vault, dataKey) };
    });
    if (log.droppedTail) {
      // The format cannot tell a torn append from a damaged record length (rec_len is not
      // authenticated; see docs/vault-format-v2.md): keep the file as it is, in a copy
      // apart from the backups' rotation, before the next save cuts the tail off. The
      // user is told (`damagedCopies`) and the copy joins the rotation only after that.
      await keepCopyApart(this.deps.fs, this.deps.vaultPath, this.deps.now()).catch(
        (error: unknown) => {
          throw failureFromFsError(error, 'keep a copy of the journal before repairing it');
        },
      );
    }
    await this.openSession(lock, dataKey, wraps, {
      image,
      batches: log.batches,
      position: {
        bodyNonce: vault.header.bodyNonce,
        seq: log.batches.length,
        end: log.end,
        snapshotLength: vault.logStart,
      },
      disk,
    });
  }

  private async openSession(
    lock: VaultLock,
    dataKey: Uint8Array,
    wraps: KeyWraps,
    opened: {
      image: Uint8Array;
      batches: readonly Uint8Array[];
      position: LogPosition;
      disk: DiskState;
    },
  ): Promise<void> {
    const db = await openDatabase(opened.image);
    opened.image.fill(0);
    await this.withBackupsOnDamage(() => replay(db, opened.batches));
    let pending;
    try {
      pending = pendingMigrations(db);
    } catch (error) {
      db.close();
      throw error;
    }
    const { memory } = this.deps;
    // Compared before anything is written: the writes below are saves and count.
    const foundId = journalIdOf(readDb(db));
    // Before migration 6 there is no count, and no id: none of this computer's saves yet.
    const found =
      foundId === undefined
        ? { saves: 0, lastSavedAt: null }
        : savesOf(readDb(db), memory.deviceId);
    if (foundId !== undefined) memory.reconcile(foundId, found, this.deps.vaultPath);
    const journalId = foundId ?? this.newJournalId();
    const vault = new VaultSession(
      {
        fs: this.deps.fs,
        sodium: this.deps.sodium,
        vaultPath: this.deps.vaultPath,
        now: this.deps.now,
        backupGenerations: this.deps.backupGenerations,
        onBackgroundError: this.deps.onBackgroundError,
        onChangedOnDisk: this.deps.onChangedOnDisk,
        deviceId: memory.deviceId,
        onSaved: (journalId, saves) => memory.saved(journalId, saves),
      },
      db,
      dataKey,
      wraps,
      opened.position,
      opened.disk,
      journalId,
      found,
    );
    this.session = { vault, lock, journalId };
    this.lastKeptAside = undefined;
    if (pending.length > 0 || foundId === undefined) {
      const appliedAt = this.deps.now().toISOString();
      await vault.write((tx) => {
        applyMigrations(tx, pending, appliedAt);
        if (foundId === undefined) createJournalIdentity(tx, journalId);
      });
    }
  }

  /** A journal's id: random, so two journals never share one. */
  private newJournalId(): string {
    return Array.from(this.deps.sodium.random(16), (byte) =>
      byte.toString(16).padStart(2, '0'),
    ).join('');
  }

  /** Runs `task`; a VAULT_CORRUPT it throws carries the backups that could replace the vault. */
  private async withBackupsOnDamage<T>(task: () => T | Promise<T>): Promise<T> {
    try {
      return await task();
    } catch (error) {
      if (error instanceof AppFailure && error.code === 'VAULT_CORRUPT') {
        // Only backups that are intact are offered; which secret opens each is for the user to try.
        const backups: BackupRef[] = [];
        for (const backup of await this.backups().catch(() => [])) {
          if ((await this.checkBackup(backup, undefined)) === 'intact') {
            backups.push({
              id: backup.id,
              createdAt: backup.createdAt,
              sizeBytes: backup.sizeBytes,
            });
          }
        }
        throw new AppFailure('VAULT_CORRUPT', error.message, { cause: error, backups });
      }
      throw error;
    }
  }
}
