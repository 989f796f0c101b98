import type { AppInfo } from '../../shared/domain/appInfo.js';
import type { SettingsService } from '../services/settings/settingsService.js';
import type { Handlers } from './router.js';

/** The services the IPC handlers call into. */
export interface HandlerServices {
  readonly appInfo: AppInfo;
  readonly settings: SettingsService;
}

/** The one table of IPC handlers: each is a thin call into a service. */
export function createHandlers(services: HandlerServices): Handlers {
  return {
    'app.info': () => services.appInfo,
    'settings.get': () => services.settings.get(),
    'settings.update': (patch) => services.settings.update(patch),
  };
}
