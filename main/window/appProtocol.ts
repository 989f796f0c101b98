import { pathToFileURL } from 'node:url';
import type { Net, Protocol } from 'electron';
import { appScheme } from './appOrigin.js';
import { resolveBundleFile } from './bundlePath.js';
import { contentSecurityPolicy } from './contentSecurityPolicy.js';

/** Must run before `app` is ready: the scheme behaves like https (secure, standard). */
export const appSchemePrivileges = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false },
};

/** Serves the renderer bundle in `root` over `app://ask-anyway/`, with the CSP on every file. */
export function serveRendererBundle(protocol: Protocol, net: Net, root: string): void {
  protocol.handle(appScheme, async (request) => {
    const file = resolveBundleFile(root, request.url, 'ask-anyway');
    const response = file
      ? await net.fetch(pathToFileURL(file).toString())
      : new Response('Not found', { status: 404 });
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
