import Store from 'electron-store';
import type { Settings } from '../../shared/domain/settings.js';
import path from 'node:path';
import type { SettingsStore } from '../services/settings/settingsService.js';
import type { RememberedState, SaveMemoryStore } from '../services/vault/saveMemory.js';
import type { JournalLocation, PendingMove } from '../services/vault/journalLocation.js';
import type { SavedBounds } from '../window/windowBounds.js';

interface PreferencesFile {
  settings?: Settings;
  windowBounds?: SavedBounds;
  vaultPath?: string;
  savesRemembered?: RememberedState;
  pendingMove?: PendingMove;
}

/** Non-secret preferences, one JSON file in the app's data folder. */
export interface Preferences {
  readonly settings: SettingsStore;
  readonly windowBounds: {
    load(): unknown;
    save(bounds: SavedBounds): void;
  };
  /** Where the journal is: `journal.askanyway` in the data folder unless moved. */
  readonly location: JournalLocation;
  /** What this computer remembers of its saves to each journal (no secrets: counts and times). */
  readonly saveMemory: SaveMemoryStore;
}

const isPendingMove = (value: unknown): value is PendingMove =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<PendingMove>).from === 'string' &&
  typeof (value as Partial<PendingMove>).to === 'string' &&
  [undefined, true].includes((value as Partial<PendingMove>).switched);

/**
 * Opens the preferences file in `directory`. The directory is always given, so this
 * works without Electron's `app` (the end-to-end harness stubs `electron`). Values are
 * validated by their readers, not by a store schema: a bad field falls back alone.
 */
export function openPreferences(directory: string): Preferences {
  const store = new Store<PreferencesFile>({
    cwd: directory,
    name: 'preferences',
    clearInvalidConfig: true,
  });
  return {
    settings: {
      load: () => store.get('settings'),
      save: (settings) => store.set('settings', settings),
    },
    windowBounds: {
      load: () => store.get('windowBounds'),
      save: (bounds) => store.set('windowBounds', bounds),
    },
    saveMemory: {
      load: () => store.get('savesRemembered'),
      save: (state) => store.set('savesRemembered', state),
    },
    location: {
      vaultPath: () => {
        const stored = store.get('vaultPath');
        return typeof stored === 'string' && path.isAbsolute(stored)
          ? stored
          : path.join(directory, 'journal.askanyway');
      },
      setVaultPath: (vaultPath) => store.set('vaultPath', vaultPath),
      pendingMove: () => {
        const stored = store.get('pendingMove');
        return isPendingMove(stored) ? stored : undefined;
      },
      setPendingMove: (move) => {
        if (move) store.set('pendingMove', move);
        else store.delete('pendingMove');
      },
    },
  };
}
