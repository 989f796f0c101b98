import { describe, expect, it } from 'vitest';
import { trustCallersFrom } from '../../../main/ipc/trustedCaller.js';

describe('trustCallersFrom', () => {
  const isTrusted = trustCallersFrom('app://ask-anyway');

  it.each([
    ['the app entry', 'app://ask-anyway/index.html', true, true],
    ['the app with a hash route', 'app://ask-anyway/index.html#/settings', true, true],
    ['an iframe of the app', 'app://ask-anyway/index.html', false, false],
    ['another host on the scheme', 'app://evil/index.html', true, false],
    ['a web page', 'https://ask-anyway/index.html', true, false],
    ['a local file', 'file:///home/me/index.html', true, false],
    ['devtools', 'devtools://devtools/bundled/inspector.html', true, false],
    ['an empty url', '', true, false],
    ['garbage', 'not a url', true, false],
  ])('%s → %s', (_name, url, isMainFrame, expected) => {
    expect(isTrusted({ url, isMainFrame })).toBe(expected);
  });
});
