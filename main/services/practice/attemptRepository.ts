import type {
  Attempt,
  AttemptAfter,
  AttemptInput,
} from '../../../shared/domain/practice/attempts.js';
import type { LocalDate } from '../../../shared/domain/practice/calendar.js';
import type { PracticeRecord } from '../../../shared/domain/practice/history.js';
import type { FieldPath } from '../../../shared/ipc/fieldIssues.js';
import { AppFailure } from '../appFailure.js';
import type { ReadDb, SqlValue, WriteTx } from '../database/statements.js';
import { refreshWeeks } from './weekSummary.js';

/** An attempts row as SQLite returns it. */
interface AttemptRow {
  id: string;
  challenge_id: string | null;
  request: string;
  category: string | null;
  difficulty: number | null;
  occurred_at: string;
  anticipated_suds: number | null;
  predicted_no_percent: number | null;
  feared_consequence: string;
  safety_behaviours_dropped: string;
  peak_suds: number | null;
  after_suds: number | null;
  outcome: string | null;
  what_happened: string;
  surprise: number | null;
  learned: string;
  coping: string;
  coping_note: string;
  created_at: string;
  updated_at: string;
  /** See `tagsColumn`. */
  tags: string | null;
}

/**
 * An attempt's tags as one column of a query on `attempts a`, joined by the unit
 * separator, which a tag cannot hold (tagSchema refuses control characters).
 */
export const tagsColumn = `(SELECT group_concat(tag, char(31)) FROM
  (SELECT tag FROM attempt_tags WHERE attempt_id = a.id ORDER BY tag)) AS tags`;

export const splitTags = (tags: string | null): string[] =>
  tags === null ? [] : tags.split('\u001f');

export const attemptColumns = `a.id, a.challenge_id, a.request, a.category, a.difficulty, a.occurred_at,
  a.anticipated_suds, a.predicted_no_percent, a.feared_consequence, a.safety_behaviours_dropped,
  a.peak_suds, a.after_suds, a.outcome, a.what_happened, a.surprise, a.learned, a.coping,
  a.coping_note, a.created_at, a.updated_at,
  ${tagsColumn}`;

/**
 * Rows were written by this module from validated input, so they are trusted here; the
 * casts restate the union types the CHECK constraints enforce.
 */
