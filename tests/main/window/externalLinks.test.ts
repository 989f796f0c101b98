import { describe, expect, it } from 'vitest';
import {
  externalAddresses,
  isAllowedExternalUrl,
  isSafeExternalUrl,
} from '../../../main/window/externalLinks.js';

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

describe('isAllowedExternalUrl', () => {
  it('opens only the addresses the app links to, whatever the fragment', () => {
    const allowed = ['https://example.org/help'];
    expect(isAllowedExternalUrl('https://example.org/help', allowed)).toBe(true);
    expect(isAllowedExternalUrl('https://example.org/help#faq', allowed)).toBe(true);
    expect(isAllowedExternalUrl('https://example.org/help?x=1', allowed)).toBe(false);
    expect(isAllowedExternalUrl('https://example.org/', allowed)).toBe(false);
    expect(isAllowedExternalUrl('http://example.org/help', ['http://example.org/help'])).toBe(
      false,
    );
  });

  it('opens nothing today: the app links to no address outside itself', () => {
    expect(externalAddresses).toEqual([]);
    expect(isAllowedExternalUrl('https://www.example.org/help')).toBe(false);
  });
});
