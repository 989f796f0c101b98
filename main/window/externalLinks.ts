/**
 * Only plain https links leave the app, and only to the user's own browser. Anything
 * else (file:, javascript:, custom schemes that launch programs) is dropped.
 */
export function isSafeExternalUrl(candidate: string): boolean {
  if (!URL.canParse(candidate)) return false;
  const url = new URL(candidate);
  return url.protocol === 'https:' && url.username === '' && url.password === '';
}
