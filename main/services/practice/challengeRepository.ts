import {
  challengeLibrary,
  libraryChallenge,
} from '../../../shared/domain/practice/challengeLibrary.js';
import type {
  Challenge,
  ChallengeId,
  LibraryChallenge,
} from '../../../shared/domain/practice/challenges.js';
import type { FieldPath } from '../../../shared/ipc/fieldIssues.js';
import { AppFailure } from '../appFailure.js';
import type { ReadDb, WriteTx } from '../database/statements.js';

interface CustomChallengeRow {
  id: string;
  title: string;
  description: string;
  category: string;
  difficulty: number;
  boundary_notes: string;
}

const fromRow = (row: CustomChallengeRow): Challenge => ({
  id: row.id,
  title: row.title,
  description: row.description,
  category: row.category as Challenge['category'],
  difficulty: row.difficulty,
  boundaryNotes: row.boundary_notes,
  source: 'custom',
});

/** A built-in challenge as the user meets it; which library version brought it stays behind. */
const fromLibrary = (entry: LibraryChallenge): Challenge => ({
  id: entry.id,
  title: entry.title,
  description: entry.description,
  category: entry.category,
  difficulty: entry.difficulty,
  boundaryNotes: entry.boundaryNotes,
  source: 'library',
});

const libraryEntries: readonly Challenge[] = challengeLibrary.map(fromLibrary);

/** The library and the user's own challenges, easiest first. */
export function allChallenges(db: ReadDb): Challenge[] {
  const custom = db
    .all<CustomChallengeRow>('SELECT * FROM custom_challenges ORDER BY created_at, id')
    .map(fromRow);
  return [...libraryEntries, ...custom].sort((a, b) => a.difficulty - b.difficulty);
}

export function findChallenge(db: ReadDb, id: string): Challenge | undefined {
  const builtIn = libraryChallenge(id);
  if (builtIn) return fromLibrary(builtIn);
  const row = db.get<CustomChallengeRow>('SELECT * FROM custom_challenges WHERE id = ?', [id]);
  return row && fromRow(row);
}

/** The challenge, or INVALID_REQUEST naming the field that held the unknown id. */
export function requireChallenge(
  db: ReadDb,
  id: string,
  field: FieldPath = ['challengeId'],
): Challenge {
  const challenge = findChallenge(db, id);
  if (!challenge)
    throw AppFailure.invalid(field, { kind: 'not_found' }, 'there is no challenge with this id');
  return challenge;
}

export function insertCustomChallenge(tx: WriteTx, challenge: Challenge, at: string): void {
  tx.run(
    `INSERT INTO custom_challenges (id, title, description, category, difficulty, boundary_notes,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      challenge.id,
      challenge.title,
      challenge.description,
      challenge.category,
      challenge.difficulty,
      challenge.boundaryNotes,
      at,
      at,
    ],
  );
}

/**
 * Deletes one of the user's challenges. One on a ladder or in any plan, past weeks
 * included, is kept: those refer to it by id, and a past week's done and skipped items
 * are history the know-when-to-quit rule reads. Attempts keep their own copy of it.
 */
export function deleteCustomChallenge(tx: WriteTx, id: ChallengeId): void {
  if (!id.startsWith('custom.') || !findChallenge(tx, id)) {
    throw AppFailure.invalid(
      ['id'],
      { kind: 'not_found' },
      'there is no challenge of yours with this id',
    );
  }
  const inUse = tx.get<{ n: number }>(
    `SELECT (SELECT count(*) FROM ladder_rungs WHERE challenge_id = ?)
          + (SELECT count(*) FROM plan_items WHERE challenge_id = ?) AS n`,
    [id, id],
  );
  if ((inUse?.n ?? 0) > 0) {
    throw AppFailure.invalid(
      ['id'],
      { kind: 'not_now', reason: 'in_use' },
      'this challenge is on a ladder or in a plan (past plans included); take it off there first',
    );
  }
  tx.run('DELETE FROM custom_challenges WHERE id = ?', [id]);
}
