import { describe, expect, it } from 'vitest';
import { startsHidden } from '../../../../main/services/startup/startsHidden.js';

describe('starting hidden in the tray', () => {
  it.each([
    ['started by the autostart entry, tray on', ['/app', '--hidden'], false, true, true],
    ['opened at login on macOS, tray on', ['/app'], true, true, true],
    ['started by the user, tray on', ['/app'], false, true, false],
    ['started at login, tray off: the window opens', ['/app', '--hidden'], false, false, false],
    ['the executable itself named --hidden', ['--hidden'], false, true, false],
  ])('%s', (_name, argv, openedAtLogin, keepRunningInTray, expected) => {
    expect(startsHidden({ argv, openedAtLogin, keepRunningInTray })).toBe(expected);
  });
});
