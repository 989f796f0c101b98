import { format } from '../../app/format.js';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Attempt } from '../../../shared/domain/practice/attempts.js';
import type { JournalFilter } from '../../../shared/domain/practice/journal.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import type { JournalOpening } from '../../app/navigation.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { AttemptEditor } from './AttemptEditor.js';
import { noOrigin, type FormSubject } from './attemptFields.js';
import { JournalFilters } from './JournalFilters.js';
import { JournalList } from './JournalList.js';
import { summaryOf } from './attemptSummary.js';
import { useJournalListing, type JournalEntry, type Listing } from './useJournalListing.js';
import './journal.css';

type Mode =
  | { readonly kind: 'list' }
  | { readonly kind: 'form'; readonly subject: FormSubject; readonly request?: string };

/** A deleted attempt, kept for undo with the row it was in, in which read of the list. */
interface Deleted {
  readonly attempt: Attempt;
  readonly entry: JournalEntry;
  readonly index: number;
  readonly reads: number;
}

/** What the end of a list says once everything in it is shown. */
const endOf = (listing: Listing): string =>
  listing.kind === 'journal'
    ? 'That is every attempt, back to the first.'
    : `${format.count(listing.entries.length, { one: 'match', other: 'matches' })}, newest first.`;

/**
 * Whether a saved attempt can be shown in the row it had: an edit in the unfiltered
 * journal that kept its time keeps its place. Anything else (a new attempt, a new time,
 * a filter or search it may no longer match) reads the list again.
 */
function staysInPlace(
  subject: FormSubject,
  saved: Attempt,
  listing: Listing | undefined,
  filter: JournalFilter,
): boolean {
  return (
    subject.kind === 'edit' &&
    subject.attempt.before.occurredAt === saved.before.occurredAt &&
    listing?.kind === 'journal' &&
    Object.keys(filter).length === 0
  );
}

const blankNew: Mode = {
  kind: 'form',
  subject: { kind: 'new', origin: noOrigin, planItemId: null },
};

function modeFor(opening: JournalOpening | undefined): Mode {
  if (opening?.kind !== 'new') return { kind: 'list' };
  const { id, category, difficulty, title } = opening.challenge;
  return {
    kind: 'form',
    subject: {
      kind: 'new',
      origin: { challengeId: id, category, difficulty },
      planItemId: opening.planItemId,
    },
    request: title,
  };
}

/**
 * The journal: every attempt, newest first, in a list that draws only what is in view,
 * with search over the words written and filters; new attempts, edits (both autosaved as
 * drafts), and deletes that can be undone.
 */
