/**
 * The renderer is served from this custom, privileged scheme rather than `file:`, so
 * the page gets a real origin of its own and cannot read arbitrary local files.
 */
export const appScheme = 'app';
export const appHost = 'ask-anyway';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;
