import { useEffect, useState } from 'react';
import type { JournalOffer } from '../../../shared/domain/journalFile.js';
import { api } from '../../api/client.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ConfirmOpenJournal } from './ConfirmOpenJournal.js';

/**
 * A journal file opened from the desktop (double-clicked, or dropped on the app's icon):
 * main holds it and says so; this asks before switching. A window loading just then
 * asks main whether one is waiting.
 */
export function OpenJournalPrompt({ journalOpen }: { readonly journalOpen: boolean }) {
  const [offer, setOffer] = useState<JournalOffer | null>(null);
  const [error, setError] = useState<string>();

  useEffect(() => {
    void api.journals.pending().then((result) => {
      if (result.ok && result.value) setOffer(result.value);
    });
    return api.journals.onOpenRequested(setOffer);
  }, []);

  if (!offer) return <ErrorAlert message={error} />;
  return (
    <ConfirmOpenJournal
      fileName={offer.fileName}
      journalOpen={journalOpen}
      onClosed={(failed) => {
        setOffer(null);
        setError(failed);
      }}
    />
  );
}
