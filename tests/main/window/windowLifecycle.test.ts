import { describe, expect, it } from 'vitest';
import {
  createWindowLifecycle,
  type LifecycleWindow,
} from '../../../main/window/windowLifecycle.js';
import type { LockReason } from '../../../shared/domain/vault.js';

/** A window that records what was done to it; `close()` closes it unless it is prevented. */
class FakeWindow implements LifecycleWindow {
  destroyed = false;
  minimized = false;
  readonly done: string[] = [];
  constructor(private readonly onClose: (window: FakeWindow) => boolean) {}
  isDestroyed = () => this.destroyed;
  isMinimized = () => this.minimized;
  restore = () => void this.done.push('restore');
  show = () => void this.done.push('show');
  focus = () => void this.done.push('focus');
  close = () => {
    if (this.onClose(this)) this.destroyed = true;
  };
}

const event = () => {
  const e = { prevented: false, preventDefault: () => (e.prevented = true) };
  return e;
};

/** The lifecycle over fake windows, with Electron's order of events played by the test. */
function setUp(keepRunningInTray: boolean) {
  const locks: LockReason[] = [];
  const happened: string[] = [];
  const windows: FakeWindow[] = [];
  const settings = { keepRunningInTray };
  const lifecycle = createWindowLifecycle<FakeWindow>({
    openWindow: () => {
      // As Electron: `close` comes first, and may be prevented; the last closed ends the app.
      const window = new FakeWindow((closing) => {
        const e = event();
        lifecycle.closing(closing, e);
        if (!e.prevented && windows.every((w) => w === closing || w.destroyed)) {
          queueMicrotask(() => lifecycle.allClosed());
        }
        return !e.prevented;
      });
      windows.push(window);
      return window;
    },
    keepRunningInTray: () => settings.keepRunningInTray,
    lock: (reason) => {
      locks.push(reason);
      return Promise.resolve();
    },
    stop: () => happened.push('stop'),
    quit: () => {
      happened.push('quit');
      const e = event();
      lifecycle.beforeQuit(e);
    },
    log: {
      error: (place) => happened.push(`failed: ${place}`),
      event: (logged) => logged.name === 'app-quit' && happened.push('logged: app-quit'),
    },
  });
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return { lifecycle, locks, happened, windows, settings, settle };
}

describe('the window lifecycle', () => {
  it('without the tray, closing the window locks for the quit, then quits', async () => {
    const { lifecycle, locks, happened, windows, settle } = setUp(false);
    lifecycle.show();
    const window = lifecycle.current();
    window?.close();
    expect(window?.isDestroyed()).toBe(false);
    await settle();
    expect(window?.isDestroyed()).toBe(true);
    expect(locks).toEqual(['quit', 'quit']);
    expect(happened).toEqual(['quit', 'logged: app-quit', 'stop', 'quit']);
    expect(windows).toHaveLength(1);
  });

  it('with the tray, closing the window locks it as closed and keeps the app running', async () => {
    const { lifecycle, locks, happened, settle } = setUp(true);
    lifecycle.show();
    const window = lifecycle.current();
    window?.close();
    await settle();
    expect(window?.isDestroyed()).toBe(true);
    expect(locks).toEqual(['window-closed']);
    expect(happened).toEqual([]);
    expect(lifecycle.current()).toBeUndefined();
  });

  it('opens a new window when shown after its window closed, and brings an open one forward', async () => {
    const { lifecycle, windows, settle } = setUp(true);
    lifecycle.show();
    const first = lifecycle.current();
    first?.close();
    await settle();
    lifecycle.show();
    const second = lifecycle.current();
    expect(windows).toHaveLength(2);
    expect(second).not.toBe(first);
    if (second) second.minimized = true;
    expect(lifecycle.show()).toBe(true);
    expect(lifecycle.current()).toBe(second);
    expect(second?.done).toEqual(['restore', 'show', 'focus']);
  });

  it('with the tray, quitting (the tray’s Quit) still locks for the quit and goes', async () => {
    const { lifecycle, locks, happened, windows, settle } = setUp(true);
    lifecycle.show();
    const window = lifecycle.current();
    const quit = event();
    lifecycle.beforeQuit(quit);
    expect(quit.prevented).toBe(true);
    await settle();
    expect(locks).toEqual(['quit']);
    expect(happened).toEqual(['logged: app-quit', 'stop', 'quit']);
    // The quit closes the window, which goes at once: locking again, it would cancel the
    // quit in Electron. The app does not stay.
    window?.close();
    expect(window?.isDestroyed()).toBe(true);
    await settle();
    expect(locks).toEqual(['quit']);
    expect(lifecycle.show()).toBe(false);
    expect(windows).toHaveLength(1);
  });

  it('a window asked for while one closes opens once the close has locked the journal', async () => {
    const { lifecycle, windows, locks, settle } = setUp(true);
    lifecycle.show();
    const closing = lifecycle.current();
    closing?.close();
    expect(closing?.isDestroyed()).toBe(false);
    expect(lifecycle.show()).toBe(true);
    // Not yet: its page would show the journal the close is still locking.
    expect(windows).toHaveLength(1);
    await settle();
    expect(locks).toEqual(['window-closed']);
    expect(closing?.isDestroyed()).toBe(true);
    expect(windows).toHaveLength(2);
    expect(lifecycle.current()).toBe(windows[1]);
  });

  it('the setting is read at each close', async () => {
    const { lifecycle, locks, settings, settle } = setUp(true);
    settings.keepRunningInTray = false;
    lifecycle.show();
    lifecycle.current()?.close();
    await settle();
    expect(locks[0]).toBe('quit');
  });
});
