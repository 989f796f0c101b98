import type { Timers } from '../services/vault/autoLock.js';

/** How often Linux is asked whether the screen is locked: a call that costs nothing. */
export const screenLockPollMs = 5_000;

/** What the system says about its screen (Electron's `powerMonitor` in the app). */
export interface ScreenLockSource {
  /** Listens for the screen locking: `lock-screen`, emitted on macOS and Windows only. */
  onLockScreen(listener: () => void): void;
  /** `locked` where the system can tell (on Linux, a desktop with a screensaver service). */
  idleState(): 'active' | 'idle' | 'locked' | 'unknown';
}

/**
 * Calls `onLocked` once each time the screen locks. macOS and Windows say so with an
 * event; Linux never emits it, so there the idle state is asked every few seconds and a
 * change to `locked` counts (docs/vault.md, "Locking"). Returns a function that stops
 * the asking.
 */
export function watchScreenLock(
  platform: NodeJS.Platform,
  source: ScreenLockSource,
  timers: Timers,
  onLocked: () => void,
): () => void {
  if (platform === 'darwin' || platform === 'win32') {
    source.onLockScreen(onLocked);
    return () => undefined;
  }
  let wasLocked = false;
  return timers.every(screenLockPollMs, () => {
    const locked = source.idleState() === 'locked';
    if (locked && !wasLocked) onLocked();
    wasLocked = locked;
  });
}
