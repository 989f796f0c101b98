import {
  closeSync,
  fsyncSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyConnectionSettings } from '../main/services/database/sqlite.js';
import { compactionThreshold } from '../main/services/vault/session.js';
import { defaultKdfParams, inThreadKdf, passphraseBytes } from '../main/services/vault/kdf.js';
import { memoryOnlyStore, SaveMemory } from '../main/services/vault/saveMemory.js';
import { loadSodium, saltBytes } from '../main/services/vault/sodium.js';
import { nodeVaultFs } from '../main/services/vault/vaultFs.js';
import { VaultService } from '../main/services/vault/vaultService.js';
import { sourceForeignVault } from '../tests/support/foreignVault.js';
import { cheapKdf } from '../tests/support/testCore.js';
import { measure, timed, type BenchRow } from './measure.js';
import { openRealisticJournal, writeVaultFile } from './journalVault.js';
import { newAttemptStatement } from './realisticJournal.js';

const passphrase = 'bench passphrase';

/** What one journal size is measured with: fewer runs where each run costs seconds. */
export interface VaultBenchSize {
  readonly attempts: number;
  readonly label: string;
  readonly runs: { unlock: number; saves: number; compactions: number };
}

export const vaultBenchSizes: readonly VaultBenchSize[] = [
  { attempts: 365, label: '1 year', runs: { unlock: 20, saves: 60, compactions: 10 } },
  { attempts: 3_650, label: '10 years', runs: { unlock: 10, saves: 60, compactions: 6 } },
  { attempts: 100_000, label: '100k stress', runs: { unlock: 3, saves: 30, compactions: 3 } },
];

/**
 * The floor of a durable append: the same number of bytes written at the end of a file
 * and fsynced, with the same asynchronous file API the app uses (its main process never
 * blocks on the disk), on a file kept open as the app keeps the vault open.
 */
async function durableAppend(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  const { size } = await handle.stat();
  await handle.write(bytes, 0, bytes.length, size);
  await handle.sync();
}

