import { useState } from 'react';
import type { Challenge } from '../../../shared/domain/practice/challenges.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldProblemText } from '../../components/fieldWords.js';

/**
 * Deletes one of the user's own challenges after a second click. Main refuses while it
 * is on a ladder or in any plan, past weeks included, since those still name it.
 */
export function DeleteChallenge({
  challenge,
  onDeleted,
}: {
  readonly challenge: Challenge;
  readonly onDeleted: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();

  const remove = async () => {
    const result = await api.challenges.delete({ id: challenge.id });
    if (result.ok) {
      onDeleted();
      return;
    }
    setConfirming(false);
    setError(
      result.error.code === 'INVALID_REQUEST'
        ? fieldProblemText(result.error.issues[0].problem)
        : describeError(result.error),
    );
  };

  return (
    <div className="inline-action">
      {confirming ? (
        <div className="actions">
          <span>Delete “{challenge.title}” for good?</span>
          <button type="button" onClick={() => void remove()}>
            Delete for good
          </button>
          <button type="button" className="link" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>
          Delete this challenge
        </button>
      )}
      <ErrorAlert message={error} />
    </div>
  );
}
