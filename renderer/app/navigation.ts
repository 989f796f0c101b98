import { createContext, useContext } from 'react';
import type { Challenge } from '../../shared/domain/practice/challenges.js';
import type { Screen } from '../../shared/ipc/contract.js';

/**
 * How the journal opens when another screen sends the user there: straight into a new
 * attempt at a planned challenge ("I'm about to do it", "log how it went"), or into an
 * attempt already begun.
 */
export type JournalOpening =
  | {
      readonly kind: 'new';
      readonly challenge: Challenge;
      /** The plan item the attempt does; saving marks it done. */
      readonly planItemId: string | null;
    }
  | { readonly kind: 'edit'; readonly attemptId: string };

/**
 * Where the window is: a screen, and for the journal, what it opened with. The report
 * for a therapist or coach is a screen within Insights, reached from there: it is not on
 * the rail, and the menu does not open it.
 */
export type Route =
  | { readonly screen: Exclude<Screen, 'journal'> }
  | { readonly screen: 'journal'; readonly opening?: JournalOpening }
  | { readonly screen: 'report' };

/** The rail's entry a route belongs to: the report is part of Insights. */
export const railScreenOf = (route: Route): Screen =>
  route.screen === 'report' ? 'insights' : route.screen;

export const NavigationContext = createContext<(route: Route) => void>(() => undefined);

/** Moves the window to another screen; pages use it for links between them. */
export function useNavigate(): (route: Route) => void {
  return useContext(NavigationContext);
}
