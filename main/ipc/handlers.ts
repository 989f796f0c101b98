import type { AppInfo } from '../../shared/domain/appInfo.js';
import type { SettingsService } from '../services/settings/settingsService.js';
import type { VaultAccess } from '../services/vault/vaultAccess.js';
import type { Handlers } from './router.js';

/** The services the IPC handlers call into. */
export interface HandlerServices {
  readonly appInfo: AppInfo;
  readonly settings: SettingsService;
  readonly vault: VaultAccess;
}

/** The one table of IPC handlers: each is a thin call into a service. */
export function createHandlers({ appInfo, settings, vault }: HandlerServices): Handlers {
  return {
    'app.info': () => appInfo,
    // The router already counted the call as activity; there is nothing else to do.
    'app.activity': () => undefined,
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
    'vault.status': () => vault.status(),
    'vault.prepare': ({ passphrase }) => vault.prepare(passphrase),
    'vault.confirm': ({ answers }) => vault.confirm(answers),
    'vault.cancel': () => vault.cancel(),
    'vault.unlock': ({ passphrase }) => vault.unlock(passphrase),
    'vault.reset': ({ recoveryKey, newPassphrase }) =>
      vault.resetWithRecoveryKey(recoveryKey, newPassphrase.passphrase),
    'vault.lock': () => vault.lock('manual'),
    'vault.changePassphrase': ({ current, next }) =>
      vault.changePassphrase(current, next.passphrase),
    'vault.newRecoveryKey': ({ passphrase }) => vault.newRecoveryKey(passphrase),
    'vault.backups': () => vault.backups(),
    'vault.restore': ({ id }) => vault.restoreBackup(id),
  };
}
