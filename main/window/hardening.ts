import type { App, Session } from 'electron';
import { isSafeExternalUrl } from './externalLinks.js';

/**
 * Applies the rules every web contents in the app obeys: it never navigates away from
 * the bundle, never opens a window, never embeds a webview, and is never granted a
 * permission. A plain https link, clicked or opened, goes to the user's browser
 * instead. Registered once, before any window exists, so no window can miss it.
 */
export function hardenWebContents(app: App, openExternal: (url: string) => void): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      if (isSafeExternalUrl(url)) openExternal(url);
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isSafeExternalUrl(url)) openExternal(url);
      return { action: 'deny' };
    });
  });
}

/**
 * Writing text to the clipboard from a click: what the recovery key's Copy button needs.
 * Sanitized and write-only, it cannot read what the user copied elsewhere; and every
 * frame this session shows is the app's own bundle (hardenWebContents), so no origin
 * check is needed.
 */
const allowedPermission = 'clipboard-sanitized-write';

/**
 * Denies every permission (camera, notifications, geolocation, reading the clipboard…)
 * the page might ask for, except writing to the clipboard.
 */
export function denyPermissionsButClipboardWrite(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permission === allowedPermission),
  );
  session.setPermissionCheckHandler((_contents, permission) => permission === allowedPermission);
  session.setDevicePermissionHandler(() => false);
}
