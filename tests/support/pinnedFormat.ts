import { createFormat } from '../../shared/format/format.js';

/**
 * The locale and zone main's words are told in under test, so their strings are the same
 * on every computer: en-GB, as the renderer's unit tests and the e2e page speak.
 */
export const testLocale = 'en-GB';
export const pinnedFormat = createFormat(testLocale, { timeZone: 'UTC' });
