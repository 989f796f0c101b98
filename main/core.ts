import type { Format } from '../shared/format/format.js';
import { randomUUID } from 'node:crypto';
import type { AppInfo } from '../shared/domain/appInfo.js';
import type { Settings } from '../shared/domain/settings.js';
import type { LockReason } from '../shared/domain/vault.js';
import { events } from '../shared/ipc/contract.js';
import type { EmitEvent } from './ipc/events.js';
import { createHandlers } from './ipc/handlers.js';
import { createRouter, type Caller, type Router } from './ipc/router.js';
import {
  createSettingsService,
  type SettingsService,
  type SettingsStore,
} from './services/settings/settingsService.js';
import { AppFailure } from './services/appFailure.js';
import type { AppLog } from './services/log/appLog.js';
import { startAutoLock, type Timers } from './services/vault/autoLock.js';
import { createLockProtocol } from './services/vault/lockProtocol.js';
import {
  createRecoveryKeyClipboard,
  type Clipboard,
} from './services/vault/recoveryKeyClipboard.js';
import { saveRecoveryKeyFile } from './services/vault/recoveryKeyFile.js';
import {
  createUserFiles,
  type ChooseFolder,
  type ChooseOpenPath,
  type ChooseSavePath,
} from './services/userFiles.js';
import { DataService } from './services/exports/dataService.js';
import { PracticeService } from './services/practice/practiceService.js';
import { ReportService, type PrintToPdf } from './services/report/reportService.js';
import type { LoginItem } from './services/startup/loginItem.js';
import { watchDelivery } from './services/reminders/reminderDelivery.js';
import { startReminders, type Notifier } from './services/reminders/reminders.js';
import {
  JournalFileService,
  type JournalRequests,
  type SwitchJournal,
} from './services/vault/journalFileService.js';
import type { JournalLocation } from './services/vault/journalLocation.js';
import { VaultAccess } from './services/vault/vaultAccess.js';
import { journalFilesOf } from './services/vault/journalFiles.js';
import { listOtherVersions } from './services/vault/vaultFile.js';
import { VaultService, type VaultServiceDeps } from './services/vault/vaultService.js';

/** How often the open journal's file is checked for changes made elsewhere: one stat. */
export const outsideChangeCheckMs = 10_000;

/**
 * How often what this computer remembers of its saves is written (`SaveMemory`): a save
 * acknowledged longer ago than this before a crash is remembered.
 */
export const saveMemoryFlushMs = 1_000;

/** The ports the core needs from its host: Electron in the app, plain Node in tests. */
export interface CorePorts {
  readonly appInfo: AppInfo;
  readonly settingsStore: SettingsStore;
  /** Everything the vault needs but its event hooks, which the core wires itself. */
  readonly vault: Omit<VaultServiceDeps, 'onLocked' | 'onBackgroundError' | 'onChangedOnDisk'>;
  readonly timers: Timers;
  /** OS notifications, for reminders. */
  readonly notifier: Notifier;
  /** Starting the app at login, as the `startAtLogin` setting asks. */
  readonly loginItem: LoginItem;
  readonly emit: EmitEvent;
  /**
   * Called after the journal locks. The host reloads the renderer, so no decrypted text
   * stays in its memory.
   */
  readonly reloadRenderer: () => void;
  readonly isTrustedCaller: (caller: Caller) => boolean;
  /** Asks the user where to save a file (a save dialog in the app); `null` when cancelled. */
  readonly chooseSavePath: ChooseSavePath;
  /** Asks the user for a file to open (an open dialog in the app); `null` when cancelled. */
  readonly chooseOpenPath: ChooseOpenPath;
  /** Asks the user for a folder (the journal's new home); `null` when cancelled. */
  readonly chooseFolder: ChooseFolder;
  /** Where the journal lives, as remembered (the preferences file in the app). */
  readonly location: JournalLocation;
  /** Kept by the host across cores: a journal file waiting to be opened, a failed move. */
  readonly journalRequests: JournalRequests;
  /** Rebuilds the core on another journal (main/coreHolder.ts). */
  readonly switchJournal: SwitchJournal;
  /**
   * Prints the progress report's HTML to PDF: a hidden window with JavaScript off in the
   * app (main/platform/pdfPrinter.ts), Chromium through Playwright in the e2e tests.
   */
  readonly printToPdf: PrintToPdf;
  /** The system clipboard: Electron's in the app, a variable in tests. */
  readonly clipboard: Clipboard;
  /**
   * Main's log (main/services/log): lifecycle events and unexpected failures, as closed
   * sets and error facts, so nothing the user wrote can reach it.
   */
  readonly log: AppLog;
  /**
   * Dates, numbers and plurals in the user's language (`app.getLocale()` in the app; a
   * pinned locale and zone in tests): main's own words — the report, the Markdown export,
   * notifications — go through it.
   */
  readonly format: Format;
  /**
   * Check every response and event against the contract before it leaves main. Tests
   * turn this on so drift fails loudly; the app leaves it off (the compiler checks the
   * handlers, and responses can be large).
   */
  readonly validateOutgoing?: boolean | undefined;
}

