import { useId, useState } from 'react';
import type { PlainFormat } from '../../../shared/domain/dataExport.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { fileRefusalText } from '../../components/fileRefusal.js';
import { importSummaryText } from '../../components/importSummary.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PassphraseField } from '../../components/PassphraseField.js';

const formats: readonly { format: PlainFormat; label: string; hint: string }[] = [
  { format: 'json', label: 'JSON', hint: 'everything, and the one copy that imports back' },
  { format: 'csv', label: 'CSV', hint: 'a folder of tables for spreadsheet apps' },
  { format: 'markdown', label: 'Markdown', hint: 'your reflections as one readable document' },
];

type Step =
  | { kind: 'idle' }
  | { kind: 'warning'; format: PlainFormat }
  | { kind: 'backupPassphrase' }
  | { kind: 'busy' }
  | { kind: 'done'; message: string };

/**
 * Plain copies of the journal, only on request and only after saying plainly that they
 * are not encrypted; and the import of a JSON export, merged into the journal.
 */
export function DataSection() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [error, setError] = useState<string>();
  const [backupPassphrase, setBackupPassphrase] = useState('');
  const id = useId();
  const busy = step.kind === 'busy';

  const exportAs = async (format: PlainFormat) => {
    setStep({ kind: 'busy' });
    setError(undefined);
    const result = await api.data.export({ format });
    if (!result.ok) {
      setError(describeError(result.error));
      setStep({ kind: 'idle' });
    } else {
      setStep({
        kind: 'done',
        message: result.value.saved ? `Saved “${result.value.fileName}”.` : 'Nothing was saved.',
      });
    }
  };

  const saveBackup = async () => {
    setStep({ kind: 'busy' });
    setError(undefined);
    const result = await api.data.backup();
    if (!result.ok) {
      setError(describeError(result.error));
      setStep({ kind: 'idle' });
    } else {
      setStep({
        kind: 'done',
        message: result.value.saved
          ? `Saved the encrypted backup “${result.value.fileName}”.`
          : 'Nothing was saved.',
      });
    }
  };

  const importFrom = async (source: 'export' | 'backup') => {
    setStep({ kind: 'busy' });
    setError(undefined);
    const result =
      source === 'export'
        ? await api.data.import()
        : await api.data.importBackup({ passphrase: backupPassphrase });
    setBackupPassphrase('');
    if (!result.ok) {
      setError(fileRefusalText(result.error));
      setStep({ kind: 'idle' });
      return;
    }
    if (!result.value.imported) {
      setStep({ kind: 'done', message: 'Nothing was imported.' });
      return;
    }
    setStep({
      kind: 'done',
      message: `Imported: ${importSummaryText(result.value.summary, 'the file')}`,
    });
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your data</h2>
      <p className="hint">
        Export a copy to keep or to read elsewhere. Your journal itself stays encrypted; the format
        of every copy is documented, so no app is needed to read it. An encrypted backup is the
        journal itself, opened by the same passphrase and recovery key.
      </p>
      <div className="actions">
        {formats.map(({ format, label, hint }) => (
          <button
            key={format}
            type="button"
            className="secondary"
            disabled={busy}
            aria-describedby={`${id}-${format}`}
            onClick={() => setStep({ kind: 'warning', format })}
          >
            Export as {label}
            <span id={`${id}-${format}`} className="visually-hidden">
              : {hint}
            </span>
          </button>
        ))}
      </div>
      {step.kind === 'warning' && (
        <div className="notice" role="alertdialog" aria-labelledby={`${id}-warning`}>
          <p id={`${id}-warning`}>
            <strong>This copy will not be encrypted.</strong> Anyone who can open the file can read
            everything in your journal. Keep it somewhere private, and delete it when you no longer
            need it.
          </p>
          <div className="actions">
            <button type="button" onClick={() => void exportAs(step.format)}>
              Export anyway
            </button>
            <button type="button" className="secondary" onClick={() => setStep({ kind: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void saveBackup()}
        >
          Save an encrypted backup
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void importFrom('export')}
        >
          Import a JSON export
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => setStep({ kind: 'backupPassphrase' })}
        >
          Import from an encrypted backup
        </button>
      </div>
      {step.kind === 'backupPassphrase' && (
        <form
          aria-label="Import from an encrypted backup"
          onSubmit={(event) => {
            event.preventDefault();
            void importFrom('backup');
          }}
        >
          <PassphraseField
            label="The backup’s passphrase"
            value={backupPassphrase}
            onChange={setBackupPassphrase}
            autoComplete="current-password"
          />
          <div className="actions">
            <button type="submit" disabled={backupPassphrase.trim() === ''}>
              Choose the backup and import
            </button>
            <button type="button" className="secondary" onClick={() => setStep({ kind: 'idle' })}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <p className="hint">
        An import adds what your journal lacks and updates what the file changed more recently;
        nothing newer in your journal is overwritten.
      </p>
      <p role="status" className="status saved">
        {step.kind === 'done' ? step.message : ''}
      </p>
      <ErrorAlert message={error} />
    </section>
  );
}
