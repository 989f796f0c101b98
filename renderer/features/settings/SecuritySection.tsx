import { useState, type SyntheticEvent } from 'react';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { PassphraseField } from '../../components/PassphraseField.js';
import { RecoveryKeyCard } from '../../components/RecoveryKeyCard.js';
import { isReady, NewPassphraseFields, type NewPassphrase } from '../unlock/NewPassphraseFields.js';

const emptyPassphrase: NewPassphrase = { passphrase: '', confirmation: '' };

/** Lock now, change the passphrase, issue a new recovery key. */
export function SecuritySection() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState<NewPassphrase>(emptyPassphrase);
  const [keyPassphrase, setKeyPassphrase] = useState('');
  const [issued, setIssued] = useState<string>();
  const [message, setMessage] = useState<{ kind: 'error' | 'saved'; text: string }>();
  const [busy, setBusy] = useState(false);

  const changePassphrase = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    const result = await api.vault.changePassphrase({ current, next });
    setBusy(false);
    if (!result.ok) {
      setMessage({ kind: 'error', text: describeError(result.error) });
      return;
    }
    setCurrent('');
    setNext(emptyPassphrase);
    setMessage({ kind: 'saved', text: 'Your passphrase is changed.' });
    setIssued(result.value.recoveryKey);
  };

  const newRecoveryKey = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    const result = await api.vault.newRecoveryKey({ passphrase: keyPassphrase });
    setBusy(false);
    if (!result.ok) {
      setMessage({ kind: 'error', text: describeError(result.error) });
      return;
    }
    setKeyPassphrase('');
    setMessage({ kind: 'saved', text: 'You have a new recovery key.' });
    setIssued(result.value.recoveryKey);
  };

  if (issued) {
    return (
      <div className="card">
        <h2>Your new recovery key</h2>
        <p role="status">
          {message?.text} The previous recovery key no longer opens anything written from now on.
        </p>
        <RecoveryKeyCard recoveryKey={issued} />
        <button
          type="button"
          onClick={() => {
            setIssued(undefined);
            setMessage(undefined);
          }}
        >
          I have written it down
        </button>
      </div>
    );
  }

  return (
    <div className="card">
      <h2>Security</h2>
      <button type="button" onClick={() => void api.vault.lock()}>
        Lock now
      </button>
      <p className="hint">You can also press Ctrl+L (⌘L on a Mac).</p>

      <form onSubmit={(event) => void changePassphrase(event)}>
        <h3>Change passphrase</h3>
        <PassphraseField
          label="Current passphrase"
          value={current}
          onChange={setCurrent}
          autoComplete="current-password"
        />
        <NewPassphraseFields value={next} onChange={setNext} />
        <button type="submit" disabled={busy || current === '' || !isReady(next)}>
          Change passphrase
        </button>
      </form>

      <form onSubmit={(event) => void newRecoveryKey(event)}>
        <h3>New recovery key</h3>
        <p className="hint">
          If your recovery key may have been seen, make a new one: the old one stops working for
          anything written from now on.
        </p>
        <PassphraseField
          label="Passphrase"
          value={keyPassphrase}
          onChange={setKeyPassphrase}
          autoComplete="current-password"
        />
        <button type="submit" disabled={busy || keyPassphrase === ''}>
          Make a new recovery key
        </button>
      </form>
      <p className="hint">
        Older backups still open with the passphrase and recovery key you had when they were made.
      </p>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind}>
          {message.text}
        </p>
      )}
    </div>
  );
}
