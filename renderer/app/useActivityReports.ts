import { useEffect } from 'react';
import { api } from '../api/client.js';

/** Often enough for an auto-lock counted in minutes; rare enough to cost nothing. */
const reportEveryMs = 20_000;

/** Tells main the user is here (typing, pointing, scrolling), so the journal does not lock under them. */
export function useActivityReports(): void {
  useEffect(() => {
    let lastReport = 0;
    const report = (): void => {
      const now = Date.now();
      if (now - lastReport < reportEveryMs) return;
      lastReport = now;
      void api.app.activity();
    };
    const kinds = ['keydown', 'pointerdown', 'wheel'] as const;
    for (const kind of kinds) window.addEventListener(kind, report, { passive: true });
    return () => {
      for (const kind of kinds) window.removeEventListener(kind, report);
    };
  }, []);
}
