import type { EventEmitter } from 'node:events';
import path from 'node:path';
import { electronEvent, type StandInContext } from './core.js';

/** What the quit sequence needs of a window: it may cancel `close`; closed, it and its page are gone. */
export interface AppWindow extends EventEmitter {
  destroyed: boolean;
  readonly webContents: { destroyed: boolean };
}

/**
 * Electron's `app`, with its lifecycle as Electron runs it (shell/browser/browser.cc):
 * `ready`, the quit sequence, and windows closing as its window list and `Browser` handle
 * it. `allWindows` is every window made so far, closed ones too; it is read only as
 * windows close or the app quits.
 */
export function createApp(context: StandInContext, allWindows: () => readonly AppWindow[]) {
  const { options, emitLifecycle } = context;
  const state = {
    exitCode: undefined as number | undefined,
    quitRequested: false,
    /** Electron emitted `quit`: the app would end now. */
    hasQuit: false,
  };

  // The app's lifecycle as Electron runs it (shell/browser/browser.cc): a quit is under
  // way from an unprevented `before-quit` until a window cancels its close or `will-quit`
  // is prevented; a second `app.quit()` meanwhile does nothing.
  const quitting = { underWay: false, shutDown: false };

  // Windows closing, as Electron's window list and `Browser` handle it.
  const closeWindow = (window: AppWindow): void => {
    if (emitLifecycle(window, 'close', electronEvent())) {
      // A window that will not close cancels the quit under way (Browser::OnWindowCloseCancelled).
      quitting.underWay = false;
      return;
    }
    removeWindow(window);
  };
  const removeWindow = (window: AppWindow): void => {
    window.webContents.destroyed = true;
    window.destroyed = true;
    emitLifecycle(window, 'closed');
    if (allWindows().some((open) => !open.destroyed)) return;
    // Browser::OnWindowAllClosed: a quit under way goes on; otherwise the app hears it,
    // and quits when nobody listens.
    if (quitting.underWay) shutDown();
    else if (rawApp.listenerCount('window-all-closed') === 0) rawApp.quit();
    else emitLifecycle(rawApp, 'window-all-closed');
  };
  /** Browser::NotifyAndShutdown: `will-quit` may still keep the app; then `quit`. */
  const shutDown = (): void => {
    if (quitting.shutDown) return;
    if (emitLifecycle(rawApp, 'will-quit', electronEvent())) {
      quitting.underWay = false;
      return;
    }
    quitting.shutDown = true;
    emitLifecycle(rawApp, 'quit', electronEvent(), 0);
    state.hasQuit = true;
  };

  class StandInApp extends context.CheckedEmitter {
    readonly isPackaged = options.isPackaged;
    whenReady(): Promise<void> {
      return context.whenReady();
    }
    isReady(): boolean {
      return context.isReady();
    }
    getPath(name: string): string {
      return path.join(options.pathsRoot, name);
    }
    getVersion(): string {
      return options.appVersion;
    }
    /** The system's language as Electron reports it: pinned, so main's words are stable. */
    getLocale(): string {
      return 'en-GB';
    }
    requestSingleInstanceLock(): boolean {
      return true;
    }
    /** Browser::Quit: `before-quit` may keep the app; if not, every window is closed. */
    quit(): void {
      state.quitRequested = true;
      if (quitting.underWay || quitting.shutDown) return;
      if (emitLifecycle(this, 'before-quit', electronEvent())) return;
      quitting.underWay = true;
      const open = allWindows().filter((window) => !window.destroyed);
      if (open.length === 0) shutDown();
      for (const window of open) closeWindow(window);
    }
    exit(code = 0): void {
      state.exitCode = code;
    }
  }
  const rawApp = new StandInApp('App');

  return {
    /** The `app` the bundle imports: every call recorded. */
    app: context.recorded('app', rawApp),
    /** The same app unrecorded, for what Electron itself does to it (emit, quit as the user). */
    rawApp,
    state,
    closeWindow,
    removeWindow,
    /** Electron's `ready`: `whenReady()` resolves and listeners hear it. */
    emitReady: (): void => {
      context.becomeReady(() => rawApp.emit('ready', electronEvent(), {}));
    },
  };
}

/** The app as the other parts of the stand-in reach it. */
export type AppLifecycle = ReturnType<typeof createApp>;
