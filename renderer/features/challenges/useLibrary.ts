import { useCallback, useEffect, useState } from 'react';
import type { Challenge } from '../../../shared/domain/practice/challenges.js';
import type { Ladder } from '../../../shared/domain/practice/ladders.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';

/** The library (built-in and the user's own) and the user's ladders, read again on demand. */
export function useLibrary(): {
  readonly challenges: readonly Challenge[] | undefined;
  readonly ladders: readonly Ladder[];
  readonly error: string | undefined;
  readonly reload: () => void;
} {
  const [challenges, setChallenges] = useState<readonly Challenge[]>();
  const [ladders, setLadders] = useState<readonly Ladder[]>([]);
  const [error, setError] = useState<string>();
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    void Promise.all([api.challenges.list(), api.ladders.list()]).then(([list, ladderList]) => {
      if (!current) return;
      if (list.ok) setChallenges(list.value);
      if (ladderList.ok) setLadders(ladderList.value);
      const failed = !list.ok ? list.error : !ladderList.ok ? ladderList.error : undefined;
      setError(failed ? describeError(failed) : undefined);
    });
    return () => {
      current = false;
    };
  }, [version]);

  const reload = useCallback(() => setVersion((n) => n + 1), []);
  return { challenges, ladders, error, reload };
}
