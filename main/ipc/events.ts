import type { EventName, EventPayload } from '../../shared/ipc/contract.js';

/** Sends a typed event to the renderer (webContents.send in the app, the page in tests). */
export type EmitEvent = <E extends EventName>(event: E, payload: EventPayload<E>) => void;
