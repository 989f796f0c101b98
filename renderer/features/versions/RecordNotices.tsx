import { useId, useState } from 'react';
import type { RecordNotice, VaultStatus } from '../../../shared/domain/vault.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { missingSavesText } from './recordNoticeText.js';
import './versions.css';

interface RecordNoticesProps {
  readonly status: VaultStatus;
  /** Takes main's fresher status once a notice is dismissed. */
  readonly onStatus: (status: VaultStatus) => void;
  readonly openSettings: () => void;
}

/**
 * Shown above every screen after an unlock found the record short of what was saved:
 * saves made on this computer missing from the file, or an unreadable last change left
 * out (a copy kept). Each stays, across locks, until the user says they have read it;
 * nothing is decided for them.
 */
export function RecordNotices({ status, onStatus, openSettings }: RecordNoticesProps) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ notice: RecordNotice; message: string }>();

  const dismiss = async (notice: RecordNotice): Promise<void> => {
    setBusy(true);
    setError(undefined);
    const result = await api.vault.dismissNotice({ notice });
    setBusy(false);
    if (result.ok) onStatus(result.value);
    else setError({ notice, message: describeError(result.error) });
  };

  const { missingSaves, damagedCopies } = status;
  return (
    <>
      {missingSaves && (
        <section className="outside-change" aria-labelledby={`${id}-missing`}>
          <h2 id={`${id}-missing`}>Some saves from this computer are missing</h2>
          <p role="alert">{missingSavesText(missingSaves)}</p>
          <p className="hint">
            A backup, or another version of the journal, may still hold them: Settings lists both,
            and can restore a backup or merge another version in. Or go on with the journal as it
            is.
          </p>
          <div className="actions">
            <button type="button" className="secondary" onClick={openSettings}>
              Look in Settings
            </button>
            <button type="button" disabled={busy} onClick={() => void dismiss('missing-saves')}>
              Go on without them
            </button>
          </div>
          <ErrorAlert message={error?.notice === 'missing-saves' ? error.message : undefined} />
        </section>
      )}
      {damagedCopies && (
        <section className="outside-change" aria-labelledby={`${id}-damaged`}>
          <h2 id={`${id}-damaged`}>The last change in your journal file could not be read</h2>
          <p role="alert">
            When the journal was opened, its last change was unreadable — most likely a save cut
            short when the app or the computer stopped, possibly damage to the file — and was left
            out. A copy of the file as it was is kept in the backups folder as{' '}
            {damagedCopies.map((name, index) => (
              <span key={name}>
                {index > 0 && ', '}“{name}”
              </span>
            ))}
            , apart from the backups that rotate, so nothing has been thrown away.
          </p>
          <p className="hint">
            Once you have read this, the copy joins the other backups and, like them, is replaced in
            time.
          </p>
          <div className="actions">
            <button type="button" disabled={busy} onClick={() => void dismiss('damaged-copies')}>
              I have read this
            </button>
          </div>
          <ErrorAlert message={error?.notice === 'damaged-copies' ? error.message : undefined} />
        </section>
      )}
    </>
  );
}
