import { BrowserWindow, Menu, screen } from 'electron';
import { buildContextMenuTemplate } from '../platform/contextMenuTemplate.js';
import { checksSpelling } from '../platform/spelling.js';
import type { Preferences } from '../platform/preferences.js';
import { minimumWindowSize, placeWindow } from './windowBounds.js';

/** What the window needs from the composition root. */
export interface MainWindowOptions {
  /** The page to show: the bundle's, or the dev server's under `npm run dev`. */
  readonly entryUrl: string;
  readonly preloadPath: string;
  readonly productName: string;
  readonly windowBounds: Preferences['windowBounds'];
}

/** Opens the one app window, hardened, where the user left it. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const placement = placeWindow(
    options.windowBounds.load(),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    title: options.productName,
    width: placement.width,
    height: placement.height,
    ...(placement.x === undefined ? {} : { x: placement.x }),
    ...(placement.y === undefined ? {} : { y: placement.y }),
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Elsewhere than macOS, checking would download dictionaries (platform/spelling.ts).
      spellcheck: checksSpelling(process.platform),
      // Middle-click would otherwise try to open links in a new window.
      disableBlinkFeatures: 'Auxclick',
    },
  });

  // Maximized only once there is something to show: before, it shows an empty window.
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    options.windowBounds.save({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  });

  window.webContents.on('context-menu', (_event, params) => {
    const template = buildContextMenuTemplate(params, (word) => {
      window.webContents.replaceMisspelling(word);
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window });
  });

  void window.loadURL(options.entryUrl);
  return window;
}
