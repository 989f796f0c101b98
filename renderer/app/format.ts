import { createFormat, fallbackLocale } from '../../shared/format/format.js';

/**
 * The renderer's one formatter, in the user's language as Chromium has it (Electron
 * gives it the system's). Renderer unit tests run in Node 20, which has no `navigator`:
 * they get `fallbackLocale`, so their strings are pinned to en-GB.
 */
export const format = createFormat(
  typeof navigator === 'undefined' ? fallbackLocale : navigator.language,
);
