import {
  isoWeekOf,
  type IsoWeek,
  type LocalDate,
} from '../../../shared/domain/practice/calendar.js';
import {
  statusFromAttempt,
  type PlanItem,
  type PlanStatus,
} from '../../../shared/domain/practice/plans.js';
import type { AttemptInput, Outcome } from '../../../shared/domain/practice/attempts.js';
import type { DayFacts } from '../reminders/reminders.js';
import type { FieldPath, NotNowReason } from '../../../shared/ipc/fieldIssues.js';
import { AppFailure } from '../appFailure.js';
import type { ReadDb, WriteTx } from '../database/statements.js';
import { findChallenge } from './challengeRepository.js';

interface PlanItemRow {
  id: string;
  week: IsoWeek;
  day: LocalDate;
  challenge_id: string;
  status: PlanStatus;
  skip_reason: string | null;
  moved_to: LocalDate | null;
  attempt_id: string | null;
  nudge_trusted_person: number;
}

/**
 * The item as its status shapes it. A planned item's `attempt_id` may still name the
 * attempt deleted from it, so that undoing the delete finds the item again: that link
 * is the journal's own and never shown.
 */
function itemFromRow(row: PlanItemRow, challenge: PlanItem['challenge']): PlanItem {
  const common = {
    id: row.id,
    week: row.week,
    day: row.day,
    challenge,
    nudgeTrustedPerson: row.nudge_trusted_person === 1,
    skipReason: null,
    movedTo: null,
    attemptId: null,
  };
  switch (row.status) {
    case 'planned':
      return { ...common, status: row.status };
    case 'begun':
    case 'done':
    case 'not_tried':
      // Written only with the attempt's id; without one it is planned, as statusFromAttempt says.
      return row.attempt_id === null
        ? { ...common, status: 'planned' }
        : { ...common, status: row.status, attemptId: row.attempt_id };
    case 'skipped':
      return { ...common, status: row.status, skipReason: row.skip_reason };
    case 'moved':
      // Only ever written with the day it moved to.
      return { ...common, status: row.status, movedTo: row.moved_to ?? row.day };
  }
}

