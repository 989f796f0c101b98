import type { MenuItemConstructorOptions } from 'electron';
import { themeChoices, themeNames, type ThemeChoice } from '../../shared/domain/settings.js';

/** What the menu shows and what its items do; plain data and callbacks. */
export interface MenuActions {
  readonly platform: NodeJS.Platform;
  readonly productName: string;
  readonly theme: ThemeChoice;
  readonly chooseTheme: (theme: ThemeChoice) => void;
  readonly openSettings: () => void;
  readonly openGuide: () => void;
  readonly lockJournal: () => void;
}

/**
 * The standard app menu, built from plain data so it can be tested without Electron.
 * Settings sits where each platform puts it: the app menu on macOS, File elsewhere.
 */
export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = actions.platform === 'darwin';
  const settingsItem: MenuItemConstructorOptions = {
    label: isMac ? 'Settings…' : 'Settings',
    accelerator: 'CmdOrCtrl+,',
    click: actions.openSettings,
  };
  const lockItem: MenuItemConstructorOptions = {
    label: 'Lock Journal',
    accelerator: 'CmdOrCtrl+L',
    click: actions.lockJournal,
  };
  const themeItems: MenuItemConstructorOptions[] = themeChoices.map((theme) => ({
    label: themeNames[theme],
    type: 'radio',
    checked: actions.theme === theme,
    click: () => actions.chooseTheme(theme),
  }));

  return [
    ...(isMac
      ? [
          {
            label: actions.productName,
            submenu: [
              { role: 'about' },
              { type: 'separator' },
              settingsItem,
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: 'File',
      submenu: isMac
        ? [lockItem, { type: 'separator' }, { role: 'close' }]
        : [lockItem, settingsItem, { type: 'separator' }, { role: 'quit' }],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { label: 'Theme', submenu: themeItems },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'The Practice', click: actions.openGuide }] },
  ];
}
