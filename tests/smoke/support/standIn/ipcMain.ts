import type { Handler, StandInContext } from './core.js';

/** Electron's `ipcMain`: one handler per channel, as Electron allows. */
export function createIpcMain(context: StandInContext) {
  const ipcHandlers = new Map<string, Handler>();
  const ipcListeners = new Map<string, Handler>();
  const ipcMain = context.recorded('ipcMain', {
    handle(channel: string, handler: Handler): void {
      // Electron's own words for a second handler on one channel.
      if (ipcHandlers.has(channel)) {
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      }
      ipcHandlers.set(channel, handler);
    },
    // electron-store answers its renderer half on this channel; the app has no such half.
    on(channel: string, listener: Handler): void {
      ipcListeners.set(channel, listener);
    },
  });
  return { ipcMain, ipcHandlers, ipcListeners };
}
