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
      activity: () => transport.invoke('app.activity', undefined),
      onNavigate: (listener) => transport.subscribe('app.navigate', listener),
    },
    settings: {
      get: () => transport.invoke('settings.get', undefined),
      update: (patch) => transport.invoke('settings.update', patch),
      onChanged: (listener) => transport.subscribe('settings.changed', listener),
    },
    vault: {
      status: () => transport.invoke('vault.status', undefined),
      prepare: (request) => transport.invoke('vault.prepare', request),
      confirm: (request) => transport.invoke('vault.confirm', request),
      cancel: () => transport.invoke('vault.cancel', undefined),
      unlock: (request) => transport.invoke('vault.unlock', request),
      reset: (request) => transport.invoke('vault.reset', request),
      lock: () => transport.invoke('vault.lock', undefined),
      changePassphrase: (request) => transport.invoke('vault.changePassphrase', request),
      newRecoveryKey: (request) => transport.invoke('vault.newRecoveryKey', request),
      backups: () => transport.invoke('vault.backups', undefined),
      restore: (request) => transport.invoke('vault.restore', request),
      onLocked: (listener) => transport.subscribe('vault.locked', listener),
    },
  };
}
