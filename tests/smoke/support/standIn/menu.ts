import type { StandInContext } from './core.js';

/** Electron's `Menu`: only after `ready`, with item keys and roles electron.d.ts declares. */
export function createMenu(context: StandInContext) {
  const { recorded, requireReady, checkKeys } = context;
  const checkMenu = (items: readonly object[]): void => {
    for (const item of items) {
      checkKeys('MenuItemConstructorOptions', item);
      const { submenu } = item as { submenu?: unknown };
      if (Array.isArray(submenu)) checkMenu(submenu as object[]);
    }
  };
  return recorded('Menu', {
    buildFromTemplate(template: readonly object[]): { items: readonly object[] } {
      requireReady('Menu');
      checkMenu(template);
      return { items: template };
    },
    setApplicationMenu(): void {
      requireReady('Menu');
    },
  });
}
