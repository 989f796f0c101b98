import { useId, useState, type SyntheticEvent } from 'react';
import type { LockReason, VaultStatus } from '../../../shared/domain/vault.js';
import type { AppError, BackupRef } from '../../../shared/ipc/result.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { PassphraseField } from '../../components/PassphraseField.js';
import { RecoveryKeyCard } from '../../components/RecoveryKeyCard.js';
import { BackupList } from './BackupList.js';
import { isReady, NewPassphraseFields, type NewPassphrase } from './NewPassphraseFields.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';

const lockedBecauseText: Record<LockReason, string> = {
  manual: 'You locked your journal.',
  idle: 'Your journal locked itself after a while without use.',
  suspend: 'Your journal locked when the computer went to sleep.',
  'screen-lock': 'Your journal locked with your screen.',
  quit: 'Your journal was locked when Ask Anyway closed.',
  'window-closed': 'Your journal was locked when its window closed.',
  crash:
    'Something in Ask Anyway went wrong, so your journal was locked to keep it safe. Everything you saved is there.',
};

type Mode =
  | { readonly name: 'passphrase' }
  | { readonly name: 'recovery' }
  | { readonly name: 'issued'; readonly recoveryKey: string; readonly status: VaultStatus };

/** The backups main offers when the journal itself is damaged. */
const backupsOffered = (error: AppError): readonly BackupRef[] | undefined =>
  error.code === 'VAULT_CORRUPT' ? error.backups : undefined;

/** Unlocking: with the passphrase, or with the recovery key and a new passphrase. */
export function UnlockJournal({
  status,
  onUnlocked,
}: {
  readonly status: VaultStatus;
  readonly onUnlocked: (status: VaultStatus) => void;
}) {
  const [mode, setMode] = useState<Mode>({ name: 'passphrase' });
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [newPassphrase, setNewPassphrase] = useState<NewPassphrase>({
    passphrase: '',
    confirmation: '',
  });
  const [error, setError] = useState<string>();
  const [backups, setBackups] = useState<readonly BackupRef[]>();
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const recoveryId = useId();

  /** Another way in; what the last one said no longer applies. */
  const switchTo = (next: Mode): void => {
    setError(undefined);
    setMode(next);
  };

  const fail = (message: string, offered?: readonly BackupRef[]): void => {
    setError(message);
    setBackups(offered);
  };

  const unlock = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    const result = await api.vault.unlock({ passphrase });
    setBusy(false);
    if (result.ok) {
      onUnlocked(result.value);
      return;
    }
    fail(describeError(result.error), backupsOffered(result.error));
  };

  const reset = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    const result = await api.vault.reset({ recoveryKey, newPassphrase });
    if (!result.ok) {
      setBusy(false);
      fail(describeError(result.error), backupsOffered(result.error));
      return;
    }
    const after = await api.vault.status();
    setBusy(false);
    if (after.ok)
      setMode({ name: 'issued', recoveryKey: result.value.recoveryKey, status: after.value });
  };

  const restore = async (id: string): Promise<void> => {
    setBusy(true);
    const result = await api.vault.restore({ id });
    setBusy(false);
    if (!result.ok) {
      fail(describeError(result.error));
      return;
    }
    setBackups(undefined);
    setError(undefined);
    setPassphrase('');
    setMode({ name: 'passphrase' });
  };

  return (
    <section className="page narrow" aria-labelledby={headingId}>
      <h1 id={headingId}>Unlock your journal</h1>
      {status.lockedBecause && mode.name !== 'issued' && (
        <p className="hint">{lockedBecauseText[status.lockedBecause]}</p>
      )}
      {status.otherVersionKept !== undefined && mode.name !== 'issued' && (
        <p className="notice">
          As it locked, the journal file had been changed somewhere else (another computer or a sync
          tool), so both versions were kept: yours opens here, and the other is beside it as “
          {status.otherVersionKept}”. After unlocking, you can merge it in from Settings → Other
          versions of your journal.
        </p>
      )}

      {mode.name === 'passphrase' && (
        <form onSubmit={(event) => void unlock(event)}>
          <PassphraseField
            label="Passphrase"
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="current-password"
            focusOnMount
          />
          <ErrorAlert message={error} />
          <div className="actions">
            <button type="submit" disabled={busy || passphrase === ''}>
              {busy ? 'Unlocking…' : 'Unlock'}
            </button>
            <button type="button" className="link" onClick={() => switchTo({ name: 'recovery' })}>
              Forgot it? Use your recovery key
            </button>
          </div>
        </form>
      )}

      {mode.name === 'recovery' && (
        <form onSubmit={(event) => void reset(event)}>
          <div className="field">
            <label htmlFor={recoveryId}>Recovery key</label>
            <input
              id={recoveryId}
              className="monospace"
              value={recoveryKey}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setRecoveryKey(event.target.value)}
            />
            <p className="hint">52 letters and digits; spaces, hyphens and case do not matter.</p>
          </div>
          <NewPassphraseFields value={newPassphrase} onChange={setNewPassphrase} />
          <ErrorAlert message={error} />
          <div className="actions">
            <button
              type="submit"
              disabled={busy || recoveryKey.trim() === '' || !isReady(newPassphrase)}
            >
              {busy ? 'Opening…' : 'Open and set the new passphrase'}
            </button>
            <button type="button" className="link" onClick={() => switchTo({ name: 'passphrase' })}>
              Back to the passphrase
            </button>
          </div>
        </form>
      )}

      {mode.name === 'issued' && (
        <div>
          <p role="status">
            Your passphrase is changed. This is your new recovery key; the old one no longer opens
            anything written from now on.
          </p>
          <RecoveryKeyCard recoveryKey={mode.recoveryKey} />
          <button type="button" onClick={() => onUnlocked(mode.status)}>
            I have written it down
          </button>
        </div>
      )}

      {backups && (
        <div className="card">
          <h2>Restore from a backup</h2>
          <p>
            The current file will be kept as a backup too. A backup opens with the passphrase (or
            recovery key) you had when it was made.
          </p>
          <BackupList backups={backups} busy={busy} onRestore={(id) => void restore(id)} />
        </div>
      )}
    </section>
  );
}
