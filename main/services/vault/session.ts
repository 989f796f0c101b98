import type { Database } from 'sql.js';
import { AppFailure } from '../appFailure.js';
import { applyConnectionSettings } from '../database/sqlite.js';
import {
  assertBindable,
  assertDeterministic,
  encodeBatch,
  readDb,
  statementRunner,
  type ReadDb,
  type SqlValue,
  type Statement,
  type WriteTx,
} from '../database/statements.js';
import { frameRecord } from './format.js';
import { countSaveSql, savesOf, type DeviceSaves } from './saveHistory.js';
import { nonceBytes, type Sodium } from './sodium.js';
import { sealRecord, sealSnapshot, type KeyWraps } from './vaultCodec.js';
import {
  changedOnDisk,
  isAsLeft,
  keepBothFiles,
  LogAppender,
  replaceVaultFile,
  type DiskState,
  type DiskTracker,
} from './vaultFile.js';
import type { VaultFs } from './vaultFs.js';

/** Runs transaction control with writes briefly allowed (COMMIT writes pages). */
function execWritable(db: Database, sql: string): void {
  db.exec('PRAGMA query_only = 0');
  try {
    db.exec(sql);
  } finally {
    db.exec('PRAGMA query_only = 1');
  }
}

const KiB = 1024;
const MiB = 1024 * KiB;

/**
 * How long the log may grow before it is rewritten into a new snapshot. The format
 * sets the outer bound (docs/vault-format.md, "Compacting": a quarter of the snapshot,
 * or 4 MiB). The app compacts sooner, for unlocking: a logged byte costs about thirty
 * times more to open than a snapshot byte (each saved reflection is tokenised again for
 * the full-text index, docs/performance.md), so the log is kept to 1/32 of the
 * snapshot, where replaying it costs about as much as loading the snapshot; but it may
 * always reach 256 KiB, so a young journal is not rewritten every few saves.
 */
export function compactionThreshold(snapshotLength: number): number {
  const formatBound = Math.min(snapshotLength / 4, 4 * MiB);
  const unlockBound = Math.max(snapshotLength / 32, 256 * KiB);
  return Math.min(formatBound, unlockBound);
}

/** Where the next record goes, and what the file looked like after our last write. */
export interface LogPosition {
  readonly bodyNonce: Uint8Array;
  /** Records since the snapshot; the next one is `seq + 1`. */
  readonly seq: number;
  /** Offset just past the last acknowledged record. */
  readonly end: number;
  /** Bytes of header + snapshot + checksum, where the log starts. */
  readonly snapshotLength: number;
}

export interface SessionDeps {
  readonly fs: VaultFs;
  readonly sodium: Sodium;
  readonly vaultPath: string;
  readonly now: () => Date;
  readonly backupGenerations: number;
  /** A compaction that runs after the user's save was acknowledged, and failed. */
  readonly onBackgroundError: (error: unknown) => void;
  /** The file was found changed by someone else: nothing more is saved until that is resolved. */
  readonly onChangedOnDisk: () => void;
  /** This computer's id in the journal's save counts (`device_saves`). */
  readonly deviceId: string;
  /** After each durable save or merge: this computer's count in the journal as it now is. */
  readonly onSaved: (journalId: string, saves: DeviceSaves) => void;
}

const isOutsideChange = (error: unknown): boolean =>
  error instanceof AppFailure && error.code === 'VAULT_CHANGED_ON_DISK';

/**
 * An unlocked vault: the database in memory and the key that seals its changes. Every
 * write goes through `write`, which applies it and appends it to the log as one record
 * before reporting success; writes and compactions run one at a time.
 */
export class VaultSession {
  private db: Database | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly disk: DiskTracker;
  private readonly appender: LogAppender;
  private compactionQueued = false;
  /** A fresh nonce for the next record, drawn while the previous append waited on the disk. */
  private spareNonce: Uint8Array | undefined;
  /** The writes' prepared statements; closing the database frees them. */
  private readonly prepared: ReturnType<typeof statementRunner>;
  /**
   * Someone else changed the file (another device, a sync tool): every save and
   * compaction is refused until the user merges the versions or keeps both.
   */
  private outsideChange = false;
  constructor(
    private readonly deps: SessionDeps,
    db: Database,
    private dataKey: Uint8Array,
    private wraps: KeyWraps,
    private position: LogPosition,
    disk: DiskState,
    /**
     * The journal's id (for a journal from before migration 6, the one its first save
     * gives it), and this computer's count of saves as opened: kept here as each save
     * advances it rather than read back after every save; read again only after a merge.
     */
    private readonly journalId: string,
    private ownSaves: DeviceSaves,
  ) {
    this.db = db;
    this.prepared = statementRunner(db);
    this.disk = { current: disk };
    this.appender = new LogAppender(deps.fs, deps.vaultPath, this.disk);
  }

