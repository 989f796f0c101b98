import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuActions } from '../../../main/platform/menuTemplate.js';

const actions = (platform: NodeJS.Platform): MenuActions => ({
  platform,
  productName: 'Ask Anyway',
  theme: 'dark',
  chooseTheme: vi.fn(),
  openSettings: vi.fn(),
  openGuide: vi.fn(),
  lockJournal: vi.fn(),
});

/** Every item in the menu tree, depth first. */
const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

const click = (item: MenuItemConstructorOptions | undefined): void => {
  (item?.click as (() => void) | undefined)?.();
};

describe('the app menu', () => {
  it.each(['darwin', 'linux', 'win32'] as const)(
    'on %s has Settings on Ctrl/Cmd+, and quit',
    (platform) => {
      const given = actions(platform);
      const items = flatten(buildMenuTemplate(given));
      const settings = items.find((item) => item.accelerator === 'CmdOrCtrl+,');
      click(settings);
      expect(given.openSettings).toHaveBeenCalledOnce();
      expect(items.some((item) => item.role === 'quit')).toBe(true);
      expect(items.some((item) => item.role === 'editMenu')).toBe(true);
    },
  );

  it('puts the app menu first only on macOS', () => {
    expect(buildMenuTemplate(actions('darwin'))[0]?.label).toBe('Ask Anyway');
    expect(buildMenuTemplate(actions('linux'))[0]?.label).toBe('File');
  });

  it('checks the current theme and switches theme from the View menu', () => {
    const given = actions('linux');
    const themeItems = flatten(buildMenuTemplate(given)).filter((item) => item.type === 'radio');
    expect(themeItems.map((item) => [item.label, item.checked])).toEqual([
      ['Match system', false],
      ['Light', false],
      ['Dark', true],
    ]);
    click(themeItems[1]);
    expect(given.chooseTheme).toHaveBeenCalledWith('light');
  });

  it.each(['darwin', 'linux'] as const)(
    'locks the journal from File on %s, with Ctrl/Cmd+L',
    (platform) => {
      const given = actions(platform);
      const lock = flatten(buildMenuTemplate(given)).find((item) => item.label === 'Lock Journal');
      expect(lock?.accelerator).toBe('CmdOrCtrl+L');
      click(lock);
      expect(given.lockJournal).toHaveBeenCalledOnce();
    },
  );

  it('opens the guide from Help', () => {
    const given = actions('win32');
    click(flatten(buildMenuTemplate(given)).find((item) => item.label === 'The Practice'));
    expect(given.openGuide).toHaveBeenCalledOnce();
  });
});
