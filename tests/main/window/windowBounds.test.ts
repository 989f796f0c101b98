import { describe, expect, it } from 'vitest';
import { defaultWindowSize, placeWindow } from '../../../main/window/windowBounds.js';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitorOnRight = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('placeWindow', () => {
  it('restores bounds that are still on a display', () => {
    const saved = { x: 1600, y: 100, width: 1000, height: 800, maximized: true };
    expect(placeWindow(saved, [laptop, monitorOnRight])).toEqual(saved);
  });

  it('keeps the size but lets the OS centre a window whose monitor is gone', () => {
    const saved = { x: 1600, y: 100, width: 1000, height: 800, maximized: false };
    expect(placeWindow(saved, [laptop])).toEqual({ width: 1000, height: 800, maximized: false });
  });

  it('re-centres a window whose title bar is above the screen', () => {
    const saved = { x: 100, y: -300, width: 1000, height: 800, maximized: false };
    expect(placeWindow(saved, [laptop])).toEqual({ width: 1000, height: 800, maximized: false });
  });

  it.each([
    ['nothing saved', undefined],
    ['a string', 'big'],
    ['a tiny window', { x: 0, y: 0, width: 10, height: 10, maximized: false }],
    ['a missing field', { x: 0, y: 0, width: 1000, maximized: false }],
  ])('opens at the default size for %s', (_name, saved) => {
    expect(placeWindow(saved, [laptop])).toEqual({ ...defaultWindowSize, maximized: false });
  });
});
