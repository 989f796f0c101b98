import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/domain/settings.js';
import type { ElectronStandIn } from './support/electronStandIn.js';
import { type StartedApp, startBuiltApp } from './support/startBuiltApp.js';

let app: StartedApp;
let electron: ElectronStandIn;
// Linux's autostart entry goes into this run's own folder, not the user's.
const configHome = mkdtempSync(path.join(tmpdir(), 'ask-anyway-smoke-config-'));

beforeAll(async () => {
  process.env['XDG_CONFIG_HOME'] = configHome;
  app = await startBuiltApp({
    settings: { ...defaultSettings, keepRunningInTray: true, startAtLogin: true },
  });
  ({ electron } = app);
});

afterAll(() => {
  app.cleanUp();
  rmSync(configHome, { recursive: true, force: true });
});

describe('the built app with the tray and start at login chosen', () => {
  it('puts an icon in the tray, with a PNG image and the app’s name', () => {
    expect(electron.trays).toHaveLength(1);
    const [tray] = electron.trays;
    expect(tray?.toolTip).toBe('Ask Anyway');
    expect(typeof tray?.image === 'object' && tray.image.isEmpty()).toBe(false);
  });

  it('gives the icon the menu to open the window, lock, and quit', () => {
    const items = electron.trays[0]?.contextMenu?.items as { label?: string; type?: string }[];
    expect(items.map((item) => item.label ?? item.type)).toEqual([
      'Open Ask Anyway',
      'Lock Journal',
      'separator',
      'Quit Ask Anyway',
    ]);
  });

  it('opens its window when started by the user, not by the login', () => {
    expect(electron.windows).toHaveLength(1);
  });

  it('renews its start at login, as this platform does it', () => {
    if (process.platform === 'linux') {
      const entry = readFileSync(path.join(configHome, 'autostart', 'ask-anyway.desktop'), 'utf8');
      expect(entry).toContain(`Exec="${process.execPath}" "--hidden"\n`);
    } else {
      expect(electron.loginItem.openAtLogin).toBe(true);
    }
  });
});
