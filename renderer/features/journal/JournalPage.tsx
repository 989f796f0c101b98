import { useEffect, useId, useState } from 'react';
import { outcomeNames, type Attempt } from '../../../shared/domain/practice/attempts.js';
import { categories, categoryNames } from '../../../shared/domain/practice/challenges.js';
import type {
  AttemptSummary,
  JournalFilter,
  JournalPage as Page,
  SearchHit,
} from '../../../shared/domain/practice/journal.js';
import type { AppError } from '../../../shared/ipc/result.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import type { JournalOpening } from '../../app/navigation.js';
import { AttemptForm, type AttemptStart } from './AttemptForm.js';
import { OutcomeOptions } from './OutcomeOptions.js';

type Mode =
  { kind: 'list' } | { kind: 'new'; start?: AttemptStart } | { kind: 'edit'; attempt: Attempt };

/** What the list shows: a page of the journal, or search hits with their snippets. */
type Listing =
  | { kind: 'journal'; items: AttemptSummary[]; next: Page['next'] }
  | { kind: 'search'; hits: SearchHit[] };

function Summary({ attempt }: { readonly attempt: AttemptSummary }) {
  const when = attempt.occurredAt.replace('T', ' ');
  return (
    <>
      <h3>{attempt.request}</h3>
      <p className="hint">
        {when} · {attempt.outcome === null ? 'Open' : outcomeNames[attempt.outcome]} · expected{' '}
        {attempt.anticipatedSuds}
        {attempt.peakSuds !== null && `, peaked at ${attempt.peakSuds}`}
        {attempt.tags.length > 0 && ` · ${attempt.tags.join(', ')}`}
      </p>
    </>
  );
}

/** The search hits, or the journal's first page; an error as the value when the call fails. */
async function fetchListing(query: string, filter: JournalFilter): Promise<Listing | AppError> {
  const trimmed = query.trim();
  if (trimmed.length > 0) {
    const result = await api.attempts.search({ query: trimmed, filter });
    return result.ok ? { kind: 'search', hits: result.value } : result.error;
  }
  const result = await api.attempts.list({ filter, after: null });
  return result.ok ? { kind: 'journal', ...result.value } : result.error;
}

/** The filter with one choice set, or left out when the user picks "Any" (''). */
function withChoice<K extends 'outcome' | 'category'>(
  filter: JournalFilter,
  key: K,
  value: JournalFilter[K] | '',
): JournalFilter {
  const entries = Object.entries(filter).filter(([name]) => name !== key);
  return Object.fromEntries(
    value === '' || value === undefined ? entries : [...entries, [key, value]],
  );
}

/**
 * The journal: every attempt, newest first, with search over the words written and
 * filters; new attempts, edits, and deletes that can be undone.
 */
