import { useState } from 'react';
import { api } from '../api/client.js';
import { describeError } from '../api/errorText.js';
import { ErrorAlert } from './ErrorAlert.js';

type Outcome =
  | { readonly kind: 'done'; readonly text: string }
  | { readonly kind: 'failed'; readonly text: string };

/**
 * Copy, save or print the recovery key on screen. Saving goes through main, which asks
 * where (the renderer never touches files); a cancelled dialog says nothing.
 */
export function RecoveryKeyActions({ recoveryKey }: { readonly recoveryKey: string }) {
  const [outcome, setOutcome] = useState<Outcome>();
  const [saving, setSaving] = useState(false);

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      setOutcome({
        kind: 'done',
        text: 'Copied. Paste it somewhere safe, such as a password manager.',
      });
    } catch {
      setOutcome({
        kind: 'failed',
        text: 'The key could not be copied. Select it and copy it by hand, or write it down.',
      });
    }
  };

  const save = async (): Promise<void> => {
    if (saving) return;
    setSaving(true);
    const result = await api.vault.saveRecoveryKey({ recoveryKey });
    setSaving(false);
    if (!result.ok) setOutcome({ kind: 'failed', text: describeError(result.error) });
    else if (result.value.saved)
      setOutcome({ kind: 'done', text: `Saved as “${result.value.fileName}”.` });
    else setOutcome(undefined);
  };

  return (
    <div className="recovery-key-actions no-print">
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void copy()}>
          Copy
        </button>
        {/* Not disabled while saving: that would drop the focus of whoever pressed it. */}
        <button type="button" className="secondary" onClick={() => void save()}>
          {saving ? 'Saving…' : 'Save to file'}
        </button>
        <button type="button" className="secondary" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <p role="status" className="hint saved">
        {outcome?.kind === 'done' ? outcome.text : ''}
      </p>
      <ErrorAlert message={outcome?.kind === 'failed' ? outcome.text : undefined} />
    </div>
  );
}