/** Everything main runs, built from ports and wired together, without Electron. */
export interface Core {
  readonly router: Router;
  readonly settings: SettingsService;
  readonly vault: VaultAccess;
  /**
   * The one way to lock the journal, for every trigger (the app menu, suspend, screen
   * lock, quit; the rail and the auto-lock come through it too): the page saves the
   * drafts it owes first, within a short bound, and then the journal locks regardless.
   */
  lock(reason: LockReason): Promise<void>;
  /**
   * Stops background work (the auto-lock, file-check and reminder timers) before
   * quitting, and takes a recovery key still on the clipboard off it.
   */
  stop(): void;
}

/**
 * Builds the services and the IPC router. main/index.ts calls it with Electron's
 * adapters; the end-to-end harness calls it with the same adapters minus the window,
 * so both exercise one code path.
 */
export function createCore(ports: CorePorts): Core {
  const emit: EmitEvent = ports.validateOutgoing
    ? (event, payload) => {
        events[event].parse(payload);
        return ports.emit(event, payload);
      }
    : ports.emit;
  // The system's login item changes first: a setting saved as on must be so.
  const settings = createSettingsService(ports.settingsStore, (next, previous) => {
    if (next.startAtLogin !== previous.startAtLogin) ports.loginItem.set(next.startAtLogin);
  });
  settings.onChange((next: Settings) => emit('settings.changed', next));

  const vaultService = new VaultService({
    ...ports.vault,
    onLocked: (reason) => {
      ports.log.event({ name: 'journal-locked', reason });
      emit('vault.locked', { reason });
      ports.reloadRenderer();
    },
    onBackgroundError: (error) => ports.log.error('compaction', error),
    onChangedOnDisk: () => emit('vault.changedOnDisk', {}),
  });
  const vault = new VaultAccess(
    vaultService,
    (length) => ports.vault.sodium.random(length),
    (by, unlocked) =>
      ports.log.event({ name: unlocked ? 'journal-unlocked' : 'journal-unlock-failed', by }),
  );
  const lockProtocol = createLockProtocol({
    timers: ports.timers,
    isUnlocked: async () => (await vaultService.state()) === 'unlocked',
    askToSaveDrafts: (id) => emit('vault.lockRequested', { id }),
    lock: (reason) => vault.lock(reason),
  });
  const lock = (reason: LockReason): Promise<void> => lockProtocol.lock(reason);
  const autoLock = startAutoLock({
    timers: ports.timers,
    idleMinutes: () => settings.get().autoLockMinutes,
    lock,
    onError: (error) => ports.log.error('auto-lock', error),
  });

  // A sync tool may change the file at any moment: the user hears of it before writing
  // more, rather than at the next save.
  const stopChangeCheck = ports.timers.every(outsideChangeCheckMs, () => {
    vaultService
      .checkForOutsideChange()
      .catch((error: unknown) => ports.log.error('file-check', error));
  });
  // Coalesced: one write of the preferences per second at most, never one per save.
  const stopMemoryFlush = ports.timers.every(saveMemoryFlushMs, () => vaultService.flushMemory());

  const { format } = ports;

  const practice = new PracticeService({
    journal: vaultService,
    now: ports.vault.now,
    newId: randomUUID,
  });

  const delivery = watchDelivery(ports.notifier, (state) =>
    emit('reminders.deliveryChanged', state),
  );
  const reminders = startReminders({
    timers: ports.timers,
    notifier: delivery,
    settings: () => settings.get().reminders,
    readFacts: (day) =>
      practice
        .afterSaves((p) => p.reminderFacts(day))
        .catch((error: unknown) => {
          if (error instanceof AppFailure && error.code === 'VAULT_LOCKED') return null;
          throw error;
        }),
    onError: (error) => ports.log.error('reminder-check', error),
    format,
  });

  const recoveryKeyClipboard = createRecoveryKeyClipboard({
    clipboard: ports.clipboard,
    timers: ports.timers,
    onError: (error) => ports.log.error('clipboard-clear', error),
  });

  // Every file the user saves goes through here, so none can land on the journal's own.
  const userFiles = createUserFiles({
    fs: ports.vault.fs,
    journalFiles: () => journalFilesOf(ports.vault.fs, ports.vault.vaultPath),
  });

  const router = createRouter({
    handlers: createHandlers({
      appInfo: ports.appInfo,
      settings,
      reminderDelivery: () => delivery.current(),
      vault,
      lock,
      draftsSaved: (id) => lockProtocol.draftsSaved(id),
      practice,
      data: new DataService({
        journal: vaultService,
        vault: {
          path: ports.vault.vaultPath,
          compact: () => vaultService.compact(),
          // Another file, read with the same ports as a foreign one (away from main); it
          // is never locked, written or migrated.
          readForeignJournal: (file, passphrase) =>
            new VaultService({
              ...ports.vault,
              vaultPath: file,
              onLocked: () => undefined,
              onBackgroundError: () => undefined,
              onChangedOnDisk: () => undefined,
            }).readForeignJournal(passphrase),
          mergeChangedFile: (passphrase, merge) => vaultService.mergeChangedFile(passphrase, merge),
          keepBothVersions: () => vaultService.keepBothVersions(),
          otherVersions: () => listOtherVersions(ports.vault.fs, ports.vault.vaultPath),
        },
        now: ports.vault.now,
        chooseSavePath: ports.chooseSavePath,
        chooseOpenPath: ports.chooseOpenPath,
        userFiles,
        format,
      }),
      report: new ReportService({
        journal: vaultService,
        now: ports.vault.now,
        chooseSavePath: ports.chooseSavePath,
        printToPdf: ports.printToPdf,
        userFiles,
        format,
      }),
      saveRecoveryKey: (recoveryKey) =>
        saveRecoveryKeyFile(recoveryKey, { chooseSavePath: ports.chooseSavePath, userFiles }),
      copyRecoveryKey: (recoveryKey) => recoveryKeyClipboard.copy(recoveryKey),
      journalFile: new JournalFileService({
        fs: ports.vault.fs,
        hash: (data) => ports.vault.sodium.hash(data),
        vaultPath: ports.vault.vaultPath,
        lock: () => lock('manual'),
        location: ports.location,
        chooseFolder: ports.chooseFolder,
        chooseJournal: () => ports.chooseOpenPath('vault'),
        requests: ports.journalRequests,
        switchJournal: ports.switchJournal,
      }),
    }),
    isTrustedCaller: ports.isTrustedCaller,
    log: ports.log,
    validateResponses: ports.validateOutgoing,
    onTrustedCall: autoLock.activity,
  });

  return {
    router,
    settings,
    vault,
    lock,
    stop: () => {
      autoLock.stop();
      stopChangeCheck();
      stopMemoryFlush();
      vaultService.flushMemory();
      reminders.stop();
      recoveryKeyClipboard
        .stop()
        .catch((error: unknown) => ports.log.error('clipboard-clear', error));
    },
  };
}
