import { useEffect, useId, useState, type SyntheticEvent } from 'react';
import type { AppError } from '../../../shared/ipc/result.js';
import { fileRefusalText } from '../../components/fileRefusal.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { focusWhenShown } from '../../components/focusWhenShown.js';
import { importSummaryText } from '../../components/importSummary.js';
import { PassphraseField } from '../../components/PassphraseField.js';
import './versions.css';

type Step =
  | { readonly kind: 'hidden' }
  | { readonly kind: 'choose'; readonly busy: boolean; readonly error?: string }
  | { readonly kind: 'done'; readonly message: string };

/**
 * Why a merge failed, said for this notice: the generic sentences for these codes speak
 * of a journal that will not open, and this one is open and fine.
 */
function mergeErrorText(error: AppError): string {
  switch (error.code) {
    case 'NO_VAULT':
      return 'The journal file is gone from its folder, so there is nothing to merge. Keep both to write this journal back.';
    case 'VAULT_CORRUPT':
    case 'NOT_A_VAULT':
      return 'The changed file cannot be read: a sync tool may still be writing it. Wait a moment and try again, or keep both.';
    case 'INVALID_REQUEST':
      // Main refuses a merge when the file is as this app left it (nothing_to_merge), or
      // when what the changed file holds does not fit the journal.
      return fileRefusalText(error);
    default:
      return describeError(error);
  }
}

/**
 * Shown above every screen when main finds the journal file changed by someone else
 * (another computer, a sync tool): nothing is saved until the user merges the two
 * versions or keeps both. Not modal: the text being written stays on screen, to be
 * saved again once this is settled.
 */
export function OutsideChangeNotice({ changed }: { readonly changed: boolean }) {
  const [step, setStep] = useState<Step>(
    changed ? { kind: 'choose', busy: false } : { kind: 'hidden' },
  );
  const [passphrase, setPassphrase] = useState('');
  const id = useId();

  useEffect(
    () =>
      api.vault.onChangedOnDisk(() =>
        setStep((current) =>
          current.kind === 'choose' ? current : { kind: 'choose', busy: false },
        ),
      ),
    [],
  );

  if (step.kind === 'hidden') return null;

  const settle = async (how: 'merge' | 'keepBoth'): Promise<void> => {
    setStep({ kind: 'choose', busy: true });
    if (how === 'merge') {
      const result = await api.vault.mergeChanged({ passphrase });
      setPassphrase('');
      setStep(
        result.ok
          ? {
              kind: 'done',
              message: `The two versions are merged: ${importSummaryText(result.value, 'the other version')} Anything you were saving when this appeared: save it again. Other screens show the merged entries when you next open them.`,
            }
          : { kind: 'choose', busy: false, error: mergeErrorText(result.error) },
      );
      return;
    }
    const result = await api.vault.keepBoth();
    setStep(
      result.ok
        ? {
            kind: 'done',
            message:
              result.value.otherVersion === null
                ? 'The journal file had been deleted; this journal is written back in its place. Anything you were saving when this appeared: save it again.'
                : `This journal is saved in its place, and the other version is kept beside it as “${result.value.otherVersion}”. To bring its entries in later, use Settings → Other versions of your journal.`,
          }
        : { kind: 'choose', busy: false, error: describeError(result.error) },
    );
  };

  if (step.kind === 'done') {
    return (
      <section className="outside-change" aria-labelledby={`${id}-done`}>
        <h2 id={`${id}-done`} ref={focusWhenShown} tabIndex={-1}>
          Your journal is saved again
        </h2>
        <p role="status">{step.message}</p>
        <div className="actions">
          <button type="button" className="secondary" onClick={() => setStep({ kind: 'hidden' })}>
            Close
          </button>
        </div>
      </section>
    );
  }

  const merge = (event: SyntheticEvent): void => {
    event.preventDefault();
    void settle('merge');
  };

  return (
    <section className="outside-change" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your journal file was changed somewhere else</h2>
      <p role="alert">
        Another computer or a sync tool changed the file while it was open here, so nothing more is
        saved until you choose what to do. Nothing has been lost.
      </p>
      <div className="outside-change-choices">
        <form className="outside-change-choice" onSubmit={merge}>
          <h3>Merge the two versions</h3>
          <p className="hint" id={`${id}-merge`}>
            Entries from both are kept; where the same entry was edited in both, the later edit
            wins, and a reflection written differently at the same moment is kept twice. Type the
            passphrase of the changed version (your passphrase, unless it was changed on the other
            computer).
          </p>
          <PassphraseField
            label="Passphrase"
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="current-password"
            describedBy={`${id}-merge`}
          />
          <div className="actions">
            <button type="submit" disabled={step.busy || passphrase === ''}>
              Merge the two versions
            </button>
          </div>
        </form>
        <div className="outside-change-choice">
          <h3>Keep both</h3>
          <p className="hint">
            This journal stays here; the other version is kept beside it as a separate file you can
            merge in later.
          </p>
          <div className="actions">
            <button
              type="button"
              className="secondary"
              disabled={step.busy}
              onClick={() => void settle('keepBoth')}
            >
              Keep both as separate files
            </button>
          </div>
        </div>
      </div>
      <ErrorAlert message={step.error} />
    </section>
  );
}
