import { contextBridge, ipcRenderer } from 'electron';
import type { Transport } from '../../shared/ipc/api.js';
import { createApi } from './api.js';

const transport: Transport = {
  invoke: (channel, request) => ipcRenderer.invoke(channel, request),
  subscribe(event, listener) {
    // Main is the only sender on these channels; core.ts checks what it sends in tests.
    const forward = (_event: Electron.IpcRendererEvent, payload: unknown): void =>
      listener(payload as Parameters<typeof listener>[0]);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
};

// The page sees only the named methods createApi builds; ipcRenderer stays here.
contextBridge.exposeInMainWorld('api', createApi(transport));
