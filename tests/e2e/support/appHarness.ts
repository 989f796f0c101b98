import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createCore, type Core } from '../../../main/core.js';
import { holdCore, type CoreHolder } from '../../../main/coreHolder.js';
import { trustCallersFrom } from '../../../main/ipc/trustedCaller.js';
import { openPreferences } from '../../../main/platform/preferences.js';
import { createAppLog } from '../../../main/services/log/appLog.js';
import { nodeLogFs, openLogFile } from '../../../main/services/log/logFile.js';
import { SaveMemory } from '../../../main/services/vault/saveMemory.js';
import type { EventName, EventPayload } from '../../../shared/ipc/contract.js';
import type { Result } from '../../../shared/ipc/result.js';
import { manualTimers } from '../../support/manualTimers.js';
import { memoryClipboard } from '../../support/memoryClipboard.js';
import { testCorePorts, testNow } from '../../support/testCore.js';
import { chromiumPrinter } from './chromiumPrinter.js';
import { newRendererPage, origin } from './rendererPage.js';

export { launchBrowser } from './rendererPage.js';

/** Creates and opens a journal through the vault service, answering its key check. */
async function createJournal(core: Core, passphrase: string): Promise<void> {
  const prepared = await core.vault.prepare(passphrase);
  const groups = prepared.recoveryKey.split('-');
  await core.vault.confirm(prepared.confirmGroups.map((position) => groups[position - 1] ?? ''));
}

/** A running app: the built renderer in a page, wired to a real main-side core. */
export interface AppHarness {
  readonly page: Page;
  readonly dataFolder: string;
  /** The main-side core currently answering the page. */
  readonly core: Core;
  /** The auto-lock's clock, moved by hand. */
  readonly timers: ReturnType<typeof manualTimers>;
  /** The clipboard main writes to (the recovery key's Copy). */
  readonly clipboard: ReturnType<typeof memoryClipboard>;
  /** Sends a main → renderer event, as the app menu would. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): Promise<void>;
  /**
   * Uncaught errors, `console.error` and CSP violations in the page so far, but those
   * the test said to expect (`expectProblem`).
   */
  problems(): readonly string[];
  /** Makes a problem matching `pattern` part of the test, not a failure of it. */
  expectProblem(pattern: RegExp): void;
  /** From now on, main answers `channel` with `value`, as a main that went wrong would. */
  answerWrongly(channel: string, value: unknown): void;
  /** Opens `file` with the app, as the desktop does (double-click, `open-file`, argv). */
  openWithApp(file: string): Promise<void>;
  /** Quits and starts the app again on the same data folder, as a user relaunching it. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** The passphrase of the journal that `openApp` creates unless told not to. */
export const testPassphrase = 'correct horse battery staple';

/**
 * Opens the app in a fresh data folder. With `journal: 'unlocked'` (the default) a
 * journal is created and opened through the core first, for tests about what comes
 * after; `journal: 'none'` starts where a new user starts.
 */
export async function openApp(
  browser: Browser,
  { journal = 'unlocked' }: { journal?: 'unlocked' | 'none' } = {},
): Promise<AppHarness> {
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-e2e-'));
  // Assigned below, before the page is opened: the page calls it only once loaded.
  let holder: CoreHolder;
  const wrongAnswers = new Map<unknown, unknown>();
  const expectedProblems: RegExp[] = [];
  const rendererPage = await newRendererPage(
    browser,
    () => (channel, payload, caller) =>
      wrongAnswers.has(channel)
        ? Promise.resolve<Result<unknown>>({ ok: true, value: wrongAnswers.get(channel) })
        : holder.router(channel, payload, caller),
  );
  const { page, context, emit } = rendererPage;

  // The same core main/index.ts builds, on the same electron-store adapter and the real
  // vault (with a cheap KDF); locking reloads the page, as it reloads the window.
  const timers = manualTimers();
  const clipboard = memoryClipboard();
  const portsBase = await testCorePorts(dataFolder, { timers, clipboard });
  const preferences = openPreferences(dataFolder);
  // This computer's memory of its saves, in the preferences as in the app: it outlives
  // a restart and a switch of journals.
  const memory = new SaveMemory(preferences.saveMemory, () => 'e2e-computer-000000');
  // Main's log, as the app writes it, inside the data folder (so the tests that search
  // that folder for plain text search the log too); its errors also go to the output.
  const logFile = openLogFile({ folder: () => path.join(dataFolder, 'logs'), fs: nodeLogFs });
  const log = createAppLog({
    write: (line) => logFile.append(line),
    now: () => new Date(),
    echo: (line) => {
      if (line.includes(' ERROR ')) console.error(line);
    },
  });
  // As main/index.ts holds it: on the journal the preferences name, swapped on a move.
  const startCore = (): CoreHolder =>
    holdCore({
      vaultPath: preferences.location.vaultPath(),
      reloadRenderer: () => void page.reload().catch(() => undefined),
      build: (vaultPath, switchJournal) =>
        createCore({
          ...portsBase,
          appInfo: {
            name: 'Ask Anyway',
            version: '0.0.0-e2e',
            dataFolder,
            logFile: logFile.path() ?? null,
            checksSpelling: false,
          },
          settingsStore: preferences.settings,
          vault: { ...portsBase.vault, vaultPath, memory },
          location: preferences.location,
          switchJournal,
          // A page in the middle of a reload misses the event, as it would in Electron.
          emit: (event, payload) => {
            emit(event, payload).catch(() => undefined);
            return 1;
          },
          reloadRenderer: () => void page.reload().catch(() => undefined),
          isTrustedCaller: trustCallersFrom(origin),
          printToPdf: chromiumPrinter(browser),
          log,
        }),
    });
  holder = startCore();
  if (journal === 'unlocked') await createJournal(holder.current, testPassphrase);
  // The renderer's "today" (the week shown, a new attempt's time) is the computer's, as
  // main's is: both stand on the test day. Timers keep running.
  await page.clock.setFixedTime(testNow);
  await rendererPage.open();

  return {
    page,
    dataFolder,
    get core() {
      return holder.current;
    },
    timers,
    clipboard,
    emit,
    problems: () =>
      rendererPage.problems().filter((problem) => !expectedProblems.some((p) => p.test(problem))),
    expectProblem: (pattern) => expectedProblems.push(pattern),
    answerWrongly: (channel, value) => wrongAnswers.set(channel, value),
    // As main/index.ts does with a file the desktop hands it.
    openWithApp: (file) => emit('journals.openRequested', portsBase.journalRequests.offer(file)),
    async restart() {
      holder.current.stop();
      // As quitting does in the app: through the lock protocol, the page still there.
      await holder.current.lock('quit');
      holder = startCore();
      await page.reload();
    },
    async close() {
      holder.current.stop();
      await holder.current.vault.lock('quit').catch(() => undefined);
      await context.close();
      rmSync(dataFolder, { recursive: true, force: true });
    },
  };
}
