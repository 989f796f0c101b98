import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { CorePorts } from '../../main/core.js';
import type { Kdf } from '../../main/services/vault/kdf.js';
import { inThreadKdf } from '../../main/services/vault/kdf.js';
import { memoryOnlyStore, SaveMemory } from '../../main/services/vault/saveMemory.js';
import { loadSodium } from '../../main/services/vault/sodium.js';
import { nodeVaultFs } from '../../main/services/vault/vaultFs.js';
import { sourceForeignVault } from './foreignVault.js';
import { fakePdfPrinter } from './fakePdfPrinter.js';
import { memoryClipboard } from './memoryClipboard.js';
import { memorySettingsStore } from './memorySettingsStore.js';
import { manualTimers } from './manualTimers.js';
import { recordingLog } from './recordingLog.js';
import { recordingLoginItem } from './recordingLoginItem.js';
import { recordingNotifier } from './recordingNotifier.js';
import type { KdfParams } from '../../main/services/vault/format.js';
import { VaultService } from '../../main/services/vault/vaultService.js';
import { JournalRequests } from '../../main/services/vault/journalFileService.js';
import { memoryJournalLocation } from './memoryJournalLocation.js';
import { pinnedFormat } from './pinnedFormat.js';
import type { Database } from 'sql.js';

/** The cheapest cost the format allows: tests derive keys in milliseconds. */
export const cheapKdf: KdfParams = { opslimit: 1, memlimitKiB: 8 * 1024 };

/** The file the test ports' open dialog picks, when a test has put one there. */
export const importFileName = 'import.json';
export const importVaultName = 'import.askanyway';
/** The folder the test ports' folder dialog picks: made inside the test's folder when asked. */
export const chosenFolderName = 'Chosen folder';

/** The moment tests happen at: main's clock starts here, and the e2e page's clock stands here. */
export const testNow = Date.parse('2026-11-25T12:00:00Z');

/** A fixed clock that moves forward one second per reading. */
export function steppingClock(start = testNow): () => Date {
  let now = start;
  return () => new Date((now += 1000));
}

/** Argon2id is deterministic: remembering results saves tests from deriving the same key again. */
export function memoizedKdf(): Kdf & { calls: number } {
  const derived = new Map<string, Uint8Array>();
  const kdf = Object.assign(
    async (request: Parameters<Kdf>[0]) => {
      kdf.calls += 1;
      const id = [request.passphrase, request.salt, request.opslimit, request.memlimitKiB].join(
        '|',
      );
      const key = derived.get(id) ?? (await inThreadKdf(request));
      derived.set(id, key);
      return key.slice();
    },
    { calls: 0 },
  );
  return kdf;
}

/**
 * Core ports for tests: the real vault on a temp folder with a cheap KDF, settings in
 * memory, timers by hand, events recorded. Any port can be replaced.
 */
export async function testCorePorts(
  folder: string,
  overrides: Partial<CorePorts> = {},
): Promise<CorePorts> {
  const vaultPath = path.join(folder, 'journal.askanyway');
  return {
    appInfo: {
      name: 'Ask Anyway',
      version: '0.0.0-test',
      dataFolder: folder,
      logFile: path.join(folder, 'logs', 'ask-anyway.log'),
      checksSpelling: false,
    },
    settingsStore: memorySettingsStore(),
    vault: {
      fs: nodeVaultFs,
      sodium: await loadSodium(),
      kdf: memoizedKdf(),
      openForeign: sourceForeignVault(),
      now: steppingClock(),
      vaultPath,
      kdfPolicy: cheapKdf,
      backupGenerations: 5,
      memory: new SaveMemory(memoryOnlyStore(), () => 'test-computer-0000'),
    },
    timers: manualTimers(),
    notifier: recordingNotifier(),
    loginItem: recordingLoginItem(),
    // No page: a lock has nobody to ask for drafts, so it does not wait.
    emit: () => 0,
    reloadRenderer: () => undefined,
    isTrustedCaller: () => true,
    // A save dialog answered at once: the file goes into the test's own folder.
    chooseSavePath: (defaultName) => Promise.resolve(path.join(folder, defaultName)),
    // An open dialog answered at once with the test folder's `import.json` (or, for a
    // vault, `import.askanyway`), if there is one.
    chooseOpenPath: (kind) => {
      const file = path.join(folder, kind === 'export' ? importFileName : importVaultName);
      return Promise.resolve(existsSync(file) ? file : null);
    },
    // A folder dialog answered at once with a new folder inside the test's own.
    chooseFolder: () => {
      const chosen = path.join(folder, chosenFolderName);
      mkdirSync(chosen, { recursive: true });
      return Promise.resolve(chosen);
    },
    location: memoryJournalLocation(vaultPath),
    journalRequests: new JournalRequests(),
    switchJournal: () =>
      Promise.reject(new Error('This core is not held: build it with holdCore to switch journals')),
    // Unit tests check the HTML handed to the printer; the e2e harness prints for real.
    printToPdf: fakePdfPrinter(),
    clipboard: memoryClipboard(),
    log: recordingLog(),
    format: pinnedFormat,
    validateOutgoing: true,
    ...overrides,
  };
}

/** Opens any vault file read-only with the test ports, as another program would; the caller closes it. */
export async function openVaultFile(
  file: string,
  secret: { passphrase: string } | { recoveryKey: string },
): Promise<Database> {
  const { vault } = await testCorePorts(path.dirname(file));
  return new VaultService({
    ...vault,
    vaultPath: file,
    onLocked: () => undefined,
    onBackgroundError: () => undefined,
    onChangedOnDisk: () => undefined,
  }).openForReading(secret);
}
