import path from 'node:path';

/**
 * Maps a request for the app's bundle to a file inside `root`, or `undefined` when the
 * request points anywhere else (`..`, encoded slashes, another host).
 */
export function resolveBundleFile(
  root: string,
  requestUrl: string,
  host: string,
): string | undefined {
  if (!URL.canParse(requestUrl)) return undefined;
  const url = new URL(requestUrl);
  if (url.host !== host) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (relative.includes('\0') || relative.includes('\\')) return undefined;
  if (relative === '/' || relative === '') relative = '/index.html';
  const resolvedRoot = path.resolve(root);
  const file = path.resolve(resolvedRoot, `.${relative}`);
  return file.startsWith(resolvedRoot + path.sep) ? file : undefined;
}
