import { useState } from 'react';
import type { Backup } from '../../../shared/domain/vault.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { BackupList } from '../unlock/BackupList.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';

/** The backups beside the journal: check them all, or put one back. */
export function BackupsSection() {
  const [backups, setBackups] = useState<readonly Backup[]>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const verify = async (): Promise<void> => {
    setBusy(true);
    const result = await api.vault.backups();
    setBusy(false);
    if (result.ok) setBackups(result.value);
    else setError(describeError(result.error));
  };

  const restore = async (id: string): Promise<void> => {
    setBusy(true);
    const result = await api.vault.restore({ id });
    setBusy(false);
    // On success the journal locks and the window reloads to the unlock screen.
    if (!result.ok) setError(describeError(result.error));
  };

  return (
    <div className="card">
      <h2>Backups</h2>
      <p className="hint">
        Ask Anyway keeps the last five versions of your journal beside it, encrypted like the
        journal. Restoring one locks the journal; the current version becomes a backup too.
      </p>
      <button type="button" className="secondary" disabled={busy} onClick={() => void verify()}>
        {backups ? 'Check all again' : 'Show and check backups'}
      </button>
      {backups && <BackupList backups={backups} busy={busy} onRestore={(id) => void restore(id)} />}
      <ErrorAlert message={error} />
    </div>
  );
}