  /** Queries; throws VAULT_LOCKED once the session is closed. */
  get read(): ReadDb {
    return readDb(this.openDb());
  }

  /**
   * Resolves once no write is under way. A write keeps its transaction open while its
   * record is being made durable, and a read in that time would see rows the disk may
   * yet refuse; a read made in the same turn as this resolves sees only saved state.
   */
  async settled(): Promise<void> {
    for (;;) {
      const queued = this.queue;
      await queued;
      if (queued === this.queue) return;
    }
  }

  /** Whether the file was found changed by someone else, and that is not yet resolved. */
  get changedOnDisk(): boolean {
    return this.outsideChange;
  }

  /** Bytes of log since the last snapshot. */
  get logLength(): number {
    return this.position.end - this.position.snapshotLength;
  }

  /** The wraps of today's data key: backups with the same recovery wrap open with today's secrets. */
  get currentWraps(): KeyWraps {
    return this.wraps;
  }

  /**
   * Runs `work` in one transaction and saves its statements durably as one record.
   * Resolves only after fsync; on any failure the database is rolled back and the
   * file is as it was.
   */
  write<T>(work: (tx: WriteTx) => T): Promise<T> {
    return this.enqueue(async () => {
      const db = this.openDb();
      const statements: Statement[] = [];
      const tx = this.writeTx(db, statements);
      // The file check runs on the disk thread while the change is applied and sealed.
      const append = this.appender.begin();
      execWritable(db, 'BEGIN');
      let result: T;
      let savedAt: string | undefined;
      let countsMerged = false;
      try {
        db.exec('PRAGMA query_only = 0');
        result = work(tx);
        // Counted in the save's own record: the count and what it counts are durable together.
        if (statements.length > 0) {
          // A merge of another version's counts (mergeSaveHistory) may have raised ours.
          countsMerged = statements.some(([sql]) => sql.includes('device_saves'));
          savedAt = this.deps.now().toISOString();
          tx.run(countSaveSql, [this.deps.deviceId, savedAt]);
        }
      } catch (error) {
        execWritable(db, 'ROLLBACK');
        throw error;
      } finally {
        // Reads that run while the record is being written must not be able to write.
        db.exec('PRAGMA query_only = 1');
      }
      if (statements.length === 0) {
        execWritable(db, 'ROLLBACK');
        return result;
      }
      try {
        await this.append(append, statements);
      } catch (error) {
        execWritable(db, 'ROLLBACK');
        this.noticeOutsideChange(error);
        throw error;
      }
      execWritable(db, 'COMMIT');
      this.reportSaved(
        countsMerged
          ? savesOf(readDb(db), this.deps.deviceId)
          : { saves: this.ownSaves.saves + 1, lastSavedAt: savedAt ?? null },
      );
      this.scheduleCompactionIfDue();
      return result;
    });
  }

  /** Rewrites the vault as a fresh snapshot with an empty log. */
  compact(): Promise<void> {
    return this.enqueue(() => this.compactNow());
  }

  /**
   * Rewrites the vault under new keys (a new passphrase or recovery key). The session
   * switches to them only once the new file is in place; if writing fails, it carries on
   * under the old keys and the new data key is wiped.
   */
  replaceKeys(dataKey: Uint8Array, wraps: KeyWraps): Promise<void> {
    return this.enqueue(async () => {
      try {
        await this.compactNow({ dataKey, wraps });
      } catch (error) {
        if (dataKey !== this.dataKey) this.deps.sodium.wipe(dataKey);
        throw error;
      }
      if (dataKey !== this.dataKey) this.deps.sodium.wipe(this.dataKey);
      this.dataKey = dataKey;
      this.wraps = wraps;
    });
  }

  /**
   * Looks whether someone else changed the file while nothing was being saved, so the
   * user hears of it before writing anything more. Queued behind writes: mid-append, the
   * file is ours but not yet as recorded.
   */
  checkForOutsideChange(): Promise<void> {
    return this.enqueue(async () => {
      if (!this.db || this.outsideChange || (await this.fileIsAsLeft())) return;
      this.noticeOutsideChange(changedOnDisk());
    });
  }

