import { appEntryUrl, appOrigin } from './appOrigin.js';

/** Where the window's page comes from: the one origin main answers and trusts. */
export interface RendererSource {
  readonly entryUrl: string;
  readonly origin: string;
}

const bundle: RendererSource = { entryUrl: appEntryUrl, origin: appOrigin };
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The built bundle over app:// — always, in a packaged app. `npm run dev` (electron-vite
 * dev) serves the renderer from Vite's dev server instead, so edits reload at once, and
 * names it in ELECTRON_RENDERER_URL. That is honoured only in an app run from its
 * sources and only on this computer's loopback: no environment variable can point an
 * installed app, and the journal's keys behind it, at another page.
 */
export function rendererSource(
  isPackaged: boolean,
  devServerUrl: string | undefined,
): RendererSource {
  if (isPackaged || devServerUrl === undefined || devServerUrl === '') return bundle;
  const url = URL.canParse(devServerUrl) ? new URL(devServerUrl) : null;
  if (url?.protocol !== 'http:' || !loopbackHosts.has(url.hostname)) {
    throw new Error(
      `ELECTRON_RENDERER_URL must be a dev server on this computer (http://localhost:PORT), not “${devServerUrl}”.`,
    );
  }
  return { entryUrl: new URL('/index.html', url).toString(), origin: url.origin };
}
