import type { App, Session } from 'electron';
import { externalAddresses, isAllowedExternalUrl } from './externalLinks.js';

/**
 * Applies the rules every web contents in the app obeys: it never navigates away from
 * the bundle, never opens a window, never embeds a webview, and is never granted a
 * permission. A plain https link to an address the app links to (`allowed`), clicked or
 * opened, goes to the user's browser instead. Registered once, before any window
 * exists, so no window can miss it.
 */
export function hardenWebContents(
  app: App,
  openExternal: (url: string) => void,
  allowed: readonly string[] = externalAddresses,
): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      if (isAllowedExternalUrl(url, allowed)) openExternal(url);
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url, allowed)) openExternal(url);
      return { action: 'deny' };
    });
  });
}

/**
 * Denies every permission (camera, notifications, geolocation, the clipboard…) the page
 * might ask for. The page needs none: main copies the recovery key for it
 * (`vault.copyRecoveryKey`), so it can clear it again.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
