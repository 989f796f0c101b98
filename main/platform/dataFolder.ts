import path from 'node:path';

/**
 * Where Electron keeps the app's data (`app.getPath('userData')`) for a product named
 * "Ask Anyway", computed without Electron so the command-line tool finds the same vault.
 */
export function defaultDataFolder(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  home: string,
): string {
  const product = 'Ask Anyway';
  if (platform === 'win32')
    return path.win32.join(env['APPDATA'] ?? path.win32.join(home, 'AppData', 'Roaming'), product);
  if (platform === 'darwin')
    return path.posix.join(home, 'Library', 'Application Support', product);
  return path.posix.join(env['XDG_CONFIG_HOME'] ?? path.posix.join(home, '.config'), product);
}

/** The vault's file name inside the data folder, unless the user moved it. */
export const defaultVaultName = 'journal.askanyway';
