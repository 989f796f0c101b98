import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { failureFromFsError } from '../appFailure.js';
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