  /**
   * Takes in the records of the changed file: applies `merge` in one transaction, not
   * logged (it goes straight into the new snapshot), then writes the journal over the
   * file as it was read, `onDisk`, which becomes the newest backup. A change made after
   * `onDisk` was read is not overwritten: the merged records stay in memory, still
   * unsaved, and merging again takes them in once more without duplicates.
   */
  mergeChangedFile<T>(onDisk: DiskState, merge: (tx: WriteTx) => T): Promise<T> {
    return this.enqueue(async () => {
      await this.requireOutsideChange();
      const db = this.openDb();
      // Not recorded: the merge goes into the new snapshot, not the log.
      const tx = this.writeTx(db);
      execWritable(db, 'BEGIN');
      let result: T;
      try {
        db.exec('PRAGMA query_only = 0');
        result = merge(tx);
        execWritable(db, 'COMMIT');
      } catch (error) {
        execWritable(db, 'ROLLBACK');
        throw error;
      } finally {
        db.exec('PRAGMA query_only = 1');
      }
      await this.compactNow(undefined, onDisk);
      this.outsideChange = false;
      this.reportSaved(savesOf(readDb(db), this.deps.deviceId));
      return result;
    });
  }

  /**
   * Keeps both versions: the file now at the vault's path is moved aside under a name
   * that says so, and this journal is written in its place. Returns where the other
   * version went; `undefined` when the file was gone.
   */
  keepBoth(): Promise<string | undefined> {
    return this.enqueue(async () => {
      await this.requireOutsideChange();
      return this.keepBothNow();
    });
  }

  /**
   * Waits for pending writes, compacts a non-empty log, closes the database and zeroes
   * the key. Idempotent; every later call throws VAULT_LOCKED. If the file was changed
   * by someone else, nobody is there to choose (an idle lock, quitting): both versions
   * are kept, and the answer says where the other one went.
   */
  close(): Promise<{ keptAside?: string | undefined }> {
    return this.enqueue(async () => {
      if (!this.db) return {};
      try {
        if (this.outsideChange || !(await this.fileIsAsLeft())) {
          return { keptAside: await this.keepBothNow() };
        }
        if (this.logLength > 0) {
          try {
            await this.compactNow();
          } catch (error) {
            // Changed in the moment since the check above.
            if (!isOutsideChange(error)) throw error;
            return { keptAside: await this.keepBothNow() };
          }
        }
        return {};
      } finally {
        await this.appender.close();
        this.db.close();
        this.db = undefined;
        this.deps.sodium.wipe(this.dataKey);
      }
    });
  }

  /**
   * Closes without writing anything: for an open that failed half-way (a migration that
   * did not apply, a newer schema), where compacting would change a file the user
   * never got to use.
   */
  discard(): Promise<void> {
    return this.enqueue(async () => {
      if (!this.db) return;
      await this.appender.close();
      this.db.close();
      this.db = undefined;
      this.deps.sodium.wipe(this.dataKey);
    });
  }

  /**
   * A transaction's write side: each statement checked (the log must replay it exactly),
   * run, and — given `record` — kept for the log record.
   */
  private writeTx(db: Database, record?: Statement[]): WriteTx {
    const prepared = this.prepared;
    return {
      ...readDb(db),
      run(sql: string, params: readonly SqlValue[] = []) {
        assertDeterministic(sql);
        assertBindable(params);
        prepared.run(sql, params);
        record?.push([sql, [...params]]);
      },
    };
  }

  /** Writes this journal in the vault's place, the file there now kept beside it. */
  private async keepBothNow(): Promise<string | undefined> {
    let other: string | undefined;
    await this.rewrite(async (parts) => {
      const kept = await keepBothFiles(this.deps.fs, this.deps.vaultPath, parts, this.deps.now());
      other = kept.other;
      return kept.disk;
    });
    this.outsideChange = false;
    return other;
  }

  /** Tells the vault this computer's count, once the save that advanced it is durable. */
  private reportSaved(saves: DeviceSaves): void {
    this.ownSaves = saves;
    this.deps.onSaved(this.journalId, saves);
  }

  private fileIsAsLeft(): Promise<boolean> {
    return isAsLeft(this.deps.fs, this.deps.vaultPath, this.disk.current);
  }

