/**
 * Whether the page's text fields are spell-checked. On Windows and Linux, Electron's
 * spellchecker downloads Hunspell dictionaries from Google's servers when first used;
 * the app has no dictionaries of its own to ship, and it never uses the network, so
 * spelling is checked only on macOS, by the system's own checker.
 */
export const checksSpelling = (platform: NodeJS.Platform): boolean => platform === 'darwin';
