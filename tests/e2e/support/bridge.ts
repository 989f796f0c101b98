// Runs inside the page, in place of the Electron preload: the same createApi, over a
// transport that calls the Playwright binding instead of ipcRenderer. Bundled to an
// IIFE by appHarness.ts.
import { createApi } from '../../../main/preload/api.js';
import type { Transport } from '../../../shared/ipc/api.js';
import type { Result } from '../../../shared/ipc/result.js';

interface BridgeGlobals {
  /** Exposed by page.exposeBinding: calls the real main-side router. */
  askAnywayInvoke(channel: string, request: unknown): Promise<Result<unknown>>;
  /** Called by the harness to deliver a main → renderer event. */
  askAnywayDeliver?: (event: string, payload: unknown) => void;
}

const page = globalThis as unknown as BridgeGlobals;
const listeners = new Map<string, Set<(payload: unknown) => void>>();

page.askAnywayDeliver = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

const transport = {
  invoke: (channel: string, request: unknown) => page.askAnywayInvoke(channel, request),
  subscribe(event: string, listener: (payload: unknown) => void) {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  },
} as Transport;

// Read-only, as contextBridge makes it in the app.
Object.defineProperty(globalThis, 'api', {
  value: Object.freeze(createApi(transport)),
  enumerable: true,
});
