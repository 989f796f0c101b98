import os from 'node:os';
import { app } from 'electron';
import {
  macLoginItem,
  nodeAutostartFs,
  xdgLoginItem,
  type LoginItem,
} from '../services/startup/loginItem.js';
import { windowsArgument } from '../services/startup/windowsCommandLine.js';
import { startCommand } from '../services/startup/xdgAutostart.js';

/** The command that starts this app, hidden, at login. */
const command = () =>
  startCommand({
    execPath: process.execPath,
    appImage: process.env['APPIMAGE'],
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
  });

/**
 * Starting at login, as each system does it: macOS and Windows through Electron's login
 * item (the API exists there alone); Linux through an XDG autostart entry. Windows passes
 * the hidden-start argument; macOS cannot, and says instead that it opened the app at
 * login (`openedAtLogin`).
 */
export function systemLoginItem(platform: NodeJS.Platform, name: string): LoginItem {
  if (platform === 'darwin') {
    return macLoginItem({
      setOpenAtLogin: (openAtLogin) => app.setLoginItemSettings({ openAtLogin }),
      // Typed as always there; macOS before 13 leaves it out.
      status: () => (app.getLoginItemSettings() as Partial<Electron.LoginItemSettings>).status,
    });
  }
  if (platform === 'win32') {
    return {
      set(openAtLogin) {
        const { program, args } = command();
        app.setLoginItemSettings({ openAtLogin, path: program, args: args.map(windowsArgument) });
      },
    };
  }
  return {
    set(openAtLogin) {
      const { program, args } = command();
      xdgLoginItem(nodeAutostartFs, {
        configHome: process.env['XDG_CONFIG_HOME'],
        home: os.homedir(),
        command: [program, ...args],
        name,
      }).set(openAtLogin);
    },
  };
}

/** Whether macOS opened the app at login (elsewhere the hidden-start argument says so). */
export function openedAtLoginOnMac(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
}
