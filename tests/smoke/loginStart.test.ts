import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/domain/settings.js';
import type { ElectronStandIn } from './support/electronStandIn.js';
import { valueAsPage } from './support/invokeAsPage.js';
import { type StartedApp, startBuiltApp } from './support/startBuiltApp.js';

let app: StartedApp;
let electron: ElectronStandIn;

// Started by the system at login (the autostart entry's `--hidden`), with the tray chosen:
// the app comes up with its tray icon only, for the day's reminders, and no window.
beforeAll(async () => {
  process.argv.push('--hidden');
  app = await startBuiltApp({
    settings: { ...defaultSettings, keepRunningInTray: true },
    // No window will open: the start ends with the tray icon.
    started: (electron) => electron.trays.length > 0 && electron.ipcHandlers.size > 0,
  });
  ({ electron } = app);
});

afterAll(() => {
  process.argv.pop();
  app.cleanUp();
});

describe('the built app started at login, with the tray chosen', () => {
  it('opens no window, only its tray icon', () => {
    expect(electron.windows).toHaveLength(0);
    expect(electron.trays).toHaveLength(1);
    expect(electron.state).toMatchObject({ exitCode: undefined, quitRequested: false });
  });

  it('opens its window, on the locked journal, from the tray', async () => {
    const items = (electron.trays[0]?.contextMenu?.items ?? []) as {
      label?: string;
      click?: () => void;
    }[];
    items.find((item) => item.label === 'Open Ask Anyway')?.click?.();
    expect(electron.windows).toHaveLength(1);
    expect(await valueAsPage(electron, 'vault.status')).toMatchObject({ state: 'absent' });
  });
});
