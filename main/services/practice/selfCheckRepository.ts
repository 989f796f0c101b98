import {
  addDays,
  isoWeekOf,
  mondayOf,
  type LocalDate,
} from '../../../shared/domain/practice/calendar.js';
import type { SelfCheckAnswers, WeeklyCheck } from '../../../shared/domain/practice/selfCheck.js';
import type { TrustedPerson } from '../../../shared/domain/practice/profile.js';
import type { ReadDb, WriteTx } from '../database/statements.js';

export function insertOnboardingCheck(
  tx: WriteTx,
  check: { id: string; on: LocalDate; answers: SelfCheckAnswers },
  at: string,
): void {
  tx.run(
    "INSERT INTO self_checks (id, kind, taken_on, answers, created_at) VALUES (?, 'onboarding', ?, ?, ?)",
    [check.id, check.on, JSON.stringify(check.answers), at],
  );
}

/**
 * One weekly check an ISO week: taking it again in the same week replaces the answer, so
 * the trend the wellbeing rule reads moves a week at a time.
 */
export function recordWeeklyCheck(tx: WriteTx, id: string, check: WeeklyCheck, at: string): void {
  const monday = mondayOf(isoWeekOf(check.on));
  tx.run("DELETE FROM self_checks WHERE kind = 'weekly' AND taken_on BETWEEN ? AND ?", [
    monday,
    addDays(monday, 6),
  ]);
  tx.run(
    "INSERT INTO self_checks (id, kind, taken_on, answers, created_at) VALUES (?, 'weekly', ?, ?, ?)",
    [id, check.on, JSON.stringify(check.anxiety), at],
  );
}

export function weeklyChecksSince(db: ReadDb, from: LocalDate): WeeklyCheck[] {
  return db
    .all<{ taken_on: LocalDate; answers: string }>(
      "SELECT taken_on, answers FROM self_checks WHERE kind = 'weekly' AND taken_on >= ? ORDER BY taken_on",
      [from],
    )
    .map((row) => ({ on: row.taken_on, anxiety: JSON.parse(row.answers) as number }));
}

const trustedPersonKey = 'trusted_person';

export function trustedPerson(db: ReadDb): TrustedPerson | null {
  const row = db.get<{ value: string }>('SELECT value FROM journal_settings WHERE key = ?', [
    trustedPersonKey,
  ]);
  return row ? (JSON.parse(row.value) as TrustedPerson) : null;
}

export function setTrustedPerson(tx: WriteTx, person: TrustedPerson | null): void {
  if (person === null) tx.run('DELETE FROM journal_settings WHERE key = ?', [trustedPersonKey]);
  else
    tx.run('INSERT OR REPLACE INTO journal_settings (key, value) VALUES (?, ?)', [
      trustedPersonKey,
      JSON.stringify(person),
    ]);
}
