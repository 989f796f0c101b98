import {
  defaultSettings,
  settingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../../shared/domain/settings.js';
import { failureFromFsError } from '../appFailure.js';

/** Where settings are kept between runs (electron-store in the app, a map in tests). */
export interface SettingsStore {
  /** Whatever was saved last, unvalidated: the file may have been edited by hand. */
  load(): unknown;
  save(settings: Settings): void;
}

export interface SettingsService {
  /** The current settings, always complete and valid. */
  get(): Settings;
  /** Applies a validated patch, saves it, tells listeners, and returns the result. */
  update(patch: SettingsPatch): Settings;
  /** Calls `listener` after every successful update; returns the unsubscribe. */
  onChange(listener: (settings: Settings) => void): () => void;
}

/**
 * Reads what the store holds field by field, so one bad value (a hand-edited file, a
 * setting from a newer version) costs only that field its value, not all the others.
 */
export function settingsFromStored(stored: unknown): Settings {
  const record = typeof stored === 'object' && stored !== null ? stored : {};
  const settings: Record<string, unknown> = { ...defaultSettings };
  for (const [key, field] of Object.entries(settingsSchema.shape)) {
    const parsed = field.safeParse((record as Record<string, unknown>)[key]);
    if (parsed.success) settings[key] = parsed.data;
  }
  return settingsSchema.parse(settings);
}

/**
 * What a setting does outside the app, done before the setting is saved: if the system
 * refuses (an autostart entry that cannot be written), the error reaches the user and the
 * setting keeps its old value, rather than claim what is not so. If the save then fails,
 * it is undone (called with the two swapped).
 */
export type SettingsEffect = (next: Settings, previous: Settings) => void;

/** Settings backed by `store`, validated on the way in and out. */
export function createSettingsService(
  store: SettingsStore,
  effect: SettingsEffect = () => undefined,
): SettingsService {
  let current = settingsFromStored(store.load());
  const listeners = new Set<(settings: Settings) => void>();

  return {
    get: () => current,
    update(patch) {
      const next = settingsSchema.parse({ ...current, ...patch });
      effect(next, current);
      try {
        store.save(next);
      } catch (error) {
        // The setting stays as it was: so must what it does outside the app. An undo
        // that fails too cannot be helped here; the next start renews it from the setting.
        try {
          effect(current, next);
        } catch {
          // The save's failure is the one the user needs to hear.
        }
        throw failureFromFsError(error, 'save your settings');
      }
      current = next;
      for (const listener of listeners) listener(next);
      return next;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
