import type { MenuItemConstructorOptions } from 'electron';

/** What the tray icon's menu does; plain callbacks. */
export interface TrayActions {
  readonly productName: string;
  readonly open: () => void;
  readonly lockJournal: () => void;
  readonly quit: () => void;
}

/**
 * The tray icon's menu (the menu bar's on macOS), built from plain data so it can be
 * tested without Electron. Lock is there for a window left open: closing it locks
 * anyway, and locking a locked journal does nothing.
 */
export function buildTrayMenuTemplate(actions: TrayActions): MenuItemConstructorOptions[] {
  return [
    { label: `Open ${actions.productName}`, click: actions.open },
    { label: 'Lock Journal', click: actions.lockJournal },
    { type: 'separator' },
    { label: `Quit ${actions.productName}`, click: actions.quit },
  ];
}
