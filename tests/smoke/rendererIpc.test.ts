import { describe, expect, it } from 'vitest';
import { readElectronDeclarations } from './support/electronDeclarations.js';
import { createElectronStandIn } from './support/electronStandIn.js';
import { StandInIpcRenderer } from './support/rendererIpc.js';

const declared = readElectronDeclarations();

/** A ready stand-in with one window, and the renderer's ipcRenderer on its loaded page. */
const connected = async () => {
  const electron = createElectronStandIn({
    declared,
    platform: 'linux',
    pathsRoot: '/nowhere',
    appVersion: '1.0.0',
    isPackaged: true,
  });
  electron.emitReady();
  // The page comes from the app scheme's handler, as main's window's does.
  electron.modules.protocol.handle('app', () => new Response('<!doctype html>'));
  const window = new electron.modules.BrowserWindow({ show: false });
  await window.loadURL('app://ask-anyway/index.html');
  return {
    electron,
    window,
    ipcRenderer: new StandInIpcRenderer(electron.ipcHandlers, window.webContents),
  };
};

// What the smoke test's page reaches main through: as strict as Electron's pipe, no more.
describe('the renderer’s ipcRenderer on the stand-in', () => {
  it('calls main’s handler from the top-level page main loaded, with a copy', async () => {
    const { electron, ipcRenderer } = await connected();
    const request = { nested: { count: 1 } };
    electron.modules.ipcMain.handle('app.echo', (event: never, payload: never) => ({
      frame: (event as { senderFrame: unknown }).senderFrame,
      same: payload === request,
      payload,
    }));
    expect(await ipcRenderer.invoke('app.echo', request)).toEqual({
      frame: { url: 'app://ask-anyway/index.html', parent: null },
      same: false,
      payload: request,
    });
  });

  it('rejects a channel main does not handle, in Electron’s words', async () => {
    const { ipcRenderer } = await connected();
    await expect(ipcRenderer.invoke('debug.eval')).rejects.toThrow(
      "Error invoking remote method 'debug.eval': Error: No handler registered for 'debug.eval'",
    );
  });

  it('refuses to send what cannot be cloned, both ways', async () => {
    const { electron, window, ipcRenderer } = await connected();
    await expect(ipcRenderer.invoke('app.echo', () => undefined)).rejects.toThrow(
      /could not be cloned/,
    );
    expect(() => window.webContents.send('app.navigate', { to: () => 'week' })).toThrow(
      /could not be cloned/,
    );
    expect(electron.calls.map((call) => call.method)).toContain('send');
  });

  it('delivers what main sends to the page’s listeners, a copy each time', async () => {
    const { window, ipcRenderer } = await connected();
    const payload = { to: 'week' };
    const heard: unknown[] = [];
    ipcRenderer.on('app.navigate', (_event: unknown, received: unknown) => heard.push(received));
    window.webContents.send('app.navigate', payload);
    expect(heard).toEqual([payload]);
    expect(heard[0]).not.toBe(payload);
  });
});
