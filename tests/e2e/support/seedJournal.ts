import { addDays, type LocalDate } from '../../../shared/domain/practice/calendar.js';
import type { AttemptInput } from '../../../shared/domain/practice/attempts.js';
import type { Core } from '../../../main/core.js';
import { madeAttempt } from '../../support/practiceFixture.js';

/** The app's own page, as the router's sender check wants it. */
const appCaller = { url: 'https://ask-anyway.invalid/index.html', isMainFrame: true };

/**
 * Writes one attempt a day for `days` days, oldest first from `from`, through the real
 * router and service (each a durable save), so the journal is what the app itself
 * would have written. `request` names each day's attempt; `whatHappened` its reflection.
 */
export async function seedAttempts(
  core: Core,
  days: number,
  {
    from = '2016-01-01' as LocalDate,
    request = (day: number) => `Ask number ${day + 1}`,
    whatHappened = () => 'They smiled and said no.',
  }: {
    from?: LocalDate;
    request?: (day: number) => string;
    whatHappened?: (day: number) => string;
  } = {},
): Promise<void> {
  for (let day = 0; day < days; day += 1) {
    const attempt: AttemptInput = madeAttempt({
      on: addDays(from, day),
      request: request(day),
      whatHappened: whatHappened(day),
    });
    const result = await core.router('attempts.create', { attempt, planItemId: null }, appCaller);
    if (!result.ok) throw new Error(`Seeding failed on day ${day}: ${result.error.message}`);
  }
}
