import { hiddenStartArg } from './xdgAutostart.js';

/**
 * Whether the app starts without a window, in the tray: only when the system started it
 * at login (the autostart entry's and Windows' login item's argument, or macOS's word
 * that it opened the app at login) and the user keeps it running in the tray. Without
 * the tray a hidden app could not be reached, so it opens its window as always.
 */
export function startsHidden(start: {
  readonly argv: readonly string[];
  readonly openedAtLogin: boolean;
  readonly keepRunningInTray: boolean;
}): boolean {
  const atLogin = start.openedAtLogin || start.argv.slice(1).includes(hiddenStartArg);
  return atLogin && start.keepRunningInTray;
}
