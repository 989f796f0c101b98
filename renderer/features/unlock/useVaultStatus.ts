import { useCallback, useEffect, useState } from 'react';
import type { VaultStatus } from '../../../shared/domain/vault.js';
import type { AppError } from '../../../shared/ipc/result.js';
import { api } from '../../api/client.js';

export type VaultStatusState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: AppError }
  | { readonly status: 'ready'; readonly vault: VaultStatus };

/** The journal's state as main reports it; `set` takes a fresher answer from a call. */
export function useVaultStatus(): { state: VaultStatusState; set: (vault: VaultStatus) => void } {
  const [state, setState] = useState<VaultStatusState>({ status: 'loading' });
  useEffect(() => {
    void api.vault
      .status()
      .then((result) =>
        setState(
          result.ok
            ? { status: 'ready', vault: result.value }
            : { status: 'failed', error: result.error },
        ),
      );
  }, []);
  const set = useCallback((vault: VaultStatus) => setState({ status: 'ready', vault }), []);
  return { state, set };
}
