import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { outcomeNames, ratingText, wasAsked } from '../../../shared/domain/practice/attempts.js';
import type { AttemptSummary } from '../../../shared/domain/practice/journal.js';
import { format } from '../../app/format.js';
import type { JournalEntry } from './useJournalListing.js';

/** Rows drawn beyond the visible ones, so Tab and arrow keys always find the next row. */
const overscanRows = 6;
/** Older attempts are asked for this many rows before the end, so scrolling rarely waits. */
const nearEndRows = 15;
const rowGapPx = 12;
const estimatedRowPx = 118;

function Summary({ attempt }: { readonly attempt: AttemptSummary }) {
  const when = format.localMoment(attempt.occurredAt);
  return (
    <>
      <h3>{attempt.request}</h3>
      <p className="hint">
        {when} · {attempt.outcome === null ? 'Open' : outcomeNames[attempt.outcome]} · expected{' '}
        {ratingText(attempt.anticipatedSuds)}
        {wasAsked(attempt.outcome) && `, peaked at ${ratingText(attempt.peakSuds)}`}
        {attempt.tags.length > 0 && ` · ${attempt.tags.join(', ')}`}
      </p>
    </>
  );
}

function Snippet({ parts }: { readonly parts: NonNullable<JournalEntry['snippet']> }) {
  return (
    <p className="snippet">
      {parts.map((part, index) =>
        part.hit ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </p>
  );
}

interface JournalListProps {
  readonly entries: readonly JournalEntry[];
  /** Whether older attempts remain to be loaded; the list's size is unknown until they are. */
  readonly hasOlder: boolean;
  readonly loadingOlder: boolean;
  readonly onLoadOlder: () => void;
  readonly onEdit: (id: string) => void;
  readonly onDelete: (entry: JournalEntry, index: number) => void;
  /** An entry to bring into view and focus (its Edit button), e.g. one put back by undo. */
  readonly focusId: string | undefined;
  readonly onFocused: () => void;
  /** Shown after the last row, inside the scrolling area. */
  readonly footer: ReactNode;
  /** Where the list starts scrolled to, so coming back from an attempt keeps the place. */
  readonly initialOffset: () => number;
  readonly onScrolled: (offset: number) => void;
}

/**
 * The attempts as a windowed list: only the rows in and near view are in the page, so a
 * journal of ten years scrolls as lightly as one of ten days. Older pages load as the end
 * comes near, whether by scrolling or by tabbing onto the last rows. Each row states its
 * place in the whole (aria-posinset/aria-setsize), since a screen reader cannot count rows
 * that are not drawn.
 */
export function JournalList({
  entries,
  hasOlder,
  loadingOlder,
  onLoadOlder,
  onEdit,
  onDelete,
  focusId,
  onFocused,
  footer,
  initialOffset,
  onScrolled,
}: JournalListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const id = useId();
  // The rule warns that React Compiler would skip this component. The app does not use the
  // compiler, and the list has to render on every scroll step anyway.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimatedRowPx,
    overscan: overscanRows,
    gap: rowGapPx,
    getItemKey: (index) => entries[index]?.attempt.id ?? index,
    initialOffset,
    onChange: (instance) => onScrolled(instance.scrollOffset ?? 0),
  });
  const rows = virtualizer.getVirtualItems();
  const lastDrawn = rows.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasOlder && !loadingOlder && lastDrawn >= entries.length - nearEndRows) onLoadOlder();
  }, [hasOlder, loadingOlder, lastDrawn, entries.length, onLoadOlder]);

  const focusIndex =
    focusId === undefined ? -1 : entries.findIndex((e) => e.attempt.id === focusId);
  useEffect(() => {
    if (focusId === undefined) return;
    // Not in this list (filtered out, or not loaded): nothing to return to.
    if (focusIndex < 0) onFocused();
    else virtualizer.scrollToIndex(focusIndex, { align: 'auto' });
  }, [focusId, focusIndex, virtualizer, onFocused]);

  // -1 tells assistive technology the size is not known yet.
  const setSize = hasOlder ? -1 : entries.length;
  return (
    <div className="journal-scroller" ref={scroller}>
      <p id={`${id}-about`} className="visually-hidden">
        Newest first. Older attempts load as you reach the end of the list.
      </p>
      <ul
        className="journal"
        aria-label="Attempts"
        aria-describedby={`${id}-about`}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {rows.map((row) => {
          const entry = entries[row.index];
          if (!entry) return null;
          const { attempt } = entry;
          return (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              aria-setsize={setSize}
              aria-posinset={row.index + 1}
              className="card journal-row"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <Summary attempt={attempt} />
              {entry.snippet && <Snippet parts={entry.snippet} />}
              <div className="actions">
                <button
                  type="button"
                  className="secondary"
                  ref={(button) => {
                    if (button && attempt.id === focusId) {
                      button.focus();
                      onFocused();
                    }
                  }}
                  onClick={() => onEdit(attempt.id)}
                >
                  Edit<span className="visually-hidden"> “{attempt.request}”</span>
                </button>
                <button
                  type="button"
                  className="secondary danger-text"
                  onClick={() => onDelete(entry, row.index)}
                >
                  Delete<span className="visually-hidden"> “{attempt.request}”</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <div className="journal-end">{footer}</div>
    </div>
  );
}
