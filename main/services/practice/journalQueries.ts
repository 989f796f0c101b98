import type {
  AttemptSummary,
  JournalFilter,
  JournalPage,
  SearchPage,
} from '../../../shared/domain/practice/journal.js';
import { addDays } from '../../../shared/domain/practice/calendar.js';
import type { ReadDb, SqlValue } from '../database/statements.js';
import { splitTags, tagsColumn } from './attemptRepository.js';

type SnippetPart = SearchPage['items'][number]['snippet'][number];

/** The indexed words of an attempt besides its request, in the full-text index's order. */
interface TextRow {
  feared_consequence: string;
  what_happened: string;
  learned: string;
}

interface SummaryRow {
  rowid: number;
  id: string;
  request: string;
  occurred_at: string;
  category: string | null;
  difficulty: number | null;
  outcome: string | null;
  anticipated_suds: number | null;
  peak_suds: number | null;
  after_suds: number | null;
  tags: string | null;
}

const summaryColumns = `a.rowid AS rowid, a.id, a.request, a.occurred_at, a.category, a.difficulty,
  a.outcome, a.anticipated_suds, a.peak_suds, a.after_suds,
  ${tagsColumn}`;

const summaryFromRow = (row: SummaryRow): AttemptSummary => ({
  id: row.id,
  request: row.request,
  occurredAt: row.occurred_at,
  category: row.category as AttemptSummary['category'],
  difficulty: row.difficulty,
  outcome: row.outcome as AttemptSummary['outcome'],
  anticipatedSuds: row.anticipated_suds,
  peakSuds: row.peak_suds,
  afterSuds: row.after_suds,
  tags: splitTags(row.tags),
});

/** SQL conditions on `attempts a` for a filter, with their parameters. */
function filterConditions(filter: JournalFilter): { conditions: string[]; params: SqlValue[] } {
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  // Bounds on occurred_at, not occurred_on, so the walk down attempts_by_time starts and
  // stops at the range instead of testing every row.
  if (filter.from !== undefined) {
    conditions.push('a.occurred_at >= ?');
    params.push(filter.from);
  }
  if (filter.to !== undefined) {
    conditions.push('a.occurred_at < ?');
    params.push(addDays(filter.to, 1));
  }
  if (filter.outcome === 'open') conditions.push('a.outcome IS NULL');
  else if (filter.outcome !== undefined) {
    conditions.push('a.outcome = ?');
    params.push(filter.outcome);
  }
  if (filter.category !== undefined) {
    conditions.push('a.category = ?');
    params.push(filter.category);
  }
  if (filter.tag !== undefined) {
    conditions.push(
      'EXISTS (SELECT 1 FROM attempt_tags t WHERE t.attempt_id = a.id AND t.tag = ?)',
    );
    params.push(filter.tag);
  }
  return { conditions, params };
}

const where = (conditions: readonly string[]): string =>
  conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;

/** Where a page continues: after the last attempt of the one before, newest first. */
type JournalCursor = JournalPage['next'];

/** The filter's conditions, and those that start after `cursor`. */
function pageConditions(
  filter: JournalFilter,
  cursor: JournalCursor,
): { conditions: string[]; params: SqlValue[] } {
  const { conditions, params } = filterConditions(filter);
  if (cursor) {
    conditions.push('(a.occurred_at < ? OR (a.occurred_at = ? AND a.id < ?))');
    params.push(cursor.occurredAt, cursor.occurredAt, cursor.id);
  }
  return { conditions, params };
}

/** A page of `limit` from rows read with one more: that one only says a next page exists. */
function pageOf<Row extends SummaryRow, Item>(
  rows: readonly Row[],
  limit: number,
  item: (row: Row) => Item,
): { items: Item[]; next: JournalCursor } {
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return {
    items: rows.slice(0, limit).map(item),
    next: last ? { occurredAt: last.occurred_at, id: last.id } : null,
  };
}

