import type { Timers } from '../../main/services/vault/autoLock.js';

/** Timers driven by hand: `advance` moves the clock and fires what falls due. */
export function manualTimers(
  start = Date.parse('2026-11-25T12:00:00Z'),
): Timers & { advance(ms: number): void } {
  let now = start;
  // A one-shot timer is an interval that cancels itself when it fires.
  const timers = new Set<{ ms: number; next: number; once: boolean; callback: () => void }>();
  const add = (ms: number, once: boolean, callback: () => void) => {
    const timer = { ms, next: now + ms, once, callback };
    timers.add(timer);
    return () => {
      timers.delete(timer);
    };
  };
  return {
    now: () => now,
    every: (ms, callback) => add(ms, false, callback),
    after: (ms, callback) => add(ms, true, callback),
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter((t) => t.next <= end).sort((a, b) => a.next - b.next)[0];
        if (!due) break;
        now = due.next;
        if (due.once) timers.delete(due);
        else due.next += due.ms;
        due.callback();
      }
      now = end;
    },
  };
}
