import type { LockReason } from '../../../shared/domain/vault.js';

/** Time as the auto-lock sees it: a port, so tests move the clock by hand. */
export interface Timers {
  now(): number;
  /** Calls `callback` every `ms` until the returned function is called. */
  every(ms: number, callback: () => void): () => void;
  /** Calls `callback` once, `ms` from now, unless the returned function is called first. */
  after(ms: number, callback: () => void): () => void;
}

export interface AutoLockOptions {
  readonly timers: Timers;
  /** Read at every check, so a changed setting applies at once. */
  readonly idleMinutes: () => number;
  readonly lock: (reason: LockReason) => Promise<void>;
  readonly onError: (error: unknown) => void;
}

/** How often idleness is checked: fine enough for a setting counted in minutes. */
export const autoLockCheckMs = 15_000;

/**
 * Locks the journal after the set number of minutes without activity. Activity is any
 * call from the renderer, which reports keyboard and pointer use as it happens.
 */
export function startAutoLock(options: AutoLockOptions): {
  readonly activity: () => void;
  readonly stop: () => void;
} {
  const { timers } = options;
  let lastActivity = timers.now();
  const stop = timers.every(autoLockCheckMs, () => {
    if (timers.now() - lastActivity >= options.idleMinutes() * 60_000) {
      lastActivity = timers.now();
      options.lock('idle').catch(options.onError);
    }
  });
  return {
    activity: () => {
      lastActivity = timers.now();
    },
    stop,
  };
}
