import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appEntryUrl } from '../../main/window/appOrigin.js';
import { defaultSettings } from '../../shared/domain/settings.js';
import type { ElectronStandIn } from './support/electronStandIn.js';
import {
  createJournalAsPage,
  saveDraftWhenAsked,
  sentToPage,
  valueAsPage,
} from './support/invokeAsPage.js';
import { type StartedApp, startBuiltApp } from './support/startBuiltApp.js';
import { waitUntil } from './support/waitUntil.js';

const passphrase = 'a long enough passphrase';

let app: StartedApp;
let electron: ElectronStandIn;
let answered: readonly number[];
let statusAfterClose: unknown;
let lifecycleAfterClose: readonly string[];
let reopened: { url: string; status: unknown };
const configHome = mkdtempSync(path.join(tmpdir(), 'ask-anyway-smoke-config-'));

interface TrayItem {
  label?: string;
  click?: () => void;
}
const trayItem = (label: string): TrayItem => {
  const items = (electron.trays[0]?.contextMenu?.items ?? []) as TrayItem[];
  const item = items.find((candidate) => candidate.label === label);
  if (!item?.click) throw new Error(`the tray has no '${label}'`);
  return item;
};

// With "keep running in the tray" on, the user closes the window with words in the form:
// the journal locks (the page saves its draft first), the app stays for its reminders,
// the tray's Open brings a window back on the locked journal, and its Quit ends the app.
beforeAll(async () => {
  process.env['XDG_CONFIG_HOME'] = configHome;
  app = await startBuiltApp({ settings: { ...defaultSettings, keepRunningInTray: true } });
  ({ electron } = app);
  await createJournalAsPage(electron, passphrase);
  answered = saveDraftWhenAsked(electron, () => 'Ask for a later deadline');
  const [window] = electron.windows;
  if (!window) throw new Error('main has opened no window');
  electron.closeAsUser(window);
  await waitUntil(() => window.destroyed, 'the window closes');
  statusAfterClose = await valueAsPage(electron, 'vault.status');
  lifecycleAfterClose = electron.lifecycle.map((entry) => entry.event);
  trayItem('Open Ask Anyway').click?.();
  await waitUntil(() => electron.windows.length === 2, 'a new window opens');
  // Read as fields: a getURL() call would be recorded as main's.
  reopened = {
    url: electron.windows[1]?.webContents.url ?? '',
    status: await valueAsPage(electron, 'vault.status'),
  };
  trayItem('Quit Ask Anyway').click?.();
  await waitUntil(() => electron.state.hasQuit, 'the app quits');
});

afterAll(() => {
  app.cleanUp();
  rmSync(configHome, { recursive: true, force: true });
});

describe('closing the built app’s window with the tray chosen', () => {
  it('locks the journal as closed, after the page saved what it owed', () => {
    expect(answered).toHaveLength(1);
    expect(sentToPage(electron, 'vault.locked')[0]).toEqual({ reason: 'window-closed' });
    expect(statusAfterClose).toMatchObject({ state: 'locked', lockedBecause: 'window-closed' });
  });

  it('keeps the app running: the window goes, the app does not quit', () => {
    expect(lifecycleAfterClose).toContain('closed');
    expect(lifecycleAfterClose).not.toContain('before-quit');
    expect(lifecycleAfterClose).not.toContain('quit');
  });

  it('opens a new window from the tray, on the app’s page, the journal still locked', () => {
    expect(reopened.url).toBe(appEntryUrl);
    expect(reopened.status).toMatchObject({ state: 'locked', lockedBecause: 'window-closed' });
  });

  it('quits from the tray, the journal locked', async () => {
    expect(electron.state.hasQuit).toBe(true);
    expect(await valueAsPage(electron, 'vault.status')).toMatchObject({ state: 'locked' });
  });
});
