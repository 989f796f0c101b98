import electron from 'electron';
import type { Transport } from '../../shared/ipc/api.js';
import { createApi } from './api.js';

const { contextBridge, ipcRenderer: ipc } = electron;

const transport: Transport = {
  invoke: (channel, request) => ipc.invoke(channel, request),
  subscribe(event, listener) {
    // Main is the only sender on these channels, and it sends contract-typed payloads.
    const forward = (_event: Electron.IpcRendererEvent, payload: unknown): void =>
      listener(payload as Parameters<typeof listener>[0]);
    ipc.on(event, forward);
    return () => {
      ipc.removeListener(event, forward);
    };
  },
};

// The page sees only the named methods createApi builds; the IPC handle stays here.
contextBridge.exposeInMainWorld('api', createApi(transport));
