import type { LockReason } from '../../shared/domain/vault.js';
import type { AppLog } from '../services/log/appLog.js';

/** The window as its lifecycle uses it: Electron's BrowserWindow in the app, a fake in tests. */
export interface LifecycleWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  close(): void;
}

/** An Electron event that the app may cancel (`close`, `before-quit`). */
export interface Cancellable {
  preventDefault(): void;
}

export interface WindowLifecyclePorts<W extends LifecycleWindow> {
  /** Opens a new window; it shows itself once its page is ready. */
  readonly openWindow: () => W;
  /** The user's choice to keep running in the tray when the window is closed. */
  readonly keepRunningInTray: () => boolean;
  /** Locks through the lock protocol, so the page can save the drafts it owes first. */
  readonly lock: (reason: LockReason) => Promise<void>;
  /** Stops the core's background work, when the app really quits. */
  readonly stop: () => void;
  readonly quit: () => void;
  readonly log: AppLog;
}

/** The app's one window, from opening to the app's quit. */
export interface WindowLifecycle<W extends LifecycleWindow> {
  /** The open window, if there is one and it is not closing. */
  current(): W | undefined;
  /**
   * Brings the window to the front, or opens a new one (its page locked, as the journal
   * is) if it was closed — once a close still locking has finished, so the new page
   * never shows the journal the close is locking. False while the app quits: no window
   * will come.
   */
  show(): boolean;
  /** A window's `close`: it waits for the lock, then closes. */
  closing(window: W, event: Cancellable): void;
  /** `window-all-closed`: quit, unless the app keeps running in the tray. */
  allClosed(): void;
  /** `before-quit`: quitting waits for the lock, then goes. */
  beforeQuit(event: Cancellable): void;
}

/**
 * Closing the window is how most people quit; with the tray option it only locks the
 * journal and leaves the app running, so reminders still come. Either way the window
 * waits for the lock before it closes: the page must still be there to save the drafts
 * it owes when the lock asks. (By `before-quit` it would be gone, and the lock would not
 * ask.)
 */
export function createWindowLifecycle<W extends LifecycleWindow>(
  ports: WindowLifecyclePorts<W>,
): WindowLifecycle<W> {
  let window: W | undefined;
  const lockedForClose = new WeakSet<W>();
  let quitting = false;
  /** A close's lock is under way; a window asked for meanwhile opens once it is done. */
  let lockingForClose = false;
  let reopenAfterClose = false;

  const open = (): void => {
    window = ports.openWindow();
    ports.log.event({ name: 'window-opened' });
  };

  const current = (): W | undefined =>
    window === undefined || window.isDestroyed() || lockedForClose.has(window) ? undefined : window;

  return {
    current,
    show() {
      if (quitting) return false;
      const shown = current();
      if (shown !== undefined) {
        if (shown.isMinimized()) shown.restore();
        shown.show();
        shown.focus();
      } else if (lockingForClose) {
        reopenAfterClose = true;
      } else {
        open();
      }
      return true;
    },
    closing(closed, event) {
      if (lockedForClose.has(closed)) return;
      event.preventDefault();
      lockedForClose.add(closed);
      const reason: LockReason = quitting || !ports.keepRunningInTray() ? 'quit' : 'window-closed';
      lockingForClose = true;
      ports
        .lock(reason)
        .catch((error: unknown) => ports.log.error(`lock:${reason}`, error))
        .finally(() => {
          lockingForClose = false;
          if (!closed.isDestroyed()) closed.close();
          if (reopenAfterClose && !quitting) open();
          reopenAfterClose = false;
        });
    },
    allClosed() {
      if (quitting || !ports.keepRunningInTray()) ports.quit();
    },
    beforeQuit(event) {
      if (quitting) return;
      event.preventDefault();
      quitting = true;
      ports.log.event({ name: 'app-quit' });
      ports.stop();
      ports
        .lock('quit')
        .catch((error: unknown) => ports.log.error('lock:quit', error))
        .finally(() => {
          // Locked already: the window's close must not lock again, nor cancel this quit
          // (a close prevented during a quit cancels it, in Electron).
          if (window !== undefined) lockedForClose.add(window);
          ports.quit();
        });
    },
  };
}
