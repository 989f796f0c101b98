import type {
  AttemptSummary,
  JournalFilter,
  JournalPage,
  SearchHit,
} from '../../../shared/domain/practice/journal.js';
import type { ReadDb, SqlValue } from '../database/statements.js';

interface SummaryRow {
  rowid: number;
  id: string;
  request: string;
  occurred_at: string;
  category: string | null;
  difficulty: number | null;
  outcome: string | null;
  anticipated_suds: number;
  peak_suds: number | null;
  after_suds: number | null;
  tags: string | null;
}

const summaryColumns = `a.rowid AS rowid, a.id, a.request, a.occurred_at, a.category, a.difficulty,
  a.outcome, a.anticipated_suds, a.peak_suds, a.after_suds,
  (SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM attempt_tags WHERE attempt_id = a.id ORDER BY tag)) AS tags`;

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
  tags: row.tags === null ? [] : row.tags.split('\u001f'),
});

/** SQL conditions on `attempts a` for a filter, with their parameters. */
function filterConditions(filter: JournalFilter): { conditions: string[]; params: SqlValue[] } {
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  if (filter.from !== undefined) {
    conditions.push('a.occurred_on >= ?');
    params.push(filter.from);
  }
  if (filter.to !== undefined) {
    conditions.push('a.occurred_on <= ?');
    params.push(filter.to);
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

/** A page of the journal, newest first, continuing after `cursor`. */
export function listAttempts(
  db: ReadDb,
  filter: JournalFilter,
  cursor: { occurredAt: string; id: string } | null,
  limit: number,
): JournalPage {
  const { conditions, params } = filterConditions(filter);
  if (cursor) {
    conditions.push('(a.occurred_at < ? OR (a.occurred_at = ? AND a.id < ?))');
    params.push(cursor.occurredAt, cursor.occurredAt, cursor.id);
  }
  const rows = db.all<SummaryRow>(
    `SELECT ${summaryColumns} FROM attempts a ${where(conditions)}
     ORDER BY a.occurred_at DESC, a.id DESC LIMIT ?`,
    [...params, limit + 1],
  );
  const items = rows.slice(0, limit).map(summaryFromRow);
  const last = items.at(-1);
  return {
    items,
    next: rows.length > limit && last ? { occurredAt: last.occurredAt, id: last.id } : null,
  };
}

/**
 * The user's words as an FTS4 query: each word a prefix term, all required. Anything
 * else they type (quotes, OR, NEAR, a stray `-`) is not syntax here, only a separator,
 * so no input can make the query fail. FTS4's simple tokenizer keeps ASCII letters and
 * digits and every non-ASCII character, and splits on the rest; so does this.
 */
export function ftsQuery(text: string): string | undefined {
  const words = text.toLowerCase().match(/[a-z0-9\u0080-\uffff]+/g) ?? [];
  return words.length === 0
    ? undefined
    : words
        .slice(0, 16)
        .map((word) => `${word}*`)
        .join(' ');
}

/** Marks FTS4's snippet() puts around matched words: control characters no reflection holds. */
const hitStart = '\u0002';
const hitEnd = '\u0003';

function snippetParts(snippet: string): SearchHit['snippet'] {
  const parts: { text: string; hit: boolean }[] = [];
  for (const [index, piece] of snippet.split(new RegExp(`[${hitStart}${hitEnd}]`)).entries()) {
    if (piece.length > 0) parts.push({ text: piece, hit: index % 2 === 1 });
  }
  return parts;
}

/**
 * Full-text search over the request and the reflections, newest first, with the
 * journal's filters. Snippets are made only for the hits returned: on a ten-year
 * journal a common word matches thousands of entries.
 */
export function searchAttempts(
  db: ReadDb,
  text: string,
  filter: JournalFilter,
  limit: number,
): SearchHit[] {
  const match = ftsQuery(text);
  if (match === undefined) return [];
  const { conditions, params } = filterConditions(filter);
  conditions.push('a.rowid IN (SELECT docid FROM attempts_fts WHERE attempts_fts MATCH ?)');
  const rows = db.all<SummaryRow>(
    `SELECT ${summaryColumns} FROM attempts a ${where(conditions)}
     ORDER BY a.occurred_at DESC, a.id DESC LIMIT ?`,
    [...params, match, limit],
  );
  if (rows.length === 0) return [];
  const snippets = new Map(
    db
      .all<{ docid: number; snippet: string }>(
        `SELECT docid, snippet(attempts_fts, char(2), char(3), '…', -1, 14) AS snippet
         FROM attempts_fts WHERE attempts_fts MATCH ? AND docid IN (${rows.map(() => '?').join(', ')})`,
        [match, ...rows.map((row) => row.rowid)],
      )
      .map((row) => [row.docid, row.snippet]),
  );
  return rows.map((row) => ({
    attempt: summaryFromRow(row),
    snippet: snippetParts(snippets.get(row.rowid) ?? ''),
  }));
}
