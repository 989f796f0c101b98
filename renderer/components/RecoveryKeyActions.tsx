import { useState } from 'react';
import { recoveryKeyClipboardSeconds } from '../../shared/domain/vault.js';
import { api } from '../api/client.js';
import { describeError } from '../api/errorText.js';
import { ErrorAlert } from './ErrorAlert.js';

type Outcome =
  | { readonly kind: 'done'; readonly text: string }
  | { readonly kind: 'failed'; readonly text: string };

/**
 * Copy, save or print the recovery key on screen. Copying and saving go through main,
 * which clears the clipboard again and asks where to save (the renderer never touches
 * files); a cancelled dialog says nothing.
 */
export function RecoveryKeyActions({ recoveryKey }: { readonly recoveryKey: string }) {
  const [outcome, setOutcome] = useState<Outcome>();
  const [saving, setSaving] = useState(false);

  // Main copies it, so main can clear the clipboard again if the key is still on it.
  const copy = async (): Promise<void> => {
    const result = await api.vault.copyRecoveryKey({ recoveryKey });
    setOutcome(
      result.ok
        ? {
            kind: 'done',
            text: `Copied. Paste it somewhere safe, such as a password manager. It is cleared from the clipboard in ${recoveryKeyClipboardSeconds} seconds.`,
          }
        : {
            kind: 'failed',
            text: 'The key could not be copied. Select it and copy it by hand, or write it down.',
          },
    );
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
