import { describe, expect, it } from 'vitest';
import { resolveTheme } from '../../../renderer/app/theme.js';

describe('resolveTheme', () => {
  it.each([
    ['system', true, 'dark'],
    ['system', false, 'light'],
    ['light', true, 'light'],
    ['dark', false, 'dark'],
  ] as const)('%s with a dark system = %s → %s', (choice, systemPrefersDark, expected) => {
    expect(resolveTheme(choice, systemPrefersDark)).toBe(expected);
  });
});
