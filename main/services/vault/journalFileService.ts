import path from 'node:path';
import type {
  JournalMoved,
  JournalOffer,
  JournalWhere,
} from '../../../shared/domain/journalFile.js';
import type { ErrorCode } from '../../../shared/ipc/result.js';
import { AppFailure, failureFromFsError } from '../appFailure.js';
import type { ChooseFolder } from '../userFiles.js';
import { parseVault } from './format.js';
import { readVaultFile } from './vaultFile.js';
import type { JournalLocation } from './journalLocation.js';
import { checkMoveTarget, moveVault } from './moveVault.js';
import type { VaultFs } from './vaultFs.js';

/**
 * Runs `work` (which locks the journal and returns the path of the one to use next)
 * with calls to main held back, then rebuilds the core on that path. If `work` fails,
 * the core stays as it was. See main/coreHolder.ts.
 */
export type SwitchJournal = (work: () => Promise<string>) => Promise<void>;

/**
 * What main remembers across cores: a journal file waiting for the user to confirm
 * opening it, and how the last move failed (its answer was lost with the reload).
 */
export class JournalRequests {
  private offered: string | undefined;
  lastMoveFailed: ErrorCode | null = null;

  /** Holds `file` until the page confirms or dismisses it; a newer offer replaces it. */
  offer(file: string): JournalOffer {
    this.offered = path.resolve(file);
    return { fileName: path.basename(file) };
  }

  pending(): JournalOffer | null {
    return this.offered === undefined ? null : { fileName: path.basename(this.offered) };
  }

  take(): string | undefined {
    const file = this.offered;
    this.offered = undefined;
    return file;
  }
}

export interface JournalFileDeps {
  readonly fs: VaultFs;
  readonly hash: (data: Uint8Array) => Uint8Array;
  /** The journal this core is built on. */
  readonly vaultPath: string;
  /** Locks the open journal, with its compaction and the window's reload. */
  readonly lock: () => Promise<void>;
  readonly location: JournalLocation;
  readonly chooseFolder: ChooseFolder;
  /** Asks for an `.askanyway` file; `null` when cancelled. */
  readonly chooseJournal: () => Promise<string | null>;
  readonly requests: JournalRequests;
  readonly switchJournal: SwitchJournal;
}

/** Where the journal lives: showing it, moving it, opening another in its place. */
export class JournalFileService {
  constructor(private readonly deps: JournalFileDeps) {}

  where(): JournalWhere {
    return {
      path: this.deps.vaultPath,
      folder: path.dirname(this.deps.vaultPath),
      lastMoveFailed: this.deps.requests.lastMoveFailed,
    };
  }

  /**
   * Asks for a folder and moves the journal there. A folder it may not go to is refused
   * before anything locks, so that answer reaches the page; later failures are kept for
   * `where`.
   */
  async move(): Promise<JournalMoved> {
    const { fs, vaultPath, requests } = this.deps;
    const folder = await this.deps.chooseFolder();
    if (folder === null) return { moved: false };
    const target = await checkMoveTarget(fs, vaultPath, folder);
    requests.lastMoveFailed = null;
    // Locked before the switch holds the page's calls back: the lock asks the page to
    // save the drafts it owes, and those saves and its answer are calls a switch under
    // way would hold until the lock's bound, losing the drafts. The switch locks again,
    // at once unless the journal was unlocked in the moment between.
    await this.deps.lock();
    await this.deps.switchJournal(async () => {
      await this.deps.lock();
      try {
        return await moveVault(this.deps, vaultPath, folder);
      } catch (error) {
        requests.lastMoveFailed = failureFromFsError(error, 'move the journal').code;
        throw error;
      }
    });
    return { moved: true, path: target };
  }

  /** Asks for a journal file and holds it, once it reads as one, until the page confirms. */
  async chooseOther(): Promise<{ chosen: false } | ({ chosen: true } & JournalOffer)> {
    const file = await this.deps.chooseJournal();
    if (file === null) return { chosen: false };
    await this.checkIsJournal(file);
    return { chosen: true, ...this.deps.requests.offer(file) };
  }

  pending(): JournalOffer | null {
    return this.deps.requests.pending();
  }

  /** Locks the open journal and rebuilds the core on the waiting file, remembered from now on. */
  async openPending(): Promise<void> {
    const file = this.deps.requests.take();
    if (file === undefined)
      throw AppFailure.invalid(
        [],
        { kind: 'not_found' },
        'no journal file is waiting to be opened.',
      );
    await this.checkIsJournal(file);
    // Before the switch, as for a move.
    await this.deps.lock();
    await this.deps.switchJournal(async () => {
      await this.deps.lock();
      this.deps.location.setVaultPath(file);
      return file;
    });
  }

  dismissPending(): void {
    this.deps.requests.take();
  }

  /** Reads `file` as a vault (header and checksum), so the app never switches to something else. */
  private async checkIsJournal(file: string): Promise<void> {
    // Bounded like every vault read: a huge file is refused, not read into main's memory.
    const { bytes } = await readVaultFile(this.deps.fs, file).catch((error: unknown) => {
      throw failureFromFsError(error, 'read the chosen journal');
    });
    parseVault(bytes, this.deps.hash);
  }
}