export function JournalPage({ opening }: { readonly opening?: JournalOpening | undefined }) {
  const [mode, setMode] = useState<Mode>(() => modeFor(opening));
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<JournalFilter>({});
  const journal = useJournalListing(query, filter);
  const [error, setError] = useState<string>();
  const [deleted, setDeleted] = useState<Deleted>();
  const [focusId, setFocusId] = useState<string>();
  const undoButton = useRef<HTMLButtonElement>(null);
  // Where the list was scrolled, and in which read of it: the form replaces the list, and
  // coming back should not throw the user back to the top of ten years.
  const place = useRef({ reads: 0, offset: 0 });
  const id = useId();

  const edit = async (attemptId: string) => {
    const result = await api.attempts.get({ id: attemptId });
    if (result.ok) setMode({ kind: 'form', subject: { kind: 'edit', attempt: result.value } });
    else setError(describeError(result.error));
  };

  // Sent here to finish an attempt begun earlier: open it once it has loaded.
  const editing = opening?.kind === 'edit' ? opening.attemptId : undefined;
  useEffect(() => {
    if (editing === undefined) return;
    let current = true;
    void api.attempts.get({ id: editing }).then((result) => {
      if (!current) return;
      if (result.ok) setMode({ kind: 'form', subject: { kind: 'edit', attempt: result.value } });
      else setError(describeError(result.error));
    });
    return () => {
      current = false;
    };
  }, [editing]);

  const remove = async (entry: JournalEntry, index: number) => {
    const result = await api.attempts.delete({ id: entry.attempt.id });
    if (!result.ok) {
      setError(describeError(result.error));
      return;
    }
    journal.remove(entry.attempt.id);
    setDeleted({ attempt: result.value, entry, index, reads: journal.reads });
  };

  // The Delete button went with its row: focus moves to the way back.
  useEffect(() => {
    if (deleted) undoButton.current?.focus();
  }, [deleted]);

  const undo = async () => {
    if (!deleted) return;
    const result = await api.attempts.restore({ attempt: deleted.attempt });
    if (!result.ok) {
      setError(describeError(result.error));
      return;
    }
    // The row goes back where it was, unless the list was read anew since (a search).
    if (deleted.reads === journal.reads) {
      journal.putBack(deleted.entry, deleted.index);
      setFocusId(deleted.attempt.id);
    } else journal.reload();
    setDeleted(undefined);
  };

  const clearFocus = useCallback(() => setFocusId(undefined), []);

  if (mode.kind === 'form') {
    const { subject } = mode;
    // Back on the row the user came from, when it is still where it was.
    const returnTo = (attempt: Attempt) => {
      setMode({ kind: 'list' });
      setFocusId(attempt.id);
    };
    return (
      <AttemptEditor
        subject={subject}
        request={mode.request}
        onClose={() =>
          subject.kind === 'edit' ? returnTo(subject.attempt) : setMode({ kind: 'list' })
        }
        onSaved={(attempt) => {
          if (staysInPlace(subject, attempt, journal.listing, filter)) {
            journal.replace(summaryOf(attempt));
            returnTo(attempt);
          } else {
            setMode({ kind: 'list' });
            journal.reload();
          }
        }}
      />
    );
  }

  const { listing } = journal;
  const hasOlder = listing !== undefined && listing.next !== null;
  return (
    <section className="page journal-page" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Journal</h1>
      <div className="actions">
        <button type="button" onClick={() => setMode(blankNew)}>
          New attempt
        </button>
      </div>
      <JournalFilters query={query} filter={filter} onQuery={setQuery} onFilter={setFilter} />
      <ErrorAlert message={error ?? journal.error} />
      {deleted && (
        <p role="status" className="status">
          Deleted “{deleted.attempt.before.request}”.{' '}
          <button type="button" className="link" ref={undoButton} onClick={() => void undo()}>
            Undo
          </button>
        </p>
      )}
      {listing?.entries.length === 0 ? (
        <p className="hint">
          {listing.kind === 'search'
            ? 'Nothing matches.'
            : 'No attempts yet: start with a small ask.'}
        </p>
      ) : (
        <JournalList
          // A new search or filter is a new list, read from its top.
          key={journal.reads}
          entries={listing?.entries ?? []}
          hasOlder={hasOlder}
          loadingOlder={journal.loadingOlder}
          onLoadOlder={journal.loadOlder}
          onEdit={(attemptId) => void edit(attemptId)}
          onDelete={(entry, index) => void remove(entry, index)}
          focusId={focusId}
          onFocused={clearFocus}
          initialOffset={() => (place.current.reads === journal.reads ? place.current.offset : 0)}
          onScrolled={(offset) => {
            place.current = { reads: journal.reads, offset };
          }}
          footer={
            hasOlder ? (
              <button
                type="button"
                className="secondary"
                disabled={journal.loadingOlder}
                onClick={journal.loadOlder}
              >
                {journal.loadingOlder
                  ? 'Loading older attempts…'
                  : listing.kind === 'search'
                    ? 'Load older matches'
                    : 'Load older attempts'}
              </button>
            ) : (
              listing && <p className="hint">{endOf(listing)}</p>
            )
          }
        />
      )}
    </section>
  );
}
