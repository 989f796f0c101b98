import { useEffect, useId, useState } from 'react';
import type { JournalWhere } from '../../../shared/domain/journalFile.js';
import type { AppError } from '../../../shared/ipc/result.js';
import { api } from '../../api/client.js';
import { describeError, describeErrorCode } from '../../api/errorText.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ConfirmOpenJournal } from './ConfirmOpenJournal.js';

/** A refused move in words about the folder chosen, not the journal's own. */
function moveErrorText(error: AppError): string {
  switch (error.code) {
    case 'VAULT_EXISTS':
      return 'That folder already holds an Ask Anyway journal. Choose another folder, or open that journal with “Open another journal…”.';
    case 'PERMISSION_DENIED':
      return 'Your computer would not let Ask Anyway write to that folder. Choose another.';
    default:
      return describeError(error);
  }
}

/**
 * Where the journal file is; moving it (with its backups and other versions) to another
 * folder, such as one a sync tool shares; opening another journal file instead. Both
 * lock the journal and reload the window onto the journal then in use.
 */
export function JournalFileSection() {
  const [where, setWhere] = useState<JournalWhere>();
  const [busy, setBusy] = useState(false);
  const [moveError, setMoveError] = useState<string>();
  const [openError, setOpenError] = useState<string>();
  const [chosen, setChosen] = useState<string>();
  const id = useId();

  useEffect(() => {
    void api.journals.where().then((result) => {
      if (result.ok) setWhere(result.value);
      else setMoveError(describeError(result.error));
    });
  }, []);

  const move = async (): Promise<void> => {
    setBusy(true);
    setMoveError(undefined);
    const result = await api.journals.move();
    setBusy(false);
    // Once moved, the journal locks and the window reloads to unlock it in its new place.
    if (!result.ok) setMoveError(moveErrorText(result.error));
  };

  const chooseOther = async (): Promise<void> => {
    setBusy(true);
    setOpenError(undefined);
    const result = await api.journals.chooseOther();
    setBusy(false);
    if (!result.ok) setOpenError(describeError(result.error));
    else if (result.value.chosen) setChosen(result.value.fileName);
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Journal file</h2>
      <dl className="facts">
        <dt>Where it is</dt>
        <dd>
          <code>{where?.path ?? '…'}</code>
        </dd>
      </dl>
      {where?.lastMoveFailed && (
        <p className="error">
          The last move did not finish, so the journal is still here:{' '}
          {describeErrorCode(where.lastMoveFailed)}
        </p>
      )}
      <p className="hint" id={`${id}-move-hint`}>
        Moving takes the journal, its backups and its other versions to the folder you choose, such
        as one a sync tool shares with your other computer. The journal locks; unlock it again in
        its new place.
      </p>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={busy}
          aria-describedby={`${id}-move-hint`}
          onClick={() => void move()}
        >
          Move to another folder…
        </button>
      </div>
      <ErrorAlert message={moveError} />
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void chooseOther()}
        >
          Open another journal…
        </button>
      </div>
      <ErrorAlert message={openError} />
      {chosen !== undefined && (
        <ConfirmOpenJournal
          fileName={chosen}
          journalOpen
          onClosed={(error) => {
            setChosen(undefined);
            setOpenError(error);
          }}
        />
      )}
    </section>
  );
}
