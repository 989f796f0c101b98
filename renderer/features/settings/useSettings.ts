import { useCallback, useEffect, useState } from 'react';
import type { Settings, SettingsPatch } from '../../../shared/domain/settings.js';
import type { AppError, Result } from '../../../shared/ipc/result.js';
import { api } from '../../api/client.js';

export type SettingsState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: AppError }
  | { readonly status: 'ready'; readonly settings: Settings };

/**
 * The settings as main holds them, kept current when they change elsewhere (the app
 * menu's theme items). `update` resolves to main's answer so the caller can report it.
 */
export function useSettings(): {
  state: SettingsState;
  update: (patch: SettingsPatch) => Promise<Result<Settings>>;
} {
  const [state, setState] = useState<SettingsState>({ status: 'loading' });

  useEffect(() => {
    let mounted = true;
    void api.settings.get().then((result) => {
      if (!mounted) return;
      setState(
        result.ok
          ? { status: 'ready', settings: result.value }
          : { status: 'failed', error: result.error },
      );
    });
    const unsubscribe = api.settings.onChanged((settings) =>
      setState({ status: 'ready', settings }),
    );
    return () => {
      mounted = false;
      unsubscribe();
    };
  }, []);

  const update = useCallback(async (patch: SettingsPatch) => {
    const result = await api.settings.update(patch);
    if (result.ok) setState({ status: 'ready', settings: result.value });
    return result;
  }, []);

  return { state, update };
}
