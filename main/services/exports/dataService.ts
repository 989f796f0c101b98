import type { Format } from '../../../shared/format/format.js';
import { readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type {
  ImportResult,
  ImportSummary,
  OtherVersion,
  PlainFormat,
} from '../../../shared/domain/dataExport.js';
import { localDateOf } from '../../../shared/domain/practice/calendar.js';
import type { SavedFile } from '../../../shared/domain/vault.js';
import { AppFailure, failureFromFsError } from '../appFailure.js';
import type { Journal } from '../practice/practiceService.js';
import type { ChooseOpenPath, ChooseSavePath, UserFiles } from '../userFiles.js';
import type { WriteTx } from '../database/statements.js';
import type { ForeignJournal } from '../vault/foreignVault.js';
import { mergeSaveHistory, saveHistoryFromRows } from '../vault/saveHistory.js';
import type { OtherVersionFile } from '../vault/vaultFile.js';
import { csvFiles } from './csvExport.js';
import { exportFormat, exportJournal, exportVersion, type JournalExport } from './journalExport.js';
import { importJournal, parseJournalExport } from './journalImport.js';
import { markdownJournal } from './markdownExport.js';

/**
 * The largest JSON import read: more than the 100,000-attempt stress journal exports to,
 * and less than the longest string V8 holds (about 512 MiB), which the file is read into.
 */
export const maxImportBytes = 500 * 1024 * 1024;

/** The vault itself, for encrypted backups: its file, and other vaults opened to read. */
export interface VaultFiles {
  readonly path: string;
  /** Folds the log into the snapshot, so a copy is one sealed image. */
  compact(): Promise<void>;
  /** Reads the journal out of another vault file, opened away from main with its own passphrase. */
  readForeignJournal(file: string, passphrase: string): Promise<ForeignJournal>;
  /**
   * After someone else changed the vault file: opens it as it now is with `passphrase`
   * (as a foreign file), applies what `merge` makes of it, and writes the result over it.
   */
  mergeChangedFile<T>(
    passphrase: string,
    merge: (other: ForeignJournal) => (tx: WriteTx) => T,
  ): Promise<T>;
  /** After someone else changed the vault file: moves it aside, writes this journal in its place. */
  keepBothVersions(): Promise<string | undefined>;
  /** The versions `keepBothVersions` (or a lock) moved aside, still beside the vault. */
  otherVersions(): Promise<OtherVersionFile[]>;
}

export interface DataDeps {
  readonly journal: Journal;
  readonly vault: VaultFiles;
  readonly now: () => Date;
  readonly chooseSavePath: ChooseSavePath;
  readonly chooseOpenPath: ChooseOpenPath;
  /** Writes where the user chose: privately, in one piece, never over the journal. */
  readonly userFiles: UserFiles;
  /** Dates and numbers in the Markdown export, in the user's locale. */
  readonly format: Format;
}

/** The name each format suggests in the save dialog; CSV is a folder of files. */
const suggestedName = (format: PlainFormat, day: string): string =>
  `Ask Anyway journal ${day}${format === 'json' ? '.json' : format === 'markdown' ? '.md' : ''}`;

/** A foreign vault's records as a JSON export carries them, to be imported alike. */
const asExport = (journal: ForeignJournal, at: Date): JournalExport => ({
  format: exportFormat,
  version: exportVersion,
  schemaVersion: journal.schemaVersion,
  exportedAt: at.toISOString(),
  tables: journal.tables,
});

/**
 * Takes another version of the journal in: its records by id, and — when it is a version
 * of this same journal — each computer's count of saves, so the saves it brings back are
 * no longer counted missing (docs/vault.md, "Saves that go missing").
 */
function mergeJournal(tx: WriteTx, file: JournalExport, journal: ForeignJournal): ImportSummary {
  const summary = importJournal(tx, file);
  mergeSaveHistory(tx, saveHistoryFromRows(journal.history));
  return summary;
}

/**
 * The journal out of the vault and back: plain exports, written only where the user
 * chooses and only when asked (the renderer warns first that they are not encrypted);
 * encrypted backups (the vault itself); and imports of either, merged by record id.
 */
export class DataService {
  constructor(private readonly deps: DataDeps) {}

  /** VAULT_LOCKED before any dialog opens: a locked journal can neither give nor take. */
  private requireOpen(): void {
    this.deps.journal.read.get('SELECT 1 AS open');
  }

  /** Writes a plain copy where the user chooses; `saved: false` when they cancel. */
  async exportPlain(format: PlainFormat): Promise<SavedFile> {
    const { journal, now, userFiles } = this.deps;
    this.requireOpen();
    const target = await this.deps.chooseSavePath(suggestedName(format, localDateOf(now())));
    if (target === null) return { saved: false };
    // What a save in flight would still take back is not exported.
    await journal.settled();
    try {
      if (format === 'csv') {
        await userFiles.makeFolder(target);
        for (const file of csvFiles(journal.read)) {
          await userFiles.save(path.join(target, file.name), file.text);
        }
      } else {
        const text =
          format === 'json'
            ? `${JSON.stringify(exportJournal(journal.read, now()), null, 2)}\n`
            : markdownJournal(journal.read, now(), this.deps.format);
        await userFiles.save(target, text);
      }
    } catch (error) {
      throw failureFromFsError(error, 'write the export');
    }
    return { saved: true, fileName: path.basename(target) };
  }

  /** Merges a JSON export the user picks into the journal; `imported: false` when they cancel. */
  async importJson(): Promise<ImportResult> {
    this.requireOpen();
    const source = await this.deps.chooseOpenPath('export');
    if (source === null) return { imported: false };
    let text: string;
    try {
      if ((await stat(source)).size > maxImportBytes) {
        throw AppFailure.invalid(
          ['file'],
          { kind: 'not_now', reason: 'too_large_file' },
          'the file is too large to be a journal export.',
        );
      }
      text = await readFile(source, 'utf8');
    } catch (error) {
      throw error instanceof AppFailure ? error : failureFromFsError(error, 'read the file');
    }
    const file = parseJournalExport(text);
    const summary = await this.deps.journal.write((tx) => importJournal(tx, file));
    return { imported: true, summary };
  }

  /**
   * An encrypted backup where the user chooses: the vault itself, compacted first so the
   * copy is one sealed snapshot, in the same format (the same passphrase and recovery key
   * open it, as does any reader of the format).
   */
  async saveEncryptedBackup(): Promise<SavedFile> {
    this.requireOpen();
    const day = localDateOf(this.deps.now());
    const target = await this.deps.chooseSavePath(`Ask Anyway journal ${day}.askanyway`);
    if (target === null) return { saved: false };
    const { vault } = this.deps;
    try {
      await this.deps.userFiles.save(target, async () => {
        await vault.compact();
        return readFile(vault.path);
      });
    } catch (error) {
      throw failureFromFsError(error, 'write the backup');
    }
    return { saved: true, fileName: path.basename(target) };
  }

  /**
   * Merges an encrypted backup the user picks (any vault, opened with its own passphrase)
   * into the journal, by record id as a JSON import does.
   */
  async importEncryptedBackup(passphrase: string): Promise<ImportResult> {
    this.requireOpen();
    const source = await this.deps.chooseOpenPath('vault');
    if (source === null) return { imported: false };
    return { imported: true, summary: await this.mergeVaultFile(source, passphrase) };
  }

  /** The other versions of the journal kept beside it, newest first. */
  async otherVersions(): Promise<OtherVersion[]> {
    return (await this.deps.vault.otherVersions()).map(({ fileName, modifiedAt, sizeBytes }) => ({
      fileName,
      modifiedAt,
      sizeBytes,
    }));
  }

  /** Merges one of the other versions, opened with its own passphrase. */
  async mergeOtherVersion(fileName: string, passphrase: string): Promise<ImportSummary> {
    this.requireOpen();
    return this.mergeVaultFile(await this.otherVersionPath(fileName), passphrase);
  }

  /** Deletes one of the other versions (the screen asks first). */
  async deleteOtherVersion(fileName: string): Promise<void> {
    const file = await this.otherVersionPath(fileName);
    await unlink(file).catch((error: unknown) => {
      throw failureFromFsError(error, 'delete that version');
    });
  }

  /** A name from the list, as a path; any other name (a path, `..`) is refused. */
  private async otherVersionPath(fileName: string): Promise<string> {
    const found = (await this.deps.vault.otherVersions()).find(
      (version) => version.fileName === fileName,
    );
    if (!found)
      throw AppFailure.invalid(
        ['fileName'],
        { kind: 'not_found' },
        'there is no other version by that name.',
      );
    return found.path;
  }

  /** Reads a vault file (away from main) with its passphrase and merges it in by record id. */
  private async mergeVaultFile(source: string, passphrase: string): Promise<ImportSummary> {
    let journal: ForeignJournal;
    try {
      journal = await this.deps.vault.readForeignJournal(source, passphrase);
    } catch (error) {
      throw error instanceof AppFailure ? error : failureFromFsError(error, 'read the backup');
    }
    const file = asExport(journal, this.deps.now());
    return this.deps.journal.write((tx) => mergeJournal(tx, file, journal));
  }

  /**
   * The vault file was changed by someone else (another device, a sync tool): merges
   * that version into the journal, by record id as an import does, and writes the
   * result over it. `passphrase` is the one that opens the changed file.
   */
  mergeChangedVault(passphrase: string): Promise<ImportSummary> {
    return this.deps.vault.mergeChangedFile(passphrase, (other) => {
      const file = asExport(other, this.deps.now());
      return (tx) => mergeJournal(tx, file, other);
    });
  }

  /**
   * The vault file was changed by someone else: keeps both, the changed file beside the
   * journal under a name that says so. Returns that name; `null` if it had been deleted.
   */
  async keepBothVersions(): Promise<{ otherVersion: string | null }> {
    const other = await this.deps.vault.keepBothVersions();
    return { otherVersion: other === undefined ? null : path.basename(other) };
  }
}
