import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../../main/window/externalLinks.js';

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://www.example.org/help', true],
    ['http://example.org/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['smb://server/share', false],
    ['https://user:pass@example.org/', false],
    ['app://ask-anyway/index.html', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected);
  });
});
