import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { AppFailure, failureFromFsError } from '../appFailure.js';
import { setXdgAutostart, type AutostartFs, type AutostartPlace } from './xdgAutostart.js';

/** Starts the app when the user logs in, or stops doing so. Throws an AppFailure if it cannot. */
export interface LoginItem {
  set(openAtLogin: boolean): void;
}

/** The autostart entry's file operations on the real disk. */
export const nodeAutostartFs: AutostartFs = {
  mkdir: (folder) => mkdirSync(folder, { recursive: true }),
  writeFile: (file, text) => writeFileSync(file, text),
  remove: (file) => rmSync(file, { force: true }),
};

/** Linux's login item: an XDG autostart entry, its failures in the user's words. */
export function xdgLoginItem(fs: AutostartFs, place: AutostartPlace): LoginItem {
  return {
    set(openAtLogin) {
      try {
        setXdgAutostart(fs, place, openAtLogin);
      } catch (error) {
        throw failureFromFsError(
          error,
          openAtLogin
            ? 'set Ask Anyway to start when you log in'
            : 'stop Ask Anyway starting when you log in',
        );
      }
    },
  };
}

/** macOS's login item as Electron gives it: set, then its state (macOS 13 and later). */
export interface MacLoginItems {
  setOpenAtLogin(openAtLogin: boolean): void;
  /** `getLoginItemSettings().status`; undefined on a macOS too old to say. */
  status(): 'not-registered' | 'enabled' | 'requires-approval' | 'not-found' | undefined;
}

/**
 * macOS's login item. macOS may register it yet wait for the user's approval, or not find
 * the app (not in Applications): the setting is then not saved, and the user is told what
 * to do. An item waiting for approval stays registered, so that approving it is enough.
 */
export function macLoginItem(items: MacLoginItems): LoginItem {
  return {
    set(openAtLogin) {
      items.setOpenAtLogin(openAtLogin);
      if (!openAtLogin) return;
      const status = items.status();
      if (status === 'requires-approval') {
        throw new AppFailure(
          'PERMISSION_DENIED',
          'macOS asks you to allow Ask Anyway to start when you log in: allow it in System Settings → General → Login Items, then turn this on again.',
        );
      }
      if (status === 'not-found') {
        items.setOpenAtLogin(false);
        throw new AppFailure(
          'PERMISSION_DENIED',
          'macOS could not find Ask Anyway to start it when you log in. Move Ask Anyway to your Applications folder, then turn this on again.',
        );
      }
    },
  };
}
