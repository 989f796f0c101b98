import { existsSync } from 'node:fs';

/** Where a system Chromium or Chrome usually lives; the first that exists is used. */
const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/**
 * Finds the browser the end-to-end tests drive: `ASK_ANYWAY_CHROMIUM` if set, else a
 * system install. Playwright's own browser download is not used (it cannot run here).
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env['ASK_ANYWAY_CHROMIUM'];
  if (chosen) {
    if (existsSync(chosen)) return chosen;
    throw new Error(`ASK_ANYWAY_CHROMIUM points to ${chosen}, which does not exist.`);
  }
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new Error(
    'The end-to-end tests need Chromium or Chrome. Install it (Debian/Ubuntu: ' +
      '`sudo apt-get install chromium`) or set ASK_ANYWAY_CHROMIUM to its executable.',
  );
}

/**
 * Flags for a quiet, offline, headless Chromium. Without the background-networking
 * flags it keeps trying to reach Google's servers, which a closed network refuses.
 */
export const chromiumArgs = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  // Root (as in CI containers) cannot use Chromium's sandbox.
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