/** Temp file, fsync, rename, folder fsync: the floor of a durable atomic replace. */
function durableReplace(file: string, bytes: Uint8Array): void {
  const temp = `${file}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  const dir = openSync(path.dirname(file), 'r');
  fsyncSync(dir);
  closeSync(dir);
}

/**
 * The vault at one size: its file size; a save beside the floor of a durable append of
 * the same bytes; a compaction beside the floor of a durable atomic write of the same
 * bytes; unlock without the KDF with an empty log and with a log at the compaction
 * threshold; and the process's peak memory so far.
 */
export async function benchVaultSize(
  size: VaultBenchSize,
): Promise<{ rows: BenchRow[]; facts: string[] }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-vault-bench-'));
  const vaultPath = path.join(folder, 'journal.askanyway');
  const sodium = await loadSodium();
  try {
    // The journal, built in bulk and sealed as a snapshot, as ten years of saves and compactions leave it.
    const db = await openRealisticJournal(size.attempts);
    const image = db.export();
    applyConnectionSettings(db);
    // The part of a save that is not disk: the same insert applied in memory and rolled back.
    let m = 1_000_000;
    const applyOnly = await measure(
      () => {
        const [sql, params] = newAttemptStatement((m += 1));
        db.exec('PRAGMA query_only = 0; BEGIN');
        db.run(sql, params);
        db.exec('ROLLBACK; PRAGMA query_only = 1');
      },
      { runs: size.runs.saves, warmup: 3 },
    );
    db.close();
    const passphraseKey = await writeVaultFile(sodium, vaultPath, image, passphrase);
    const snapshotBytes = statSync(vaultPath).size;

    // One computer for the whole run; its memory is written only when the core's timer
    // would flush it, never on a save's path (main/core.ts), so none is measured here.
    const memory = new SaveMemory(memoryOnlyStore(), () => 'bench-computer-000000');
    // "Without the KDF": the passphrase key is handed over at once.
    const service = (file = vaultPath) =>
      new VaultService({
        fs: nodeVaultFs,
        sodium,
        kdf: () => Promise.resolve(passphraseKey.slice()),
        openForeign: sourceForeignVault(),
        now: () => new Date(),
        vaultPath: file,
        kdfPolicy: cheapKdf,
        backupGenerations: 2,
        memory,
        onLocked: () => undefined,
        onChangedOnDisk: () => undefined,
        onBackgroundError: (error) => {
          throw error;
        },
      });

    const unlockEmpty = await measure(
      async () => {
        const vault = service();
        const elapsed = await timed(() => vault.unlock(passphrase));
        await vault.lock('manual');
        return elapsed;
      },
      { runs: size.runs.unlock, warmup: 1 },
    );

    // Saves, one at a time; any compaction a save schedules finishes before the next is timed.
    const vault = service();
    await vault.unlock(passphrase);
    let n = 0;
    const appended: number[] = [];
    const save = await measure(
      async () => {
        const before = statSync(vaultPath).size;
        const [sql, params] = newAttemptStatement((n += 1));
        const elapsed = await timed(() => vault.write((tx) => tx.run(sql, params)));
        appended.push(statSync(vaultPath).size - before);
        return elapsed;
      },
      { runs: size.runs.saves, warmup: 3 },
    );
    await vault.write(() => undefined);
    const recordBytes = new Uint8Array(
      Math.round(appended.reduce((a, b) => a + b, 0) / appended.length),
    ).fill(7);
    const floorFile = path.join(folder, 'append-floor.bin');
    writeFileSync(floorFile, new Uint8Array(snapshotBytes));
    const floorHandle = await open(floorFile, 'r+');
    const appendFloor = await measure(() => durableAppend(floorHandle, recordBytes), {
      runs: size.runs.saves,
      warmup: 3,
    });
    await floorHandle.close();

    const compaction = await measure(() => vault.compact(), {
      runs: size.runs.compactions,
      warmup: 1,
    });
    const compactedBytes = new Uint8Array(statSync(vaultPath).size).fill(3);
    const replaceFloor = await measure(
      () => durableReplace(path.join(folder, 'replace-floor.bin'), compactedBytes),
      {
        runs: size.runs.compactions,
        warmup: 1,
      },
    );

    // A log grown to just under the compaction threshold, then opened from a copy.
    const snapshotNow = statSync(vaultPath).size;
    const threshold = compactionThreshold(snapshotNow);
    while (statSync(vaultPath).size - snapshotNow + 2 * recordBytes.length < threshold) {
      const [sql, params] = newAttemptStatement((n += 1));
      await vault.write((tx) => tx.run(sql, params));
    }
    const logBytes = statSync(vaultPath).size - snapshotNow;
    const withLog = readFileSync(vaultPath);
    const copy = path.join(folder, 'with-log.askanyway');
    await vault.lock('manual');
    const unlockWithLog = await measure(
      async () => {
        writeFileSync(copy, withLog);
        const reader = service(copy);
        const elapsed = await timed(() => reader.unlock(passphrase));
        await reader.lock('manual');
        return elapsed;
      },
      { runs: size.runs.unlock, warmup: 1 },
    );

    const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
    const name = (what: string) => `${size.label}: ${what}`;
    return {
      rows: [
        { name: name(`durable append of ${recordBytes.length} B (floor)`), timing: appendFloor },
        {
          name: name('apply the same insert in memory (SQLite + FTS4, no disk)'),
          timing: applyOnly,
        },
        {
          name: name('save one attempt'),
          timing: save,
          baseline: name(`durable append of ${recordBytes.length} B (floor)`),
        },
        {
          name: name(`durable atomic write of ${mib(compactedBytes.length)} (floor)`),
          timing: replaceFloor,
        },
        {
          name: name('compaction'),
          timing: compaction,
          baseline: name(`durable atomic write of ${mib(compactedBytes.length)} (floor)`),
        },
        { name: name('unlock without KDF, empty log'), timing: unlockEmpty },
        { name: name(`unlock without KDF, ${mib(logBytes)} log`), timing: unlockWithLog },
      ],
      facts: [
        `${size.label} (${size.attempts.toLocaleString('en')} attempts): vault ${mib(snapshotBytes)}; log at threshold ${mib(logBytes)}; peak RSS so far ${mib(process.resourceUsage().maxRSS * 1024)}`,
      ],
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The key derivation alone, at the default cost (3 passes over 128 MiB). */
export async function benchKdf(): Promise<BenchRow[]> {
  const salt = new Uint8Array(saltBytes).fill(1);
  const timing = await measure(
    () => inThreadKdf({ passphrase: passphraseBytes(passphrase), salt, ...defaultKdfParams }),
    {
      runs: 5,
      warmup: 1,
    },
  );
  return [{ name: 'Argon2id, 3 passes over 128 MiB (the KDF alone)', timing }];
}
