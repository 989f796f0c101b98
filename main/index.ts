import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  powerMonitor,
  protocol,
  session,
  shell,
} from 'electron';
import type { Settings, ThemeChoice } from '../shared/domain/settings.js';
import type { LockReason } from '../shared/domain/vault.js';
import { createFormat } from '../shared/format/format.js';
import { createCore } from './core.js';
import { holdCore } from './coreHolder.js';
import { registerIpc } from './ipc/electronIpc.js';
import type { EmitEvent } from './ipc/events.js';
import { trustCallersFrom } from './ipc/trustedCaller.js';
import { electronClipboard } from './platform/clipboard.js';
import { buildMenuTemplate } from './platform/menuTemplate.js';
import { openPreferences } from './platform/preferences.js';
import { openedAtLoginOnMac, systemLoginItem } from './platform/systemLoginItem.js';
import { electronNotifier } from './platform/notifier.js';
import { showTray } from './platform/tray.js';
import { printToPdfInHiddenWindow } from './platform/pdfPrinter.js';
import {
  chooseFolderWithDialog,
  chooseOpenPathWithDialog,
  chooseSavePathWithDialog,
} from './platform/saveDialog.js';
import { appId } from './platform/appIdentity.js';
import { watchScreenLock } from './platform/screenLock.js';
import { startFailureMessage } from './platform/startFailure.js';
import { checksSpelling } from './platform/spelling.js';
import { systemTimers } from './platform/systemTimers.js';
import { utilityForeignVault } from './platform/utilityForeignVault.js';
import { createAppLog } from './services/log/appLog.js';
import { nodeLogFs, openLogFile } from './services/log/logFile.js';
import { journalPathFromArgv } from './services/openWith.js';
import { startsHidden } from './services/startup/startsHidden.js';
import { JournalRequests } from './services/vault/journalFileService.js';
import { finishInterruptedMove } from './services/vault/moveVault.js';
import { createWorkerKdf, defaultKdfParams } from './services/vault/kdf.js';
import { SaveMemory } from './services/vault/saveMemory.js';
import { loadSodium } from './services/vault/sodium.js';
import { nodeVaultFs } from './services/vault/vaultFs.js';
import { appSchemePrivileges, serveRendererBundle } from './window/appProtocol.js';
import { denyAllPermissions, hardenWebContents } from './window/hardening.js';
import { createMainWindow } from './window/mainWindow.js';
import { createWindowLifecycle, type WindowLifecycle } from './window/windowLifecycle.js';
import { gaveUpPage, rendererCrashPolicy } from './window/rendererCrashes.js';
import { rendererSource } from './window/rendererSource.js';

// Composition root: lifecycle → services → IPC → window. Everything with logic lives
// in modules that run without Electron; this file only connects them to it.

const productName = 'Ask Anyway';
const outDir = path.dirname(fileURLToPath(import.meta.url));

protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
// Windows only (the API exists there alone): reminders show only with the installer's id.
if (process.platform === 'win32') app.setAppUserModelId(appId);

// Main's log, rotated in Electron's logs folder: events and error facts, never what the
// user wrote (docs/security.md). While developing, the same lines show in the terminal.
const logFile = openLogFile({ folder: () => app.getPath('logs'), fs: nodeLogFs });
const log = createAppLog({
  write: (line) => logFile.append(line),
  now: () => new Date(),
  echo: app.isPackaged ? undefined : (line) => console.log(line),
});

// A journal file opened from the desktop. macOS says so by `open-file`, which may come
// before the app is ready (the file launched it): such a file waits here for start().
let openJournalFile: ((file: string) => void) | undefined;
let openedBeforeReady: string | undefined;
app.on('open-file', (event, file) => {
  event.preventDefault();
  if (openJournalFile) openJournalFile(file);
  else openedBeforeReady = file;
});

// The window's comings and goings; built once the core is (a click on a reminder uses it).
let lifecycle: WindowLifecycle<BrowserWindow>;

