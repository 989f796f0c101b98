import type { IpcMain } from 'electron';
import { channelNames } from '../../shared/ipc/contract.js';
import type { Router } from './router.js';

/** Registers every contract channel with Electron; the router does all the checking. */
export function registerIpc(ipcMain: IpcMain, router: Router): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      router(channel, payload, {
        url: event.senderFrame?.url ?? '',
        isMainFrame: event.senderFrame !== null && event.senderFrame === event.sender.mainFrame,
      }),
    );
  }
}
