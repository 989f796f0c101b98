import type { Caller } from './router.js';

/**
 * Trusts only the top-level document served from `origin` (the app's own bundle).
 * Compares scheme and host rather than `URL.origin`, which is "null" for custom
 * schemes such as `app:`.
 */
export function trustCallersFrom(origin: string): (caller: Caller) => boolean {
  const trusted = new URL(origin);
  return (caller) => {
    if (!caller.isMainFrame || !URL.canParse(caller.url)) return false;
    const url = new URL(caller.url);
    return url.protocol === trusted.protocol && url.host === trusted.host;
  };
}
