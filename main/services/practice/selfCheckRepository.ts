import type { LocalDate } from '../../../shared/domain/practice/calendar.js';
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

/** One weekly check a day: taking it again the same day replaces the answer. */
export function recordWeeklyCheck(tx: WriteTx, id: string, check: WeeklyCheck, at: string): void {
  tx.run("DELETE FROM self_checks WHERE kind = 'weekly' AND taken_on = ?", [check.on]);
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

export function latestOnboardingCheck(
  db: ReadDb,
): { on: LocalDate; answers: SelfCheckAnswers } | undefined {
  const row = db.get<{ taken_on: LocalDate; answers: string }>(
    "SELECT taken_on, answers FROM self_checks WHERE kind = 'onboarding' ORDER BY taken_on DESC, created_at DESC LIMIT 1",
  );
  return row && { on: row.taken_on, answers: JSON.parse(row.answers) as SelfCheckAnswers };
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
