import { Menu, Tray } from 'electron';
import { trayIcon } from './trayIcon.js';
import { buildTrayMenuTemplate, type TrayActions } from './trayMenuTemplate.js';

/** The tray icon (menu bar icon on macOS) with its menu; `destroy` takes it away. */
export function showTray(actions: TrayActions): { destroy(): void } {
  const tray = new Tray(trayIcon(process.platform));
  tray.setToolTip(actions.productName);
  tray.setContextMenu(Menu.buildFromTemplate(buildTrayMenuTemplate(actions)));
  // Windows opens an app from its tray icon with a click (the menu is on right-click), and
  // Linux sends a click when the icon is activated. On macOS a click opens the menu.
  if (process.platform !== 'darwin') tray.on('click', actions.open);
  return { destroy: () => tray.destroy() };
}
