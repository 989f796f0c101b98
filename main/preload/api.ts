import type { Api, Transport } from '../../shared/ipc/api.js';

/**
 * Builds `window.api` over a transport: one named method per channel and event, so the
 * page can never name a channel of its own choosing. Only types come from the contract,
 * which keeps zod and the schemas out of the sandboxed preload bundle.
 */
export function createApi(transport: Transport): Api {
  return {
    app: {
      info: () => transport.invoke('app.info', undefined),
      onNavigate: (listener) => transport.subscribe('app.navigate', listener),
    },
    settings: {
      get: () => transport.invoke('settings.get', undefined),
      update: (patch) => transport.invoke('settings.update', patch),
      onChanged: (listener) => transport.subscribe('settings.changed', listener),
    },
  };
}
