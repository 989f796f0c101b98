import { EventEmitter } from 'node:events';
import type { ElectronStandIn } from './electronStandIn.js';

type StandInWebContents = ElectronStandIn['windows'][number]['webContents'];
type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

/**
 * The renderer's `ipcRenderer`, wired to the stand-in's main process as Electron wires
 * it: `invoke` reaches the handler main registered with `ipcMain.handle`, with an event
 * whose sender frame is the window's top-level page, and `webContents.send` reaches
 * `on` listeners. Both ways, arguments are structured-cloned, as Electron clones them.
 * An EventEmitter, like Electron's: exposing it through contextBridge loses its methods.
 */
export class StandInIpcRenderer extends EventEmitter {
  constructor(
    private readonly handlers: ElectronStandIn['ipcHandlers'],
    private readonly webContents: StandInWebContents,
  ) {
    super();
    webContents.pageEnd = {
      receive: (channel, args) => {
        this.emit(channel, { sender: this, ports: [] }, ...args);
      },
    };
  }

  /** Calls main's handler for `channel`; rejects in Electron's words when there is none. */
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const copied = structuredClone(args);
    const handler = this.handlers.get(channel) as InvokeHandler | undefined;
    if (!handler) {
      throw new Error(
        `Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`,
      );
    }
    // What electronIpc.ts's callerOf reads: the page main loaded, in a frame with no parent.
    // The URL is read as a field: a getURL() call would be recorded as main's.
    const event = {
      sender: this.webContents,
      senderFrame: { url: this.webContents.url, parent: null },
      frameId: 1,
      processId: 1,
    };
    try {
      return structuredClone(await handler(event, ...copied));
    } catch (error) {
      throw new Error(`Error invoking remote method '${channel}': ${String(error)}`, {
        cause: error,
      });
    }
  }
}
