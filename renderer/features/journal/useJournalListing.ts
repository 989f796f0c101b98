import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  AttemptSummary,
  JournalFilter,
  JournalPage,
  SearchHit,
} from '../../../shared/domain/practice/journal.js';
import type { AppError } from '../../../shared/ipc/result.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';

/** One row of the list: an attempt, and for a search hit the passage that matched. */
export interface JournalEntry {
  readonly attempt: AttemptSummary;
  readonly snippet: SearchHit['snippet'] | null;
}

/**
 * What the list shows: the journal, or the search hits, a page at a time (`next` is where
 * the following page starts, null once the oldest is in).
 */
export interface Listing {
  readonly kind: 'journal' | 'search';
  readonly entries: readonly JournalEntry[];
  readonly next: JournalPage['next'];
}

const entryOf = (attempt: AttemptSummary): JournalEntry => ({ attempt, snippet: null });

/**
 * A page of the search hits (when there are words to search for) or of the journal,
 * after `after`; an error as the value when the call fails.
 */
async function fetchPage(
  query: string,
  filter: JournalFilter,
  after: JournalPage['next'],
): Promise<Listing | AppError> {
  const trimmed = query.trim();
  if (trimmed.length > 0) {
    const result = await api.attempts.search({ query: trimmed, filter, after });
    return result.ok
      ? { kind: 'search', entries: result.value.items, next: result.value.next }
      : result.error;
  }
  const result = await api.attempts.list({ filter, after });
  return result.ok
    ? { kind: 'journal', entries: result.value.items.map(entryOf), next: result.value.next }
    : result.error;
}

/**
 * The journal list behind the search box and filters: reads it again when they change,
 * appends older pages on request, and takes a row out or puts it back in place (delete and
 * undo), so the user keeps their place in a long list.
 */
export function useJournalListing(query: string, filter: JournalFilter) {
  const [listing, setListing] = useState<Listing>();
  const [error, setError] = useState<string>();
  const [loadingOlder, setLoadingOlder] = useState(false);
  // Counts the reads from the top, so the list can start again at its top after each.
  const [reads, setReads] = useState(0);
  // Bumped to read the list again from the top.
  const [version, setVersion] = useState(0);
  // Which read the list is from: an older page that arrives after the query changed
  // belongs to a list no longer shown.
  const generation = useRef(0);

  useEffect(() => {
    const current = (generation.current += 1);
    void fetchPage(query, filter, null).then((next) => {
      if (current !== generation.current) return;
      if ('code' in next) setError(describeError(next));
      else {
        setError(undefined);
        setListing(next);
        setReads((count) => count + 1);
      }
    });
  }, [query, filter, version]);

  const loadOlder = useCallback(() => {
    if (!listing?.next || loadingOlder) return;
    const current = generation.current;
    setLoadingOlder(true);
    void fetchPage(query, filter, listing.next).then((page) => {
      setLoadingOlder(false);
      if (current !== generation.current) return;
      if ('code' in page) {
        setError(describeError(page));
        return;
      }
      // Only onto the list this page continues: a new search or filter may have replaced
      // it meanwhile, even within the same read.
      setListing((shown) =>
        shown === listing ? { ...page, entries: [...listing.entries, ...page.entries] } : shown,
      );
    });
  }, [listing, query, filter, loadingOlder]);

  const withEntries = (update: (entries: readonly JournalEntry[]) => JournalEntry[]) =>
    setListing((current) => current && { ...current, entries: update(current.entries) });

  return {
    listing,
    reads,
    error,
    loadingOlder,
    loadOlder,
    reload: () => setVersion((current) => current + 1),
    /** Takes an entry out of the list, e.g. once deleted. */
    remove: (id: string) =>
      withEntries((entries) => entries.filter((entry) => entry.attempt.id !== id)),
    /** Shows an edited attempt in its row, which it keeps when its time did not change. */
    replace: (summary: AttemptSummary) =>
      withEntries((entries) =>
        entries.map((entry) =>
          entry.attempt.id === summary.id ? { ...entry, attempt: summary } : entry,
        ),
      ),
    /** Puts an entry back where it was, e.g. on undo. */
    putBack: (entry: JournalEntry, index: number) =>
      withEntries((entries) => [...entries.slice(0, index), entry, ...entries.slice(index)]),
  };
}
