import type { EventName, EventPayload } from '../../shared/ipc/contract.js';

/**
 * Sends a typed event to the renderer (webContents.send in the app, the page in tests)
 * and returns how many pages it was sent to: a request with nobody to answer it need
 * not be waited for.
 */
export type EmitEvent = <E extends EventName>(event: E, payload: EventPayload<E>) => number;
