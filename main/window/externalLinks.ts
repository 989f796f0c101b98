/**
 * Only plain https links leave the app, and only to the user's own browser. Anything
 * else (file:, javascript:, custom schemes that launch programs) is dropped.
 */
export function isSafeExternalUrl(candidate: string): boolean {
  if (!URL.canParse(candidate)) return false;
  const url = new URL(candidate);
  return url.protocol === 'https:' && url.username === '' && url.password === '';
}

/**
 * Every address outside the app that the app itself links to — none today. A page that
 * gains a link adds its address here, or the link opens nothing: a page made to show
 * some other address (a reflection pasted as a link, a compromised bundle) cannot send
 * the user anywhere.
 */
export const externalAddresses: readonly string[] = [];

/** A safe https link to one of `allowed` (the fragment aside), to open in the browser. */
export function isAllowedExternalUrl(
  candidate: string,
  allowed: readonly string[] = externalAddresses,
): boolean {
  if (!isSafeExternalUrl(candidate)) return false;
  const url = new URL(candidate);
  url.hash = '';
  return allowed.includes(url.href);
}
