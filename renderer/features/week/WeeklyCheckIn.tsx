import { useEffect, useId, useState, type SyntheticEvent } from 'react';
import {
  weeklyCheckQuestion,
  type WeeklyCheck,
} from '../../../shared/domain/practice/selfCheck.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';

type State =
  | { kind: 'loading' }
  | { kind: 'asking'; anxiety: number }
  | { kind: 'answered'; check: WeeklyCheck };

/**
 * Once a week, one question (0 to 10). Its trend is what rule 4 watches: worsening
 * answers bring the know-when-to-quit notice, whatever the attempts say.
 */
export function WeeklyCheckIn() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [error, setError] = useState<string>();
  const id = useId();

  useEffect(() => {
    let current = true;
    void api.checks.thisWeek().then((result) => {
      if (!current) return;
      if (!result.ok) setError(describeError(result.error));
      else
        setState(
          result.value ? { kind: 'answered', check: result.value } : { kind: 'asking', anxiety: 5 },
        );
    });
    return () => {
      current = false;
    };
  }, []);

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (state.kind !== 'asking') return;
    const result = await api.checks.weekly({ anxiety: state.anxiety });
    // Read back: main's calendar decides which day and week the answer belongs to.
    const saved = result.ok ? await api.checks.thisWeek() : result;
    if (!saved.ok) setError(describeError(saved.error));
    else if (saved.value) setState({ kind: 'answered', check: saved.value });
  };

  if (state.kind === 'loading') return <ErrorAlert message={error} />;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Weekly check-in</h2>
      {state.kind === 'answered' ? (
        <p role="status">
          This week you said {state.check.anxiety} of 10. Thank you: the trend matters more than any
          one week.
        </p>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          <div className="field slider">
            <label htmlFor={`${id}-anxiety`}>{weeklyCheckQuestion}</label>
            <input
              id={`${id}-anxiety`}
              type="range"
              min={0}
              max={10}
              value={state.anxiety}
              aria-valuetext={`${state.anxiety} of 10`}
              onChange={(event) =>
                setState({ kind: 'asking', anxiety: Number(event.target.value) })
              }
            />
            <output htmlFor={`${id}-anxiety`} className="hint">
              {state.anxiety} of 10 (0 not at all, 10 the most I can imagine)
            </output>
          </div>
          <button type="submit">Save this week’s answer</button>
        </form>
      )}
      <ErrorAlert message={error} />
    </section>
  );
}
