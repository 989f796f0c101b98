import type { Settings } from '../../shared/domain/settings.js';
import type { SettingsStore } from '../../main/services/settings/settingsService.js';

/** A SettingsStore in memory that can be told to fail its next saves. */
export function memorySettingsStore(initial?: unknown): SettingsStore & {
  saved: Settings | undefined;
  failSavesWith: Error | undefined;
} {
  const store = {
    saved: undefined as Settings | undefined,
    failSavesWith: undefined as Error | undefined,
    load: () => store.saved ?? initial,
    save(settings: Settings) {
      if (store.failSavesWith) throw store.failSavesWith;
      store.saved = settings;
    },
  };
  return store;
}

/** An fs-style error with a code, as Node raises them. */
export function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}
