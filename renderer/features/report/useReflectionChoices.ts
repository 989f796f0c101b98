import { useEffect, useState } from 'react';
import type { ReflectionChoice, ReportRange } from '../../../shared/domain/report.js';
import type { AppError } from '../../../shared/ipc/result.js';
import { api } from '../../api/client.js';

export type ChoicesState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly choices: readonly ReflectionChoice[] }
  | { readonly status: 'failed'; readonly error: AppError };

/** The reflections written in the range, asked again whenever it changes. */
export function useReflectionChoices(range: ReportRange | null): ChoicesState {
  const from = range?.from;
  const to = range?.to;
  const [answer, setAnswer] = useState<{ from: string; to: string; state: ChoicesState }>();

  useEffect(() => {
    if (from === undefined || to === undefined) return;
    let current = true;
    void api.report.candidates({ from, to }).then((result) => {
      // An answer for a range the user has already left must not replace the newer one.
      if (!current) return;
      setAnswer({
        from,
        to,
        state: result.ok
          ? { status: 'ready', choices: result.value }
          : { status: 'failed', error: result.error },
      });
    });
    return () => {
      current = false;
    };
  }, [from, to]);

  return answer !== undefined && answer.from === from && answer.to === to
    ? answer.state
    : { status: 'loading' };
}
