/**
 * The renderer is served from this custom, privileged scheme rather than `file:`, so
 * the page gets a real origin of its own and cannot read arbitrary local files.
 */
export const appScheme = 'app';
export const appOrigin = `${appScheme}://ask-anyway`;
export const appEntryUrl = `${appOrigin}/index.html`;
