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
 * back until the disk answers feels broken — and settles on main's answer once no
 * other update is in flight; if the save failed, it shows what main last confirmed.
 */
export function useSettings(): {
  state: SettingsState;
  update: (patch: SettingsPatch) => Promise<Result<Settings>>;
} {
  const [state, setState] = useState<SettingsState>({ status: 'loading' });
  const confirmed = useRef<Settings | undefined>(undefined);
  const inFlight = useRef(0);

  /** Records main's word; shows it unless a newer optimistic value is waiting on main. */
  const settle = useCallback((settings: Settings) => {
    confirmed.current = settings;
    if (inFlight.current === 0) setState(ready(settings));
  }, []);

  useEffect(() => {
    let mounted = true;
    void api.settings.get().then((result) => {
      if (!mounted) return;
      if (result.ok) settle(result.value);
      else setState({ status: 'failed', error: result.error });
    });
    const unsubscribe = api.settings.onChanged(settle);
    return () => {
      mounted = false;
      unsubscribe();
    };
  }, [settle]);

  const update = useCallback(
    async (patch: SettingsPatch) => {
      inFlight.current += 1;
      setState((previous) =>
        previous.status === 'ready' ? ready({ ...previous.settings, ...patch }) : previous,
      );
      let result: Result<Settings>;
      try {
        result = await api.settings.update(patch);
      } finally {
        inFlight.current -= 1;
      }
      const truth = result.ok ? result : await api.settings.get();
      if (truth.ok) settle(truth.value);
      else if (inFlight.current === 0 && confirmed.current) setState(ready(confirmed.current));
      return result;
    },
    [settle],
  );

  return { state, update };
}
