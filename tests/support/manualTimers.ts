import type { Timers } from '../../main/services/vault/autoLock.js';

/** Timers driven by hand: `advance` moves the clock and fires what falls due. */
export function manualTimers(
  start = Date.parse('2026-11-25T12:00:00Z'),
): Timers & { advance(ms: number): void } {
  let now = start;
  // A timeout is an interval that removes itself when it fires.
  const intervals = new Set<{ ms: number; next: number; callback: () => void }>();
  return {
    now: () => now,
    every(ms, callback) {
      const interval = { ms, next: now + ms, callback };
      intervals.add(interval);
      return () => intervals.delete(interval);
    },
    after(ms, callback) {
      const timeout = {
        ms,
        next: now + ms,
        callback: () => {
          intervals.delete(timeout);
          callback();
        },
      };
      intervals.add(timeout);
      return () => intervals.delete(timeout);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...intervals].filter((i) => i.next <= end).sort((a, b) => a.next - b.next)[0];
        if (!due) break;
        now = due.next;
        due.next += due.ms;
        due.callback();
      }
      now = end;
    },
  };
}
