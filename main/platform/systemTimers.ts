import type { Timers } from '../services/vault/autoLock.js';

/** The real clock, intervals and timeouts. Unref'd, so a pending check never keeps the app alive. */
export const systemTimers: Timers = {
  now: () => Date.now(),
  every(ms, callback) {
    const handle = setInterval(callback, ms);
    handle.unref();
    return () => clearInterval(handle);
  },
  after(ms, callback) {
    const handle = setTimeout(callback, ms);
    handle.unref();
    return () => clearTimeout(handle);
  },
};
