import { useId, useState } from 'react';
import type { Challenge } from '../../../shared/domain/practice/challenges.js';
import type { Ladder } from '../../../shared/domain/practice/ladders.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { useNavigate } from '../../app/navigation.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';

/** Puts the challenge on one of the user's ladders, as its top rung for now. */
export function AddToLadder({
  challenge,
  ladders,
  onAdded,
}: {
  readonly challenge: Challenge;
  readonly ladders: readonly Ladder[];
  readonly onAdded: (ladder: Ladder) => void;
}) {
  const id = useId();
  const navigate = useNavigate();
  const [ladderId, setLadderId] = useState(ladders[0]?.id ?? '');
  const [added, setAdded] = useState<string>();
  const [error, setError] = useState<string>();

  if (ladders.length === 0) {
    return (
      <p className="hint">
        You have no ladder yet.{' '}
        <button type="button" className="link" onClick={() => navigate({ screen: 'ladders' })}>
          Build one on the Ladders screen
        </button>
      </p>
    );
  }

  const add = async () => {
    const result = await api.ladders.addRung({
      ladderId,
      challengeId: challenge.id,
      anticipatedSuds: null,
    });
    if (!result.ok) {
      setAdded(undefined);
      setError(describeError(result.error));
      return;
    }
    setError(undefined);
    setAdded(`Added to “${result.value.title}”.`);
    onAdded(result.value);
  };

  return (
    <div className="inline-action">
      <label htmlFor={`${id}-ladder`}>Ladder</label>
      <div className="inline-row">
        <select
          id={`${id}-ladder`}
          value={ladderId}
          onChange={(event) => {
            setLadderId(event.target.value);
            setAdded(undefined);
          }}
        >
          {ladders.map((ladder) => (
            <option key={ladder.id} value={ladder.id}>
              {ladder.title}
            </option>
          ))}
        </select>
        <button type="button" className="secondary" onClick={() => void add()}>
          Add to ladder
        </button>
      </div>
      <p role="status" className="status saved">
        {added}
      </p>
      <ErrorAlert message={error} />
    </div>
  );
}