  /** Merging or keeping both is for a file someone else changed; otherwise it would only duplicate. */
  private async requireOutsideChange(): Promise<void> {
    if (this.outsideChange) return;
    if (await this.fileIsAsLeft())
      throw AppFailure.invalid(
        [],
        { kind: 'not_now', reason: 'nothing_to_merge' },
        'the journal file has not been changed outside Ask Anyway: there is nothing to merge.',
      );
    this.noticeOutsideChange(changedOnDisk());
  }

  private noticeOutsideChange(error: unknown): void {
    if (!isOutsideChange(error) || this.outsideChange) return;
    this.outsideChange = true;
    this.deps.onChangedOnDisk();
  }

  private openDb(): Database {
    if (!this.db) throw new AppFailure('VAULT_LOCKED', 'The journal is locked.');
    return this.db;
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private logIsDue(): boolean {
    return this.logLength > compactionThreshold(this.position.snapshotLength);
  }

  /**
   * Queues one compaction behind the save that made the log due, off that save's path.
   * Saves queued meanwhile do not queue more: the task checks again when it runs.
   */
  private scheduleCompactionIfDue(): void {
    if (this.compactionQueued || !this.logIsDue()) return;
    this.compactionQueued = true;
    void this.enqueue(async () => {
      this.compactionQueued = false;
      if (this.db && this.logIsDue()) await this.compactNow();
    }).catch(this.deps.onBackgroundError);
  }

  private async append(
    append: ReturnType<LogAppender['begin']>,
    batch: readonly Statement[],
  ): Promise<void> {
    const { sodium } = this.deps;
    const seq = this.position.seq + 1;
    const nonce = this.spareNonce ?? sodium.random(nonceBytes);
    // Used once, whether or not this append succeeds.
    this.spareNonce = undefined;
    const record = sealRecord(
      sodium,
      this.dataKey,
      this.position.bodyNonce,
      seq,
      encodeBatch(batch),
      nonce,
    );
    const frame = frameRecord(record.nonce, record.ciphertext);
    await append.write(frame, this.position.end, () => this.whileSyncing());
    this.position = { ...this.position, seq, end: this.position.end + frame.length };
  }

  /**
   * CPU work moved off the save's path into the fsync's wait. Opening a savepoint makes
   * FTS4 write out the terms it holds in memory, which the commit would do otherwise;
   * it stays inside the transaction, so a failed append rolls it back too. And drawing
   * randomness in libsodium's WebAssembly takes tens of microseconds: the next record's
   * nonce is drawn here. Must not throw with the append in flight: if the savepoint
   * fails, the commit writes the terms instead.
   */
  private whileSyncing(): void {
    try {
      execWritable(this.openDb(), 'SAVEPOINT flush_pending; RELEASE flush_pending');
    } catch {
      // See above.
    }
    this.spareNonce = this.deps.sodium.random(nonceBytes);
  }

  /**
   * Writes the database as a new snapshot, under `keys` (default: the current ones),
   * over the file as `expected` (default: as this session last left it).
   */
  private compactNow(
    keys?: { dataKey: Uint8Array; wraps: KeyWraps },
    expected: DiskState = this.disk.current,
  ): Promise<void> {
    return this.rewrite(
      (parts) =>
        replaceVaultFile(this.deps.fs, this.deps.vaultPath, parts, {
          expected,
          now: this.deps.now(),
          backupGenerations: this.deps.backupGenerations,
        }),
      keys,
    );
  }

  /**
   * Seals the database as a new snapshot under `keys` (default: the current ones) and
   * hands its parts to `write`, which puts them on disk and returns the file's state;
   * the log starts again after it.
   */
  private async rewrite(
    write: (parts: Iterable<Uint8Array>) => Promise<DiskState>,
    { dataKey, wraps } = { dataKey: this.dataKey, wraps: this.wraps },
  ): Promise<void> {
    const db = this.openDb();
    const image = db.export();
    applyConnectionSettings(db);
    const { parts, length, bodyNonce } = sealSnapshot(this.deps.sodium, wraps, dataKey, image);
    // The open file is about to be replaced: appends after this go to the new one.
    await this.appender.close();
    try {
      this.disk.current = await write(parts);
    } catch (error) {
      this.noticeOutsideChange(error);
      throw error;
    } finally {
      // Sealed as it was written: only now is the plain image no longer needed.
      image.fill(0);
    }
    this.position = { bodyNonce, seq: 0, end: length, snapshotLength: length };
  }
}
