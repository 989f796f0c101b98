import { describe, expect, it } from 'vitest';
import {
  autoLockChoices,
  describeMinutes,
} from '../../../../renderer/features/settings/autoLockChoices.js';

describe('describeMinutes', () => {
  it.each([
    [1, '1 minute'],
    [5, '5 minutes'],
    [60, '1 hour'],
    [90, '90 minutes'],
    [240, '4 hours'],
  ])('%i → %s', (minutes, text) => {
    expect(describeMinutes(minutes)).toBe(text);
  });
});

describe('autoLockChoices', () => {
  it('offers the presets in order', () => {
    expect(autoLockChoices(10)).toEqual([1, 5, 10, 15, 30, 60, 120, 240]);
  });

  it('adds a current value that is not a preset, so the menu never misstates it', () => {
    expect(autoLockChoices(45)).toEqual([1, 5, 10, 15, 30, 45, 60, 120, 240]);
  });
});
