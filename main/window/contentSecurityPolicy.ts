/**
 * The renderer's Content-Security-Policy, sent with every file of the bundle. Scripts,
 * styles and fonts come only from the bundle itself; nothing may be fetched, framed or
 * posted anywhere, and no string is ever evaluated as code. React sets inline styles
 * through the CSSOM, which `style-src 'self'` allows.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
