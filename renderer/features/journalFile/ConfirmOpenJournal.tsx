import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';

interface ConfirmOpenJournalProps {
  /** The journal file waiting in main to be opened. */
  readonly fileName: string;
  /** Whether a journal is open now: it will be locked. */
  readonly journalOpen: boolean;
  /** Called once answered; with words to show when opening failed. */
  readonly onClosed: (error?: string) => void;
}

/**
 * Asks before switching to another journal file. Yes locks the open journal (through
 * main's lock protocol, which has this page save the drafts it owes first) and reloads
 * the window onto the other one.
 */
export function ConfirmOpenJournal({ fileName, journalOpen, onClosed }: ConfirmOpenJournalProps) {
  const open = async (): Promise<void> => {
    const result = await api.journals.openPending();
    onClosed(result.ok ? undefined : describeError(result.error));
  };
  return (
    <ConfirmDialog
      title={`Open ${fileName}?`}
      message={
        journalOpen
          ? 'The journal now open will be locked.'
          : 'Ask Anyway will use this journal from now on.'
      }
      confirmLabel="Open it"
      cancelLabel="Not now"
      onConfirm={() => void open()}
      onCancel={() => {
        void api.journals.dismissPending();
        onClosed();
      }}
    />
  );
}
