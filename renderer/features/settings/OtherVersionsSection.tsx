import { format } from '../../app/format.js';
import { useEffect, useId, useState } from 'react';
import type { OtherVersion } from '../../../shared/domain/dataExport.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fileRefusalText } from '../../components/fileRefusal.js';
import { importSummaryText } from '../../components/importSummary.js';
import { PassphraseField } from '../../components/PassphraseField.js';
import './settings.css';

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'merging'; readonly version: OtherVersion }
  | { readonly kind: 'deleting'; readonly version: OtherVersion }
  | { readonly kind: 'busy' };

const when = (iso: string): string => format.moment(new Date(iso));

/**
 * Other versions of the journal kept beside it, when its file was changed elsewhere and
 * both were kept (docs/vault.md): each can be merged in with its passphrase, or deleted.
 * Shows nothing while there are none.
 */
export function OtherVersionsSection() {
  const [versions, setVersions] = useState<readonly OtherVersion[]>([]);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [passphrase, setPassphrase] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string>();
  const id = useId();

  // Bumped after a merge or a delete, to list the folder again.
  const [listing, setListing] = useState(0);
  useEffect(() => {
    void api.data.otherVersions().then((result) => {
      if (result.ok) setVersions(result.value);
      else setError(describeError(result.error));
    });
  }, [listing]);

  if (versions.length === 0 && message === '' && error === undefined) return null;

  const settle = async (
    work: () => Promise<{ ok: true; text: string } | { ok: false; text: string }>,
  ) => {
    setStep({ kind: 'busy' });
    setError(undefined);
    const outcome = await work();
    if (outcome.ok) setMessage(outcome.text);
    else setError(outcome.text);
    setStep({ kind: 'idle' });
    setListing((count) => count + 1);
  };

  const merge = (version: OtherVersion) =>
    settle(async () => {
      const result = await api.data.mergeOtherVersion({ fileName: version.fileName, passphrase });
      setPassphrase('');
      return result.ok
        ? {
            ok: true,
            text: `Merged “${version.fileName}”: ${importSummaryText(result.value, 'that version')} You can delete it now.`,
          }
        : { ok: false, text: fileRefusalText(result.error) };
    });

  const remove = (version: OtherVersion) =>
    settle(async () => {
      const result = await api.data.deleteOtherVersion({ fileName: version.fileName });
      return result.ok
        ? { ok: true, text: `Deleted “${version.fileName}”.` }
        : { ok: false, text: describeError(result.error) };
    });

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Other versions of your journal</h2>
      <p className="hint">
        When the journal file was changed on another computer or by a sync tool and both versions
        were kept, the other one waits here. Merging it adds what your journal lacks; nothing newer
        in your journal is overwritten.
      </p>
      <ul className="other-versions">
        {versions.map((version) => (
          <li key={version.fileName}>
            <p>
              <strong>{version.fileName}</strong>
              <br />
              <span className="hint">
                Last changed {when(version.modifiedAt)} · {Math.ceil(version.sizeBytes / 1024)} KB
              </span>
            </p>
            <div className="actions">
              <button
                type="button"
                className="secondary"
                disabled={step.kind === 'busy'}
                onClick={() => setStep({ kind: 'merging', version })}
              >
                Merge into this journal
              </button>
              <button
                type="button"
                className="secondary"
                disabled={step.kind === 'busy'}
                onClick={() => setStep({ kind: 'deleting', version })}
              >
                Delete…
              </button>
            </div>
            {step.kind === 'merging' && step.version.fileName === version.fileName && (
              <form
                aria-label={`Merge ${version.fileName}`}
                onSubmit={(event) => {
                  event.preventDefault();
                  void merge(version);
                }}
              >
                <PassphraseField
                  label="That version’s passphrase"
                  value={passphrase}
                  onChange={setPassphrase}
                  autoComplete="current-password"
                  focusOnMount
                />
                <div className="actions">
                  <button type="submit" disabled={passphrase === ''}>
                    Merge
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => setStep({ kind: 'idle' })}
                  >
                    Cancel
                  </button>
                </div>
              </form>
            )}
          </li>
        ))}
      </ul>
      {step.kind === 'deleting' && (
        <ConfirmDialog
          title="Delete this version?"
          message={`“${step.version.fileName}” will be deleted for good, with anything in it that your journal lacks. Merge it first if you are unsure.`}
          confirmLabel="Delete it"
          onConfirm={() => void remove(step.version)}
          onCancel={() => setStep({ kind: 'idle' })}
        />
      )}
      <p role="status" className="status saved">
        {message}
      </p>
      <ErrorAlert message={error} />
    </section>
  );
}
