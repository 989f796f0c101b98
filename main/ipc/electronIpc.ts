import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelNames } from '../../shared/ipc/contract.js';
import type { Caller, Router } from './router.js';

/** What main can tell about who sent an IPC call. A frame with no parent is a top-level page. */
export function callerOf(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): Caller {
  const frame = event.senderFrame;
  return { url: frame?.url ?? '', isMainFrame: frame !== null && frame.parent === null };
}

/** Registers every contract channel, and only those, with Electron; the router checks each call. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, router: Router): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, payload: unknown) => router(channel, payload, callerOf(event)));
  }
}
