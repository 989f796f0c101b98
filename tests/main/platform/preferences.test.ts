import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPreferences } from '../../../main/platform/preferences.js';
import { createSettingsService } from '../../../main/services/settings/settingsService.js';
import { defaultSettings } from '../../../shared/domain/settings.js';

// The real electron-store, writing real files; only `electron` itself is stubbed.
describe('preferences in electron-store', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-prefs-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps settings and window bounds across restarts, in preferences.json', () => {
    const first = openPreferences(folder);
    createSettingsService(first.settings).update({ theme: 'dark' });
    first.windowBounds.save({ x: 10, y: 20, width: 900, height: 700, maximized: false });

    const reopened = openPreferences(folder);
    expect(createSettingsService(reopened.settings).get()).toEqual({
      ...defaultSettings,
      theme: 'dark',
    });
    expect(reopened.windowBounds.load()).toEqual({
      x: 10,
      y: 20,
      width: 900,
      height: 700,
      maximized: false,
    });
    expect(JSON.parse(readFileSync(path.join(folder, 'preferences.json'), 'utf8'))).toMatchObject({
      settings: { theme: 'dark' },
    });
  });

  it('starts from defaults when the file is damaged, instead of failing to start', () => {
    writeFileSync(path.join(folder, 'preferences.json'), '{ not json');
    const preferences = openPreferences(folder);
    expect(createSettingsService(preferences.settings).get()).toEqual(defaultSettings);
  });

  it('remembers where the journal is and a move under way, defaulting to the data folder', () => {
    const first = openPreferences(folder);
    expect(first.location.vaultPath()).toBe(path.join(folder, 'journal.askanyway'));
    const move = { from: path.join(folder, 'journal.askanyway'), to: '/srv/j/journal.askanyway' };
    first.location.setPendingMove(move);
    first.location.setVaultPath(move.to);

    const reopened = openPreferences(folder);
    expect(reopened.location.vaultPath()).toBe(move.to);
    expect(reopened.location.pendingMove()).toEqual(move);
    reopened.location.setPendingMove(undefined);
    expect(openPreferences(folder).location.pendingMove()).toBeUndefined();
  });

  it('ignores a journal path that is not absolute, keeping the journal in the data folder', () => {
    writeFileSync(
      path.join(folder, 'preferences.json'),
      JSON.stringify({ vaultPath: 'rel.askanyway' }),
    );
    expect(openPreferences(folder).location.vaultPath()).toBe(
      path.join(folder, 'journal.askanyway'),
    );
  });
});
