import { useEffect, useId, useState, type SyntheticEvent } from 'react';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';

/**
 * The friend told before a challenge and called after it (rule 3). Kept in the
 * encrypted journal, not with the plain preferences: a name and a number are private.
 */
export function TrustedPersonSection() {
  const [name, setName] = useState('');
  const [howToReach, setHowToReach] = useState('');
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const id = useId();

  useEffect(() => {
    void api.profile.trustedPerson().then((result) => {
      if (!result.ok) setError(describeError(result.error));
      else if (result.value) {
        setName(result.value.name);
        setHowToReach(result.value.howToReach);
      }
    });
  }, []);

  const save = async (person: { name: string; howToReach: string } | null) => {
    const result = await api.profile.setTrustedPerson({ person });
    if (!result.ok) {
      setError(describeError(result.error));
      return;
    }
    setError(undefined);
    setStatus(person ? 'Saved.' : 'Removed.');
    if (!person) {
      setName('');
      setHowToReach('');
    }
  };

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save({ name, howToReach });
  };

  return (
    <form className="card" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h2 id={`${id}-title`}>Trusted person</h2>
      <p className="hint">
        Someone you tell before a challenge and call afterwards, when your mind races. The app can
        remind you to call them; it never contacts anyone itself.
      </p>
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          value={name}
          required
          maxLength={80}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-reach`}>How to reach them</label>
        <input
          id={`${id}-reach`}
          value={howToReach}
          maxLength={200}
          placeholder="a phone number, or where to find them"
          onChange={(event) => setHowToReach(event.target.value)}
        />
      </div>
      <ErrorAlert message={error} />
      {/* Announced politely, without a second role="status" on the screen. */}
      <p aria-live="polite" className="status saved">
        {status}
      </p>
      <div className="actions">
        <button type="submit">Save trusted person</button>
        <button type="button" className="secondary" onClick={() => void save(null)}>
          Remove
        </button>
      </div>
    </form>
  );
}
