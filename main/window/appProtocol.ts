import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { appHost, appScheme } from './appOrigin.js';
import { resolveBundleFile } from './bundlePath.js';
import { contentSecurityPolicy } from './contentSecurityPolicy.js';

/** Must run before `app` is ready: the scheme behaves like https (secure, standard). */
export const appSchemePrivileges = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false },
};

/**
 * The types of what the bundle holds. Set here, not guessed from the file: with
 * `nosniff`, a script served as anything else would not run, and a type this list does
 * not know is served as bytes to download, never as something the page may execute.
 */
const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Headers every answer carries, the 404 included: the CSP and no type sniffing. */
const baseHeaders = (contentType: string): Record<string, string> => ({
  'Content-Type': contentType,
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
});

/**
 * Answers a request for the renderer bundle in `root` (`app://ask-anyway/…`): the file
 * with its type and the CSP, or a 404 that carries the CSP too. Reads the file itself,
 * rather than through Electron's `net.fetch`, so a test of this function tests what the
 * app serves.
 */
export function rendererBundleResponder(root: string): (url: string) => Promise<Response> {
  return async (url) => {
    const file = resolveBundleFile(root, url, appHost);
    const body = file && (await readFile(file).catch(() => undefined));
    if (!file || !body) {
      return new Response('Not found', {
        status: 404,
        headers: baseHeaders('text/plain; charset=utf-8'),
      });
    }
    const type = contentTypes[path.extname(file)] ?? 'application/octet-stream';
    return new Response(body, { status: 200, headers: baseHeaders(type) });
  };
}

/** Serves the renderer bundle in `root` over `app://ask-anyway/`. */
export function serveRendererBundle(protocol: Protocol, root: string): void {
  const respond = rendererBundleResponder(root);
  protocol.handle(appScheme, (request) => respond(request.url));
}
