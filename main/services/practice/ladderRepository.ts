import type { LocalDate } from '../../../shared/domain/practice/calendar.js';
import { maxRungs, type Ladder } from '../../../shared/domain/practice/ladders.js';
import type { FieldPath } from '../../../shared/ipc/fieldIssues.js';
import { AppFailure } from '../appFailure.js';
import type { ReadDb, WriteTx } from '../database/statements.js';
import { findChallenge } from './challengeRepository.js';

interface LadderRow {
  id: string;
  title: string;
  goal: string;
  created_at: string;
  updated_at: string;
}

function ladderFromRow(db: ReadDb, row: LadderRow): Ladder {
  const rungs = db.all<{ id: string; challenge_id: string }>(
    'SELECT id, challenge_id FROM ladder_rungs WHERE ladder_id = ? ORDER BY position',
    [row.id],
  );
  return {
    id: row.id,
    title: row.title,
    goal: row.goal,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    rungs: rungs.flatMap((rung) => {
      // A rung whose custom challenge is gone cannot happen (deleting one on a ladder is
      // refused), but a library id from a newer app version could: it is left out.
      const challenge = findChallenge(db, rung.challenge_id);
      if (!challenge) return [];
      const ratings = db.all<{ suds: number; rated_on: LocalDate }>(
        'SELECT suds, rated_on FROM rung_ratings WHERE rung_id = ? ORDER BY seq',
        [rung.id],
      );
      return [
        {
          id: rung.id,
          challenge,
          ratings: ratings.map((rating) => ({ suds: rating.suds, ratedOn: rating.rated_on })),
        },
      ];
    }),
  };
}

export function allLadders(db: ReadDb): Ladder[] {
  return db
    .all<LadderRow>('SELECT * FROM ladders ORDER BY created_at, id')
    .map((row) => ladderFromRow(db, row));
}

export function requireLadder(db: ReadDb, id: string, field: FieldPath = ['ladderId']): Ladder {
  const row = db.get<LadderRow>('SELECT * FROM ladders WHERE id = ?', [id]);
  if (!row)
    throw AppFailure.invalid(field, { kind: 'not_found' }, 'there is no ladder with this id');
  return ladderFromRow(db, row);
}

export function insertLadder(
  tx: WriteTx,
  ladder: { id: string; title: string; goal: string },
  at: string,
): void {
  tx.run('INSERT INTO ladders (id, title, goal, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [
    ladder.id,
    ladder.title,
    ladder.goal,
    at,
    at,
  ]);
}

export function updateLadder(
  tx: WriteTx,
  ladder: { id: string; title: string; goal: string },
  at: string,
): void {
  requireLadder(tx, ladder.id, ['id']);
  tx.run('UPDATE ladders SET title = ?, goal = ?, updated_at = ? WHERE id = ?', [
    ladder.title,
    ladder.goal,
    at,
    ladder.id,
  ]);
}

export function deleteLadder(tx: WriteTx, id: string): void {
  requireLadder(tx, id, ['id']);
  tx.run('DELETE FROM ladders WHERE id = ?', [id]);
}

const touch = (tx: WriteTx, ladderId: string, at: string) =>
  tx.run('UPDATE ladders SET updated_at = ? WHERE id = ?', [at, ladderId]);

/** Positions are rewritten 0…n−1 in the given order, so they never collide or leave gaps. */
function writeOrder(tx: WriteTx, rungIds: readonly string[]): void {
  rungIds.forEach((rungId, position) =>
    tx.run('UPDATE ladder_rungs SET position = ? WHERE id = ?', [position, rungId]),
  );
}

export function addRung(
  tx: WriteTx,
  ladderId: string,
  rung: { id: string; challengeId: string },
  at: string,
): void {
  const ladder = requireLadder(tx, ladderId);
  if (ladder.rungs.length >= maxRungs) {
    throw AppFailure.invalid(
      ['ladderId'],
      { kind: 'not_now', reason: 'ladder_full' },
      `this ladder is full (${maxRungs} rungs)`,
    );
  }
  tx.run('INSERT INTO ladder_rungs (id, ladder_id, challenge_id, position) VALUES (?, ?, ?, ?)', [
    rung.id,
    ladderId,
    rung.challengeId,
    ladder.rungs.length,
  ]);
  touch(tx, ladderId, at);
}

function requireRungIndex(ladder: Ladder, rungId: string, field: FieldPath = ['rungId']): number {
  const index = ladder.rungs.findIndex((rung) => rung.id === rungId);
  if (index < 0)
    throw AppFailure.invalid(field, { kind: 'not_found' }, 'there is no such rung on this ladder');
  return index;
}

export function moveRung(
  tx: WriteTx,
  ladderId: string,
  rungId: string,
  toIndex: number,
  at: string,
): void {
  const ladder = requireLadder(tx, ladderId);
  const from = requireRungIndex(ladder, rungId);
  if (toIndex < 0 || toIndex >= ladder.rungs.length) {
    throw AppFailure.invalid(
      ['toIndex'],
      { kind: 'out_of_range', min: 0, max: ladder.rungs.length - 1 },
      `this ladder has ${ladder.rungs.length} rungs`,
    );
  }
  const order = ladder.rungs.map((rung) => rung.id);
  order.splice(toIndex, 0, ...order.splice(from, 1));
  writeOrder(tx, order);
  touch(tx, ladderId, at);
}

export function removeRung(tx: WriteTx, ladderId: string, rungId: string, at: string): void {
  const ladder = requireLadder(tx, ladderId);
  requireRungIndex(ladder, rungId);
  tx.run('DELETE FROM ladder_rungs WHERE id = ?', [rungId]);
  writeOrder(
    tx,
    ladder.rungs.filter((rung) => rung.id !== rungId).map((rung) => rung.id),
  );
  touch(tx, ladderId, at);
}

/** Adds a rating to each rung named; earlier ratings stay, so the ladder's history shows. */
export function rateRungs(
  tx: WriteTx,
  ladderId: string,
  ratings: readonly { rungId: string; suds: number }[],
  on: LocalDate,
  at: string,
): void {
  const ladder = requireLadder(tx, ladderId);
  for (const [index, { rungId, suds }] of ratings.entries()) {
    requireRungIndex(ladder, rungId, ['ratings', index, 'rungId']);
    tx.run(
      `INSERT INTO rung_ratings (rung_id, seq, suds, rated_on)
       VALUES (?, (SELECT coalesce(max(seq) + 1, 0) FROM rung_ratings WHERE rung_id = ?), ?, ?)`,
      [rungId, rungId, suds, on],
    );
  }
  touch(tx, ladderId, at);
}
