import { useEffect, useState } from 'react';
import type { ThemeChoice } from '../../shared/domain/settings.js';

export type AppliedTheme = 'light' | 'dark';

/** The theme to draw, given the user's choice and what the system prefers. */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): AppliedTheme {
  if (choice === 'system') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}

const darkQuery = '(prefers-color-scheme: dark)';

/** Keeps `<html data-theme>` in step with the choice and, for `system`, with the OS. */
export function useAppliedTheme(choice: ThemeChoice): AppliedTheme {
  const [systemPrefersDark, setSystemPrefersDark] = useState(
    () => window.matchMedia(darkQuery).matches,
  );

  useEffect(() => {
    const query = window.matchMedia(darkQuery);
    const onChange = (event: MediaQueryListEvent): void => setSystemPrefersDark(event.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  const applied = resolveTheme(choice, systemPrefersDark);
  useEffect(() => {
    document.documentElement.dataset['theme'] = applied;
  }, [applied]);
  return applied;
}