/** A page of the journal, newest first, continuing after `cursor`. */
export function listAttempts(
  db: ReadDb,
  filter: JournalFilter,
  cursor: JournalCursor,
  limit: number,
): JournalPage {
  const { conditions, params } = pageConditions(filter, cursor);
  const rows = db.all<SummaryRow>(
    `SELECT ${summaryColumns} FROM attempts a ${where(conditions)}
     ORDER BY a.occurred_at DESC, a.id DESC LIMIT ?`,
    [...params, limit + 1],
  );
  return pageOf(rows, limit, summaryFromRow);
}

/**
 * The words of a search as the full-text index's unicode61 tokenizer splits text: runs
 * of letters and digits, in any script; everything else (quotes, OR, NEAR, a stray `-`)
 * is only a separator, so no input can be query syntax or make the query fail.
 */
const wordPattern = /[\p{L}\p{N}]+/gu;
const maxQueryWords = 16;

/** Case and accents folded, as unicode61 folds them: "Café" and "cafe" are one word. */
const folded = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function queryWords(text: string): string[] {
  return (text.match(wordPattern) ?? []).slice(0, maxQueryWords).map(folded);
}

/** The search as an FTS4 query: each word a prefix, all of them required. */
export const ftsQuery = (words: readonly string[]): string =>
  words.map((word) => `${word}*`).join(' ');

/** Words of context a snippet shows around the first hit. */
const snippetWords = 14;

/**
 * The first passage, in the index's column order, where a searched word appears, with
 * the hits marked. Made here from the page's rows rather than by FTS4's snippet(), which
 * would run the whole full-text query a second time.
 */
export function snippetOf(texts: readonly string[], words: readonly string[]): SnippetPart[] {
  for (const text of texts) {
    const tokens = [...text.matchAll(wordPattern)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      hit: words.some((word) => folded(match[0]).startsWith(word)),
    }));
    const first = tokens.findIndex((token) => token.hit);
    if (first < 0) continue;
    const from = Math.max(0, first - 4);
    const to = Math.min(tokens.length, from + snippetWords);
    const parts: SnippetPart[] = [];
    // Cut only between words: a passage that runs to either end keeps its punctuation.
    let at = from === 0 ? 0 : (tokens[from]?.start ?? 0);
    if (from > 0) parts.push({ text: '…', hit: false });
    for (const token of tokens.slice(from, to)) {
      if (token.start > at) parts.push({ text: text.slice(at, token.start), hit: false });
      parts.push({ text: text.slice(token.start, token.end), hit: token.hit });
      at = token.end;
    }
    if (to < tokens.length) parts.push({ text: '…', hit: false });
    else if (at < text.length) parts.push({ text: text.slice(at), hit: false });
    return parts;
  }
  return [];
}

/**
 * Full-text search over the request and the reflections, newest first, with the
 * journal's filters, a page at a time continuing after `cursor`.
 */
export function searchAttempts(
  db: ReadDb,
  text: string,
  filter: JournalFilter,
  cursor: JournalCursor,
  limit: number,
): SearchPage {
  const words = queryWords(text);
  if (words.length === 0) return { items: [], next: null };
  const { conditions, params } = pageConditions(filter, cursor);
  conditions.push('a.rowid IN (SELECT docid FROM attempts_fts WHERE attempts_fts MATCH ?)');
  // Left to itself, SQLite reads every matching row and sorts them: on a ten-year journal a
  // common word matches most of it. Walking the time index newest first and testing each
  // entry against the matches stops at the page's last hit.
  const rows = db.all<SummaryRow & TextRow>(
    `SELECT ${summaryColumns}, a.feared_consequence, a.what_happened, a.learned
     FROM attempts a INDEXED BY attempts_by_time ${where(conditions)}
     ORDER BY a.occurred_at DESC, a.id DESC LIMIT ?`,
    [...params, ftsQuery(words), limit + 1],
  );
  return pageOf(rows, limit, (row) => ({
    attempt: summaryFromRow(row),
    snippet: snippetOf(
      [row.request, row.feared_consequence, row.what_happened, row.learned],
      words,
    ),
  }));
}
