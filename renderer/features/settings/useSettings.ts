import { useCallback, useEffect, useRef, useState } from 'react';
import type { Settings, SettingsPatch } from '../../../shared/domain/settings.js';
import type { AppError, Result } from '../../../shared/ipc/result.js';
import { api } from '../../api/client.js';

export type SettingsState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: AppError }
  | { readonly status: 'ready'; readonly settings: Settings };

const ready = (settings: Settings): SettingsState => ({ status: 'ready', settings });

/**
 * The settings as main holds them, kept current when they change elsewhere (the app
 * menu's theme items). `update` shows the change at once — a radio button that snaps
 * back until the disk answers feels broken — and then settles on main's answer,
 * reverting to main's state if the save failed.
 */
export function useSettings(): {
  state: SettingsState;
  update: (patch: SettingsPatch) => Promise<Result<Settings>>;
} {
  const [state, setState] = useState<SettingsState>({ status: 'loading' });
  // Only the newest update's answer may settle the state; older ones are already stale.
  const newestUpdate = useRef(0);

  useEffect(() => {
    let mounted = true;
    void api.settings.get().then((result) => {
      if (!mounted) return;
      setState(result.ok ? ready(result.value) : { status: 'failed', error: result.error });
    });
    const unsubscribe = api.settings.onChanged((settings) => setState(ready(settings)));
    return () => {
      mounted = false;
      unsubscribe();
    };
  }, []);

  const update = useCallback(async (patch: SettingsPatch) => {
    const ticket = ++newestUpdate.current;
    setState((previous) =>
      previous.status === 'ready' ? ready({ ...previous.settings, ...patch }) : previous,
    );
    const result = await api.settings.update(patch);
    const truth = result.ok ? result : await api.settings.get();
    if (ticket === newestUpdate.current && truth.ok) setState(ready(truth.value));
    return result;
  }, []);

  return { state, update };
}