export function JournalPage({ opening }: { readonly opening?: JournalOpening | undefined }) {
  const [mode, setMode] = useState<Mode>(() =>
    opening?.kind === 'new' ? { kind: 'new', start: opening } : { kind: 'list' },
  );
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<JournalFilter>({});
  const [listing, setListing] = useState<Listing>();
  const [error, setError] = useState<string>();
  const [deleted, setDeleted] = useState<Attempt>();
  const id = useId();

  // Bumped after each change, so the list is read again.
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((current) => current + 1);

  useEffect(() => {
    let current = true;
    void fetchListing(query, filter).then((next) => {
      if (!current) return;
      if ('code' in next) setError(describeError(next));
      else setListing(next);
    });
    // A slower answer to an earlier query must not replace a newer one.
    return () => {
      current = false;
    };
  }, [query, filter, version]);

  const more = async () => {
    if (listing?.kind !== 'journal' || !listing.next) return;
    const result = await api.attempts.list({ filter, after: listing.next });
    if (result.ok)
      setListing({
        kind: 'journal',
        items: [...listing.items, ...result.value.items],
        next: result.value.next,
      });
    else setError(describeError(result.error));
  };

  const edit = async (attemptId: string) => {
    const result = await api.attempts.get({ id: attemptId });
    if (result.ok) setMode({ kind: 'edit', attempt: result.value });
    else setError(describeError(result.error));
  };

  // Sent here to finish an attempt begun earlier: open it once it has loaded.
  const editing = opening?.kind === 'edit' ? opening.attemptId : undefined;
  useEffect(() => {
    if (editing === undefined) return;
    let current = true;
    void api.attempts.get({ id: editing }).then((result) => {
      if (!current) return;
      if (result.ok) setMode({ kind: 'edit', attempt: result.value });
      else setError(describeError(result.error));
    });
    return () => {
      current = false;
    };
  }, [editing]);

  const remove = async (attemptId: string) => {
    const result = await api.attempts.delete({ id: attemptId });
    if (!result.ok) {
      setError(describeError(result.error));
      return;
    }
    setDeleted(result.value);
    reload();
  };

  const undo = async () => {
    if (!deleted) return;
    const result = await api.attempts.restore({ attempt: deleted });
    if (!result.ok) {
      setError(describeError(result.error));
      return;
    }
    setDeleted(undefined);
    reload();
  };

  if (mode.kind !== 'list') {
    return (
      <AttemptForm
        attempt={mode.kind === 'edit' ? mode.attempt : undefined}
        start={mode.kind === 'new' ? mode.start : undefined}
        onCancel={() => setMode({ kind: 'list' })}
        onSaved={() => {
          setMode({ kind: 'list' });
          reload();
        }}
      />
    );
  }

  const items =
    listing?.kind === 'search'
      ? listing.hits.map((hit) => ({ attempt: hit.attempt, snippet: hit.snippet }))
      : (listing?.items ?? []).map((attempt) => ({ attempt, snippet: undefined }));
  return (
    <section className="page" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Journal</h1>
      <div className="actions">
        <button type="button" onClick={() => setMode({ kind: 'new' })}>
          New attempt
        </button>
      </div>
      <div className="card filters" role="search">
        <div className="field">
          <label htmlFor={`${id}-search`}>Search your reflections</label>
          <input
            id={`${id}-search`}
            type="search"
            value={query}
            maxLength={200}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-outcome`}>Outcome</label>
          <select
            id={`${id}-outcome`}
            value={filter.outcome ?? ''}
            onChange={(event) =>
              setFilter(
                withChoice(filter, 'outcome', event.target.value as JournalFilter['outcome'] | ''),
              )
            }
          >
            <option value="">Any</option>
            <option value="open">Open</option>
            <OutcomeOptions />
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-category`}>Setting</label>
          <select
            id={`${id}-category`}
            value={filter.category ?? ''}
            onChange={(event) =>
              setFilter(
                withChoice(
                  filter,
                  'category',
                  event.target.value as JournalFilter['category'] | '',
                ),
              )
            }
          >
            <option value="">Any</option>
            {categories.map((category) => (
              <option key={category} value={category}>
                {categoryNames[category]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorAlert message={error} />
      {deleted && (
        <p role="status" className="status">
          Deleted “{deleted.before.request}”.{' '}
          <button type="button" className="link" onClick={() => void undo()}>
            Undo
          </button>
        </p>
      )}
      {listing && items.length === 0 && (
        <p className="hint">
          {listing.kind === 'search'
            ? 'Nothing matches.'
            : 'No attempts yet: start with a small ask.'}
        </p>
      )}
      <ul className="journal" aria-label="Attempts">
        {items.map(({ attempt, snippet }) => (
          <li key={attempt.id} className="card">
            <Summary attempt={attempt} />
            {snippet && (
              <p className="snippet">
                {snippet.map((part, index) =>
                  part.hit ? (
                    <mark key={index}>{part.text}</mark>
                  ) : (
                    <span key={index}>{part.text}</span>
                  ),
                )}
              </p>
            )}
            <div className="actions">
              <button type="button" className="secondary" onClick={() => void edit(attempt.id)}>
                Edit<span className="visually-hidden"> “{attempt.request}”</span>
              </button>
              <button type="button" className="secondary" onClick={() => void remove(attempt.id)}>
                Delete<span className="visually-hidden"> “{attempt.request}”</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
      {listing?.kind === 'journal' && listing.next && (
        <button type="button" className="secondary" onClick={() => void more()}>
          Show older attempts
        </button>
      )}
    </section>
  );
}
