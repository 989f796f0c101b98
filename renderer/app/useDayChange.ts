import { useEffect } from 'react';
import { localDateOf } from '../../shared/domain/practice/calendar.js';

/** How often the calendar day is checked while the window stays in front. */
const checkEveryMs = 60_000;

/**
 * Calls `onNewDay` when the computer's calendar day changes while the window is open:
 * checked each minute, and at once when the window comes back to the front (after a
 * night asleep, the timers may not have run).
 */
export function useDayChange(onNewDay: () => void): void {
  useEffect(() => {
    let day = localDateOf(new Date());
    const check = (): void => {
      const now = localDateOf(new Date());
      if (now === day) return;
      day = now;
      onNewDay();
    };
    const timer = setInterval(check, checkEveryMs);
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', check);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', check);
    };
  }, [onNewDay]);
}
