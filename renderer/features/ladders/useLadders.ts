import { useEffect, useState } from 'react';
import type { Challenge } from '../../../shared/domain/practice/challenges.js';
import type { Ladder } from '../../../shared/domain/practice/ladders.js';
import type { AppError, Result } from '../../../shared/ipc/result.js';
import { api } from '../../api/client.js';

export type LaddersState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: AppError }
  | { readonly status: 'ready'; readonly ladders: readonly Ladder[] };

/** The ladder a change returned, in place of the one it replaced (or after the rest). */
const withLadder = (ladders: readonly Ladder[], next: Ladder): Ladder[] =>
  ladders.some(({ id }) => id === next.id)
    ? ladders.map((ladder) => (ladder.id === next.id ? next : ladder))
    : [...ladders, next];

/**
 * The user's ladders and the challenges they can be built from, as main returns them.
 * Every change answers with the whole ladder, which replaces the copy on screen.
 */
export function useLadders() {
  const [state, setState] = useState<LaddersState>({ status: 'loading' });
  const [challenges, setChallenges] = useState<readonly Challenge[]>();
  const [challengesError, setChallengesError] = useState<AppError>();

  useEffect(() => {
    let current = true;
    void api.ladders.list().then((result) => {
      if (current)
        setState(
          result.ok
            ? { status: 'ready', ladders: result.value }
            : { status: 'failed', error: result.error },
        );
    });
    void api.challenges.list().then((result) => {
      if (!current) return;
      if (result.ok) setChallenges(result.value);
      else setChallengesError(result.error);
    });
    return () => {
      current = false;
    };
  }, []);

  /** Applies one change; the error, if any, is the caller's to show. */
  const apply = async (call: () => Promise<Result<Ladder>>): Promise<Result<Ladder>> => {
    const result = await call();
    if (result.ok)
      setState((current) =>
        current.status === 'ready'
          ? { status: 'ready', ladders: withLadder(current.ladders, result.value) }
          : current,
      );
    return result;
  };

  const remove = async (id: string): Promise<Result<void>> => {
    const result = await api.ladders.delete({ id });
    if (result.ok)
      setState((current) =>
        current.status === 'ready'
          ? { status: 'ready', ladders: current.ladders.filter((ladder) => ladder.id !== id) }
          : current,
      );
    return result;
  };

  return { state, challenges, challengesError, apply, remove };
}
