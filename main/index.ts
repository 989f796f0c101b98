import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  nativeTheme,
  net,
  powerMonitor,
  protocol,
  session,
  shell,
} from 'electron';
import type { ThemeChoice } from '../shared/domain/settings.js';
import type { LockReason } from '../shared/domain/vault.js';
import { createCore } from './core.js';
import { registerIpc } from './ipc/electronIpc.js';
import type { EmitEvent } from './ipc/events.js';
import { trustCallersFrom } from './ipc/trustedCaller.js';
import { electronClipboard } from './platform/clipboard.js';
import { buildMenuTemplate } from './platform/menuTemplate.js';
import { openPreferences } from './platform/preferences.js';
import { electronNotifier } from './platform/notifier.js';
import { printToPdfInHiddenWindow } from './platform/pdfPrinter.js';
import { chooseOpenPathWithDialog, chooseSavePathWithDialog } from './platform/saveDialog.js';
import { systemTimers } from './platform/systemTimers.js';
import { utilityForeignVault } from './platform/utilityForeignVault.js';
import { createWorkerKdf, defaultKdfParams } from './services/vault/kdf.js';
import { SaveMemory } from './services/vault/saveMemory.js';
import { loadSodium } from './services/vault/sodium.js';
import { nodeVaultFs } from './services/vault/vaultFs.js';
import { appSchemePrivileges, serveRendererBundle } from './window/appProtocol.js';
import { denyAllPermissions, hardenWebContents } from './window/hardening.js';
import { createMainWindow } from './window/mainWindow.js';
import { rendererSource } from './window/rendererSource.js';

// Composition root: lifecycle → services → IPC → window. Everything with logic lives
// in modules that run without Electron; this file only connects them to it.

const productName = 'Ask Anyway';
const outDir = path.dirname(fileURLToPath(import.meta.url));

protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

async function start(): Promise<void> {
  await app.whenReady();
  hardenWebContents(app, (url) => void shell.openExternal(url));
  denyAllPermissions(session.defaultSession);
  serveRendererBundle(protocol, net, path.join(outDir, '../renderer'));

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

  const core = createCore({
    appInfo: { name: productName, version: app.getVersion(), dataFolder },
    settingsStore: preferences.settings,
    vault: {
      fs: nodeVaultFs,
      sodium: await loadSodium(),
      kdf: createWorkerKdf(() => new Worker(new URL('./kdfWorker.js', import.meta.url))),
      openForeign: utilityForeignVault(path.join(outDir, 'foreignVaultProcess.js')),
      now: () => new Date(),
      vaultPath: preferences.vaultPath() ?? path.join(dataFolder, 'journal.askanyway'),
      kdfPolicy: defaultKdfParams,
      backupGenerations: 5,
      memory: new SaveMemory(preferences.saveMemory, () => randomBytes(16).toString('hex')),
    },
    timers: systemTimers,
    notifier: electronNotifier,
    emit,
    reloadRenderer: () => {
      for (const window of appWindows()) window.webContents.reload();
    },
    isTrustedCaller: isAppPage,
    chooseSavePath: chooseSavePathWithDialog,
    chooseOpenPath: chooseOpenPathWithDialog,
    printToPdf: printToPdfInHiddenWindow,
    clipboard: electronClipboard,
    log: console,
  });

  // Nobody waits on a lock from the menu or the OS: a failure can only be logged.
  const lockFor = (reason: LockReason): void => {
    core
      .lock(reason)
      .catch((error: unknown) => console.error(`Could not lock the journal (${reason})`, error));
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
              core.settings.update({ theme: choice });
            } catch (error) {
              console.error('Could not save the theme', error);
              applyTheme(core.settings.get().theme);
            }
          },
          openSettings: () => emit('app.navigate', { to: 'settings' }),
          openGuide: () => emit('app.navigate', { to: 'guide' }),
          lockJournal: () => lockFor('manual'),
        }),
      ),
    );
  };
  applyTheme(core.settings.get().theme);
  core.settings.onChange((settings) => applyTheme(settings.theme));

  registerIpc(ipcMain, core.router);

  // The journal locks when the computer sleeps or its screen locks.
  powerMonitor.on('suspend', () => lockFor('suspend'));
  powerMonitor.on('lock-screen', () => lockFor('screen-lock'));

  const window = createMainWindow({
    entryUrl: source.entryUrl,
    preloadPath: path.join(outDir, '../preload/index.cjs'),
    productName,
    windowBounds: preferences.windowBounds,
  });

  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  // A private journal has nothing to do without its window, on macOS too.
  app.on('window-all-closed', () => app.quit());

  // Quit waits for the page's drafts, the last save and a final compaction, then goes.
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    event.preventDefault();
    quitting = true;
    core.stop();
    core
      .lock('quit')
      .catch((error: unknown) => console.error('Could not lock the journal on quit', error))
      .finally(() => app.quit());
  });
}

// One instance only: two processes writing one journal would corrupt it.
if (app.requestSingleInstanceLock()) {
  start().catch((error: unknown) => {
    console.error('Ask Anyway could not start', error);
    app.exit(1);
  });
} else {
  app.quit();
}
