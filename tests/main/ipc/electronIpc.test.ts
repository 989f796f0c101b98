import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { callerOf, registerIpc } from '../../../main/ipc/electronIpc.js';
import { channelNames } from '../../../shared/ipc/contract.js';

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => unknown;

describe('the Electron IPC adapter', () => {
  it('registers exactly the contract’s channels, each routed with its caller', async () => {
    const handlers = new Map<string, Listener>();
    const ipcMain = {
      handle: (channel: string, listener: Listener) => handlers.set(channel, listener),
    };
    const router = vi.fn(() => Promise.resolve({ ok: true as const, value: 1 }));
    registerIpc(ipcMain, router);

    expect([...handlers.keys()].sort()).toEqual([...channelNames].sort());
    const event = {
      senderFrame: { url: 'app://ask-anyway/index.html', parent: null },
    } as unknown as IpcMainInvokeEvent;
    await handlers.get('settings.get')?.(event, undefined);
    expect(router).toHaveBeenCalledWith('settings.get', undefined, {
      url: 'app://ask-anyway/index.html',
      isMainFrame: true,
    });
  });

  it.each([
    [
      'a top-level page',
      { url: 'app://ask-anyway/index.html', parent: null },
      { url: 'app://ask-anyway/index.html', isMainFrame: true },
    ],
    [
      'an iframe',
      { url: 'app://ask-anyway/frame.html', parent: {} },
      { url: 'app://ask-anyway/frame.html', isMainFrame: false },
    ],
    ['a frame that is gone', null, { url: '', isMainFrame: false }],
  ])('describes %s', (_name, senderFrame, caller) => {
    expect(callerOf({ senderFrame } as unknown as IpcMainInvokeEvent)).toEqual(caller);
  });
});
