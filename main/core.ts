import type { AppInfo } from '../shared/domain/appInfo.js';
import type { Settings } from '../shared/domain/settings.js';
import { events } from '../shared/ipc/contract.js';
import type { EmitEvent } from './ipc/events.js';
import { createHandlers } from './ipc/handlers.js';
import { createRouter, type Caller, type Router, type RouterLog } from './ipc/router.js';
import {
  createSettingsService,
  type SettingsService,
  type SettingsStore,
} from './services/settings/settingsService.js';

/** The ports the core needs from its host: Electron in the app, plain Node in tests. */
export interface CorePorts {
  readonly appInfo: AppInfo;
  readonly settingsStore: SettingsStore;
  readonly emit: EmitEvent;
  readonly isTrustedCaller: (caller: Caller) => boolean;
  readonly log: RouterLog;
  /**
   * Check every response and event against the contract before it leaves main. Tests
   * turn this on so drift fails loudly; the app leaves it off (the compiler checks the
   * handlers, and responses can be large).
   */
  readonly validateOutgoing?: boolean | undefined;
}

/** Everything main runs, built from ports and wired together, without Electron. */
export interface Core {
  readonly router: Router;
  readonly settings: SettingsService;
}

/**
 * Builds the services and the IPC router. main/index.ts calls it with Electron's
 * adapters; the end-to-end harness calls it with the same adapters minus the window,
 * so both exercise one code path.
 */
export function createCore(ports: CorePorts): Core {
  const emit: EmitEvent = ports.validateOutgoing
    ? (event, payload) => {
        events[event].parse(payload);
        ports.emit(event, payload);
      }
    : ports.emit;
  const settings = createSettingsService(ports.settingsStore);
  settings.onChange((next: Settings) => emit('settings.changed', next));

  const router = createRouter({
    handlers: createHandlers({ appInfo: ports.appInfo, settings }),
    isTrustedCaller: ports.isTrustedCaller,
    log: ports.log,
    validateResponses: ports.validateOutgoing,
  });

  return { router, settings };
}