export function attemptFromRow(row: AttemptRow): Attempt {
  const reflection = {
    whatHappened: row.what_happened,
    learned: row.learned,
    coping: JSON.parse(row.coping) as AttemptAfter['coping'],
    copingNote: row.coping_note,
  };
  let after: AttemptAfter | null = null;
  if (row.outcome === 'not_tried') after = { outcome: 'not_tried', ...reflection };
  else if (row.outcome !== null)
    after = {
      outcome: row.outcome as 'rejected' | 'accepted' | 'partly',
      peakSuds: row.peak_suds,
      afterSuds: row.after_suds,
      surprise: row.surprise,
      ...reflection,
    };
  return {
    id: row.id,
    before: {
      challengeId: row.challenge_id,
      request: row.request,
      category: row.category as Attempt['before']['category'],
      difficulty: row.difficulty,
      occurredAt: row.occurred_at,
      anticipatedSuds: row.anticipated_suds,
      predictedNoPercent: row.predicted_no_percent,
      fearedConsequence: row.feared_consequence,
      safetyBehavioursDropped: JSON.parse(row.safety_behaviours_dropped) as string[],
    },
    after,
    tags: splitTags(row.tags),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The columns an input sets, in `attemptWriteColumns` order. */
function writeValues({ before, after }: AttemptInput): SqlValue[] {
  const tried = after !== null && after.outcome !== 'not_tried' ? after : undefined;
  return [
    before.challengeId,
    before.request,
    before.category,
    before.difficulty,
    before.occurredAt,
    before.occurredAt.slice(0, 10),
    before.anticipatedSuds,
    before.predictedNoPercent,
    before.fearedConsequence,
    JSON.stringify(before.safetyBehavioursDropped),
    tried?.peakSuds ?? null,
    tried?.afterSuds ?? null,
    after?.outcome ?? null,
    after?.whatHappened ?? '',
    tried?.surprise ?? null,
    after?.learned ?? '',
    JSON.stringify(after?.coping ?? []),
    after?.copingNote ?? '',
  ];
}

const attemptWriteColumns = `challenge_id, request, category, difficulty, occurred_at, occurred_on,
  anticipated_suds, predicted_no_percent, feared_consequence, safety_behaviours_dropped, peak_suds,
  after_suds, outcome, what_happened, surprise, learned, coping, coping_note`;

const attemptWriteColumnCount = attemptWriteColumns.split(',').length;
const placeholders = (count: number): string => Array.from({ length: count }, () => '?').join(', ');

function writeTags(tx: WriteTx, id: string, tags: readonly string[]): void {
  tx.run('DELETE FROM attempt_tags WHERE attempt_id = ?', [id]);
  for (const tag of new Set(tags)) {
    tx.run('INSERT INTO attempt_tags (attempt_id, tag) VALUES (?, ?)', [id, tag]);
  }
}

const dayOf = (occurredAt: string): LocalDate => occurredAt.slice(0, 10) as LocalDate;

/** Writes a whole attempt under its own id and times: a new one, or one brought back by undo. */
export function insertAttempt(tx: WriteTx, attempt: Attempt): void {
  tx.run(
    `INSERT INTO attempts (id, ${attemptWriteColumns}, created_at, updated_at)
     VALUES (${placeholders(attemptWriteColumnCount + 3)})`,
    [attempt.id, ...writeValues(attempt), attempt.createdAt, attempt.updatedAt],
  );
  writeTags(tx, attempt.id, attempt.tags);
  refreshWeeks(tx, [dayOf(attempt.before.occurredAt)]);
}

/** Rewrites an attempt; the summaries of the week it was in and the week it is now in follow. */
export function updateAttempt(
  tx: WriteTx,
  id: string,
  input: AttemptInput,
  updatedAt: string,
): void {
  const previous = requireAttempt(tx, id);
  const sets = attemptWriteColumns
    .split(',')
    .map((column) => `${column.trim()} = ?`)
    .join(', ');
  tx.run(`UPDATE attempts SET ${sets}, updated_at = ? WHERE id = ?`, [
    ...writeValues(input),
    updatedAt,
    id,
  ]);
  writeTags(tx, id, input.tags);
  refreshWeeks(tx, [dayOf(previous.before.occurredAt), dayOf(input.before.occurredAt)]);
}

export function deleteAttempt(tx: WriteTx, id: string): void {
  const attempt = requireAttempt(tx, id);
  tx.run('DELETE FROM attempts WHERE id = ?', [id]);
  refreshWeeks(tx, [dayOf(attempt.before.occurredAt)]);
}

export function findAttempt(db: ReadDb, id: string): Attempt | undefined {
  const row = db.get<AttemptRow>(`SELECT ${attemptColumns} FROM attempts a WHERE a.id = ?`, [id]);
  return row && attemptFromRow(row);
}

/** The attempt, or INVALID_REQUEST naming the field that held the unknown id. */
export function requireAttempt(db: ReadDb, id: string, field: FieldPath = ['id']): Attempt {
  const attempt = findAttempt(db, id);
  if (!attempt)
    throw AppFailure.invalid(field, { kind: 'not_found' }, 'there is no attempt with this id');
  return attempt;
}

export type { AttemptRow };

interface PracticeRecordRow {
  on: LocalDate;
  challenge_id: string | null;
  category: string | null;
  difficulty: number | null;
  outcome: string | null;
  anticipated_suds: number | null;
  peak_suds: number | null;
  after_suds: number | null;
  for_plan_item: number;
}

/** The attempts between two days as the practice rules see them: no words, oldest first. */
export function practiceRecords(db: ReadDb, from: LocalDate, to: LocalDate): PracticeRecord[] {
  return db
    .all<PracticeRecordRow>(
      `SELECT occurred_on AS "on", challenge_id, category, difficulty, outcome, anticipated_suds,
         peak_suds, after_suds,
         EXISTS (SELECT 1 FROM plan_items p WHERE p.attempt_id = attempts.id) AS for_plan_item
       FROM attempts WHERE occurred_on BETWEEN ? AND ? ORDER BY occurred_at, id`,
      [from, to],
    )
    .map((row) => ({
      on: row.on,
      challengeId: row.challenge_id,
      category: row.category as PracticeRecord['category'],
      difficulty: row.difficulty,
      outcome: row.outcome as PracticeRecord['outcome'],
      anticipatedSuds: row.anticipated_suds,
      peakSuds: row.peak_suds,
      afterSuds: row.after_suds,
      forPlanItem: row.for_plan_item === 1,
    }));
}
