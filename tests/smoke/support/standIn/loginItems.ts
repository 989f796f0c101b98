import type { StandInContext } from './core.js';

/**
 * Electron's login items on `app` (macOS and Windows only: Electron's app has no such
 * methods on Linux), and the app's folder, which a login item started unpackaged must
 * name. They are added to `rawApp` itself, so the recorded `app` records them too.
 */
export function addLoginItems(context: StandInContext, rawApp: object) {
  const { options, checkKeys } = context;
  Object.assign(rawApp, { getAppPath: () => options.pathsRoot });
  const loginItem = {
    openAtLogin: false,
    settings: undefined as Record<string, unknown> | undefined,
  };
  if (options.platform === 'darwin' || options.platform === 'win32') {
    Object.assign(rawApp, {
      setLoginItemSettings(settings: Record<string, unknown>): void {
        checkKeys('Settings', settings);
        loginItem.settings = settings;
        loginItem.openAtLogin = settings['openAtLogin'] === true;
      },
      getLoginItemSettings(): Record<string, unknown> {
        return {
          openAtLogin: loginItem.openAtLogin,
          // As when the user started it: the stand-in is never started by the login.
          ...(options.platform === 'darwin' ? { wasOpenedAtLogin: false } : {}),
        };
      },
    });
  }
  return loginItem;
}
