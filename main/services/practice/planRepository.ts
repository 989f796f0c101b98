import {
  isoWeekOf,
  type IsoWeek,
  type LocalDate,
} from '../../../shared/domain/practice/calendar.js';
import type { PlanItem } from '../../../shared/domain/practice/plans.js';
import type { DayFacts } from '../reminders/reminders.js';
import { AppFailure } from '../appFailure.js';
import type { ReadDb, WriteTx } from '../database/statements.js';
import { findChallenge } from './challengeRepository.js';

interface PlanItemRow {
  id: string;
  week: IsoWeek;
  day: LocalDate;
  challenge_id: string;
  status: PlanItem['status'];
  skip_reason: string | null;
  moved_to: LocalDate | null;
  attempt_id: string | null;
  nudge_trusted_person: number;
}

function itemsFromRows(db: ReadDb, rows: readonly PlanItemRow[]): PlanItem[] {
  return rows.flatMap((row) => {
    const challenge = findChallenge(db, row.challenge_id);
    // Only a library id from a newer app version can be unknown here: left out.
    if (!challenge) return [];
    return [
      {
        id: row.id,
        week: row.week,
        day: row.day,
        challenge,
        status: row.status,
        skipReason: row.skip_reason,
        movedTo: row.moved_to,
        attemptId: row.attempt_id,
        nudgeTrustedPerson: row.nudge_trusted_person === 1,
      },
    ];
  });
}

/** A week's plan, by day, in the order items were placed. */
export function weekPlan(db: ReadDb, week: IsoWeek): PlanItem[] {
  return itemsFromRows(
    db,
    db.all<PlanItemRow>('SELECT * FROM plan_items WHERE week = ? ORDER BY day, created_at, id', [
      week,
    ]),
  );
}

/** Plan items between two days (inclusive): what the wellbeing rule reads. */
export function planBetween(db: ReadDb, from: LocalDate, to: LocalDate): PlanItem[] {
  return itemsFromRows(
    db,
    db.all<PlanItemRow>('SELECT * FROM plan_items WHERE day BETWEEN ? AND ? ORDER BY day, id', [
      from,
      to,
    ]),
  );
}

export function requirePlanItem(db: ReadDb, id: string, field = 'id'): PlanItem {
  const row = db.get<PlanItemRow>('SELECT * FROM plan_items WHERE id = ?', [id]);
  const [item] = row ? itemsFromRows(db, [row]) : [];
  if (!item)
    throw new AppFailure('INVALID_REQUEST', `${field}: there is no planned challenge with this id`);
  return item;
}

export function insertPlanItem(
  tx: WriteTx,
  item: { id: string; day: LocalDate; challengeId: string; nudgeTrustedPerson: boolean },
  at: string,
): void {
  tx.run(
    `INSERT INTO plan_items (id, week, day, challenge_id, status, skip_reason, moved_to, attempt_id,
       nudge_trusted_person, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'planned', NULL, NULL, NULL, ?, ?, ?)`,
    [
      item.id,
      isoWeekOf(item.day),
      item.day,
      item.challengeId,
      item.nudgeTrustedPerson ? 1 : 0,
      at,
      at,
    ],
  );
}

/** Only a planned item can be moved, skipped or marked done; the others are history. */
function requirePlanned(db: ReadDb, id: string, field = 'id'): PlanItem {
  const item = requirePlanItem(db, id, field);
  if (item.status !== 'planned') {
    throw new AppFailure('INVALID_REQUEST', `${field}: this challenge is already ${item.status}`);
  }
  return item;
}

/** Marks the item moved and places a new planned one on `to`, which it returns the id of. */
export function movePlanItem(
  tx: WriteTx,
  id: string,
  to: LocalDate,
  newId: string,
  at: string,
): void {
  const item = requirePlanned(tx, id);
  tx.run("UPDATE plan_items SET status = 'moved', moved_to = ?, updated_at = ? WHERE id = ?", [
    to,
    at,
    id,
  ]);
  insertPlanItem(
    tx,
    {
      id: newId,
      day: to,
      challengeId: item.challenge.id,
      nudgeTrustedPerson: item.nudgeTrustedPerson,
    },
    at,
  );
}

export function skipPlanItem(tx: WriteTx, id: string, reason: string, at: string): void {
  requirePlanned(tx, id);
  tx.run("UPDATE plan_items SET status = 'skipped', skip_reason = ?, updated_at = ? WHERE id = ?", [
    reason,
    at,
    id,
  ]);
}

/** Marks the item done by an attempt being saved, whose request names it `planItemId`. */
export function markPlanItemDone(tx: WriteTx, id: string, attemptId: string, at: string): void {
  requirePlanned(tx, id, 'planItemId');
  tx.run("UPDATE plan_items SET status = 'done', attempt_id = ?, updated_at = ? WHERE id = ?", [
    attemptId,
    at,
    id,
  ]);
}

export function deletePlanItem(tx: WriteTx, id: string): void {
  requirePlanItem(tx, id);
  tx.run('DELETE FROM plan_items WHERE id = ?', [id]);
}

/**
 * What a day's reminders need, and nothing more: how many challenges still wait, and
 * when each done item that asked for a trusted-person nudge was done.
 */
export function reminderFacts(db: ReadDb, day: LocalDate): DayFacts {
  const rows = db.all<
    Pick<PlanItemRow, 'id' | 'status' | 'nudge_trusted_person'> & { updated_at: string }
  >(
    `SELECT id, status, nudge_trusted_person, updated_at FROM plan_items
     WHERE day = ? AND status IN ('planned', 'done')`,
    [day],
  );
  return {
    planned: rows.filter((row) => row.status === 'planned').length,
    nudges: rows
      .filter((row) => row.status === 'done' && row.nudge_trusted_person === 1)
      .map((row) => ({ id: row.id, doneAt: row.updated_at })),
  };
}