async function start(): Promise<void> {
  await app.whenReady();
  log.event({ name: 'app-ready' });
  hardenWebContents(app, (url) => void shell.openExternal(url));
  denyAllPermissions(session.defaultSession);
  serveRendererBundle(protocol, path.join(outDir, '../renderer'));

  const dataFolder = app.getPath('userData');
  const preferences = openPreferences(dataFolder);
  // The app's own pages: a hidden report-printing window is not one of them, and a lock
  // must not reload it under its print.
  const source = rendererSource(app.isPackaged, process.env['ELECTRON_RENDERER_URL']);
  const isAppPage = trustCallersFrom(source.origin);
  const appWindows = () =>
    BrowserWindow.getAllWindows().filter((window) =>
      isAppPage({ url: window.webContents.getURL(), isMainFrame: true }),
    );
  const emit: EmitEvent = (event, payload) => {
    const windows = appWindows();
    for (const window of windows) window.webContents.send(event, payload);
    return windows.length;
  };

  const sodium = await loadSodium();
  const kdf = createWorkerKdf(() => new Worker(new URL('./kdfWorker.js', import.meta.url)));
  const { location } = preferences;
  // A move a crash interrupted is finished before any journal is opened.
  await finishInterruptedMove({
    fs: nodeVaultFs,
    location,
    hash: (data) => sodium.hash(data),
  }).catch((error: unknown) => log.error('finish-move', error));
  const journalRequests = new JournalRequests();
  // One computer, whichever journal is open: what it remembers of its saves outlives a core.
  const memory = new SaveMemory(preferences.saveMemory, () => randomBytes(16).toString('hex'));
  const openForeign = utilityForeignVault(path.join(outDir, 'foreignVaultProcess.js'));
  const reloadRenderer = () => {
    for (const window of appWindows()) window.webContents.reload();
  };

  const loginItem = systemLoginItem(process.platform, productName);
  const holder = holdCore({
    vaultPath: location.vaultPath(),
    reloadRenderer,
    build: (vaultPath, switchJournal) => {
      const core = createCore({
        appInfo: {
          name: productName,
          version: app.getVersion(),
          dataFolder,
          logFile: logFile.path() ?? null,
          checksSpelling: checksSpelling(process.platform),
        },
        settingsStore: preferences.settings,
        vault: {
          fs: nodeVaultFs,
          sodium,
          kdf,
          openForeign,
          now: () => new Date(),
          vaultPath,
          kdfPolicy: defaultKdfParams,
          backupGenerations: 5,
          memory,
        },
        timers: systemTimers,
        // A click on a reminder opens the window (locked, if the journal is).
        notifier: electronNotifier(() => lifecycle.show()),
        loginItem,
        emit,
        reloadRenderer,
        isTrustedCaller: isAppPage,
        chooseSavePath: chooseSavePathWithDialog,
        chooseOpenPath: chooseOpenPathWithDialog,
        chooseFolder: chooseFolderWithDialog,
        location,
        journalRequests,
        switchJournal,
        printToPdf: printToPdfInHiddenWindow,
        clipboard: electronClipboard,
        log,
        // Main's own words (report, export, notifications) in the user's language.
        format: createFormat(app.getLocale()),
      });
      core.settings.onChange((settings) => {
        applyTheme(settings.theme);
        keepTray(settings);
      });
      return core;
    },
  });

  // Nobody waits on a lock from the menu or the OS: a failure can only be logged.
  const lockFor = (reason: LockReason): void => {
    holder.current.lock(reason).catch((error: unknown) => log.error(`lock:${reason}`, error));
  };

  const applyTheme = (theme: ThemeChoice): void => {
    nativeTheme.themeSource = theme;
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          platform: process.platform,
          productName,
          theme,
          chooseTheme: (choice) => {
            // A menu click has no caller to answer: a failed save is logged, and the
            // radio item snaps back because the menu is rebuilt from the saved theme.
            try {
              holder.current.settings.update({ theme: choice });
            } catch (error) {
              log.error('theme-save', error);
              applyTheme(holder.current.settings.get().theme);
            }
          },
          openSettings: () => emit('app.navigate', { to: 'settings' }),
          openGuide: () => emit('app.navigate', { to: 'guide' }),
          lockJournal: () => lockFor('manual'),
        }),
      ),
    );
  };
  applyTheme(holder.current.settings.get().theme);

  // The tray icon is there while the user keeps the app running in it.
  let tray: { destroy(): void } | undefined;
  const keepTray = ({ keepRunningInTray }: Settings): void => {
    if (keepRunningInTray && tray === undefined) {
      try {
        tray = showTray({
          productName,
          open: () => lifecycle.show(),
          lockJournal: () => lockFor('manual'),
          quit: () => app.quit(),
        });
      } catch (error) {
        // No icon to come back by: closing the window quits, as without the option.
        log.error('tray', error);
      }
    } else if (!keepRunningInTray && tray !== undefined) {
      tray.destroy();
      tray = undefined;
    }
  };
  const startSettings = holder.current.settings.get();
  keepTray(startSettings);
  // Written again at each start: an app moved or updated has a new path to start.
  if (startSettings.startAtLogin) {
    try {
      loginItem.set(true);
    } catch (error) {
      log.error('login-item', error);
    }
  }

  registerIpc(ipcMain, holder.router);

  // The journal locks when the computer sleeps or its screen locks.
  powerMonitor.on('suspend', () => lockFor('suspend'));
  watchScreenLock(
    process.platform,
    {
      onLockScreen: (listener) => powerMonitor.on('lock-screen', listener),
      idleState: () => powerMonitor.getSystemIdleState(1),
    },
    systemTimers,
    () => lockFor('screen-lock'),
  );

  // The page died (a renderer crash, out of memory): lock, then reload it, until it
  // keeps dying — then a plain page says so rather than looping.
  const afterCrash = rendererCrashPolicy(() => Date.now());
  const openWindow = (): BrowserWindow => {
    const window = createMainWindow({
      entryUrl: source.entryUrl,
      preloadPath: path.join(outDir, '../preload/index.cjs'),
      productName,
      windowBounds: preferences.windowBounds,
    });
    window.webContents.on('render-process-gone', (_event, details) => {
      if (details.reason === 'clean-exit') return;
      log.event({ name: 'page-gone', reason: details.reason });
      holder.current
        .lock('crash')
        .catch((error: unknown) => log.error('lock:crash', error))
        .finally(() => {
          if (window.isDestroyed()) return;
          if (afterCrash() === 'reload') window.webContents.reload();
          else void window.loadURL(gaveUpPage);
        });
    });
    window.on('close', (event) => lifecycle.closing(window, event));
    return window;
  };
  // Closing the window locks the journal, then quits — or, with the tray option, leaves
  // the app running so reminders come; quitting waits for the page's drafts, the last
  // save and a final compaction (main/window/windowLifecycle.ts).
  lifecycle = createWindowLifecycle({
    openWindow,
    // Only with an icon to reopen it by: an app running with neither would be lost.
    keepRunningInTray: () => tray !== undefined,
    lock: (reason) => holder.current.lock(reason),
    stop: () => holder.current.stop(),
    quit: () => app.quit(),
    log,
  });
  app.on('window-all-closed', () => lifecycle.allClosed());
  app.on('before-quit', (event) => lifecycle.beforeQuit(event));
  // macOS: a click on the Dock icon with no window open opens one.
  if (process.platform === 'darwin') app.on('activate', () => lifecycle.show());

  // The page asks before switching (renderer/features/journalFile/OpenJournalPrompt.tsx);
  // one loading now asks `journals.pending` instead of hearing the event.
  const offerJournalFile = (file: string): void => {
    emit('journals.openRequested', journalRequests.offer(file));
  };
  openJournalFile = (file) => {
    lifecycle.show();
    offerJournalFile(file);
  };
  const launchedWith = openedBeforeReady ?? journalPathFromArgv(process.argv, process.cwd());
  // Started by the system at login, with the tray on: only the tray icon, no window.
  const hidden =
    launchedWith === undefined &&
    startsHidden({
      argv: process.argv,
      openedAtLogin: openedAtLoginOnMac(process.platform),
      keepRunningInTray: holder.current.settings.get().keepRunningInTray,
    });
  if (!hidden) lifecycle.show();
  if (launchedWith !== undefined) offerJournalFile(launchedWith);

  // Windows and Linux open a file with the running app by starting a second one, which
  // hands its command line over here and quits. Started again while this one quits:
  // nothing is shown (the lifecycle opens no window then).
  app.on('second-instance', (_event, argv, workingDirectory) => {
    // The login's start of an app already running: it stays where it is.
    const keepRunningInTray = holder.current.settings.get().keepRunningInTray;
    if (startsHidden({ argv, openedAtLogin: false, keepRunningInTray })) return;
    if (!lifecycle.show()) return;
    const file = journalPathFromArgv(argv, workingDirectory);
    if (file !== undefined) offerJournalFile(file);
  });
  // An error main did not expect leaves it in a state nobody designed: the journal locks.
  process.on('uncaughtException', (error) => {
    log.error('uncaught-exception', error);
    lockFor('crash');
  });
  process.on('unhandledRejection', (reason) => {
    log.error('unhandled-rejection', reason);
    lockFor('crash');
  });
}

// One instance only: two processes writing one journal would corrupt it.
if (app.requestSingleInstanceLock()) {
  // Only the instance that runs writes the log: a second one only hands over and quits.
  log.event({
    name: 'app-started',
    version: app.getVersion(),
    platform: process.platform,
    arch: process.arch,
  });
  start().catch((error: unknown) => {
    log.error('start', error);
    // Without this the app would vanish without a word (safe to call before `ready`).
    const { title, content } = startFailureMessage(error, logFile.path());
    dialog.showErrorBox(title, content);
    app.exit(1);
  });
} else {
  app.quit();
}
