import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  nativeTheme,
  net,
  protocol,
  session,
  shell,
} from 'electron';
import type { ThemeChoice } from '../shared/domain/settings.js';
import { createCore } from './core.js';
import { registerIpc } from './ipc/electronIpc.js';
import type { EmitEvent } from './ipc/events.js';
import { trustCallersFrom } from './ipc/trustedCaller.js';
import { buildMenuTemplate } from './platform/menuTemplate.js';
import { openPreferences } from './platform/preferences.js';
import { appOrigin } from './window/appOrigin.js';
import { appSchemePrivileges, serveRendererBundle } from './window/appProtocol.js';
import { denyAllPermissions, hardenWebContents } from './window/hardening.js';
import { createMainWindow } from './window/mainWindow.js';

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
  const emit: EmitEvent = (event, payload) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(event, payload);
  };

  const core = createCore({
    appInfo: { name: productName, version: app.getVersion(), dataFolder },
    settingsStore: preferences.settings,
    emit,
    isTrustedCaller: trustCallersFrom(appOrigin),
    log: console,
  });

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
        }),
      ),
    );
  };
  applyTheme(core.settings.get().theme);
  core.settings.onChange((settings) => applyTheme(settings.theme));

  registerIpc(ipcMain, core.router);

  const window = createMainWindow({
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