function itemsFromRows(db: ReadDb, rows: readonly PlanItemRow[]): PlanItem[] {
  return rows.flatMap((row) => {
    const challenge = findChallenge(db, row.challenge_id);
    // Only a library id from a newer app version can be unknown here: left out.
    return challenge ? [itemFromRow(row, challenge)] : [];
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

export function requirePlanItem(db: ReadDb, id: string, field: FieldPath = ['id']): PlanItem {
  const row = db.get<PlanItemRow>('SELECT * FROM plan_items WHERE id = ?', [id]);
  const [item] = row ? itemsFromRows(db, [row]) : [];
  if (!item)
    throw AppFailure.invalid(
      field,
      { kind: 'not_found' },
      'there is no planned challenge with this id',
    );
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

/** Why a settled item refuses a change, as the renderer words it. */
const settledReason: Record<Exclude<PlanStatus, 'planned'>, NotNowReason> = {
  begun: 'already_begun',
  done: 'already_done',
  not_tried: 'already_not_tried',
  skipped: 'already_skipped',
  moved: 'already_moved',
};

const settledText: Record<Exclude<PlanStatus, 'planned'>, string> = {
  begun: 'already begun: finish its attempt, as “didn’t try” if need be',
  done: 'already done',
  not_tried: 'already logged as not tried',
  skipped: 'already skipped',
  moved: 'already moved',
};

/**
 * Only a planned item can be moved, skipped or given an attempt. A begun one has the
 * user's prediction: it is finished through its attempt, not skipped around it.
 */
function requirePlanned(db: ReadDb, id: string, field: FieldPath = ['id']): PlanItem {
  const item = requirePlanItem(db, id, field);
  if (item.status !== 'planned') {
    throw AppFailure.invalid(
      field,
      { kind: 'not_now', reason: settledReason[item.status] },
      `this challenge is ${settledText[item.status]}`,
    );
  }
  return item;
}

/**
 * Marks the item moved and places a new planned one on `to` under `newId`. The link to
 * an attempt deleted from it goes: undoing that delete no longer reaches the plan.
 */
export function movePlanItem(
  tx: WriteTx,
  id: string,
  to: LocalDate,
  newId: string,
  at: string,
): void {
  const item = requirePlanned(tx, id);
  tx.run(
    `UPDATE plan_items SET status = 'moved', moved_to = ?, attempt_id = NULL, updated_at = ?
     WHERE id = ?`,
    [to, at, id],
  );
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

/** Skips the item; as with a move, the link to an attempt deleted from it goes. */
export function skipPlanItem(tx: WriteTx, id: string, reason: string, at: string): void {
  requirePlanned(tx, id);
  tx.run(
    `UPDATE plan_items SET status = 'skipped', skip_reason = ?, attempt_id = NULL, updated_at = ?
     WHERE id = ?`,
    [reason, at, id],
  );
}

/** Gives the item the attempt just saved for it, whose request names it `planItemId`. */
export function attachAttempt(
  tx: WriteTx,
  id: string,
  attempt: { readonly id: string } & Pick<AttemptInput, 'after'>,
  at: string,
): void {
  requirePlanned(tx, id, ['planItemId']);
  tx.run('UPDATE plan_items SET status = ?, attempt_id = ?, updated_at = ? WHERE id = ?', [
    statusFromAttempt(attempt),
    attempt.id,
    at,
    id,
  ]);
}

/**
 * The item an attempt was saved for follows it when it is edited, deleted (`null`: the
 * item is planned again) or brought back by undo. `updated_at` changes only with the
 * status, so it says when the item became what it is: the nudge counts from it.
 */
export function followAttempt(
  tx: WriteTx,
  attemptId: string,
  attempt: Pick<AttemptInput, 'after'> | null,
  at: string,
): void {
  const status = statusFromAttempt(attempt);
  tx.run('UPDATE plan_items SET status = ?, updated_at = ? WHERE attempt_id = ? AND status != ?', [
    status,
    at,
    attemptId,
    status,
  ]);
}

export function deletePlanItem(tx: WriteTx, id: string): void {
  requirePlanItem(tx, id);
  tx.run('DELETE FROM plan_items WHERE id = ?', [id]);
}

/**
 * Gives every item with an attempt the status that attempt says. An import merges plan
 * items and attempts by their own edit times, so an item can arrive beside a newer or
 * older copy of its attempt, or from an export made before `begun` and `not_tried`.
 */
export function settleAttemptStatuses(tx: WriteTx): void {
  const rows = tx.all<{ id: string; status: PlanStatus; found: number; outcome: Outcome | null }>(
    `SELECT p.id, p.status, a.id IS NOT NULL AS found, a.outcome
     FROM plan_items p LEFT JOIN attempts a ON a.id = p.attempt_id
     WHERE p.attempt_id IS NOT NULL AND p.status IN ('planned', 'begun', 'done', 'not_tried')`,
  );
  for (const row of rows) {
    const status = statusFromAttempt(
      row.found === 1 ? { after: row.outcome === null ? null : { outcome: row.outcome } } : null,
    );
    if (status !== row.status)
      tx.run('UPDATE plan_items SET status = ? WHERE id = ?', [status, row.id]);
  }
}

/**
 * What a day's reminders need, and nothing more: how many challenges still wait (a begun
 * one too: the ask is still to come), and when each item that asked for a
 * trusted-person nudge became done. Only a done item is nudged: see docs/practice.md.
 */
export function reminderFacts(db: ReadDb, day: LocalDate): DayFacts {
  const rows = db.all<
    Pick<PlanItemRow, 'id' | 'status' | 'nudge_trusted_person'> & { updated_at: string }
  >(
    `SELECT id, status, nudge_trusted_person, updated_at FROM plan_items
     WHERE day = ? AND status IN ('planned', 'begun', 'done')`,
    [day],
  );
  return {
    planned: rows.filter((row) => row.status !== 'done').length,
    nudges: rows
      .filter((row) => row.status === 'done' && row.nudge_trusted_person === 1)
      .map((row) => ({ id: row.id, doneAt: row.updated_at })),
  };
}
