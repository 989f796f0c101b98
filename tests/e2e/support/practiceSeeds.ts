import type { Page } from 'playwright-core';

/**
 * Saves attempts the user made (asked and was told no), through the page's real API, so
 * the flooding guard has a shown level to measure from. Each says what happened and what
 * was learned in the words given, or in the same plain words as every other.
 */
export async function seedMadeAttempts(
  page: Page,
  attempts: readonly {
    challengeId: string;
    title: string;
    category: 'food_and_shops' | 'strangers' | 'money';
    difficulty: number;
    day: string;
    words?: { readonly happened: string; readonly learned: string };
  }[],
): Promise<void> {
  for (const attempt of attempts) {
    const result = await page.evaluate(
      (seed) =>
        window.api.attempts.create({
          planItemId: null,
          attempt: {
            before: {
              challengeId: seed.challengeId,
              request: seed.title,
              category: seed.category,
              difficulty: seed.difficulty,
              occurredAt: `${seed.day}T10:00`,
              anticipatedSuds: 40,
              predictedNoPercent: 60,
              fearedConsequence: 'That they would laugh.',
              safetyBehavioursDropped: [],
            },
            after: {
              outcome: 'rejected',
              peakSuds: 35,
              afterSuds: 10,
              surprise: 4,
              whatHappened: seed.words?.happened ?? 'A polite no.',
              learned: seed.words?.learned ?? 'It passed quickly.',
              coping: ['wrote_it_down'],
              copingNote: '',
            },
            tags: [],
          },
        }),
      attempt,
    );
    if (!result.ok) throw new Error(`Could not seed an attempt: ${result.error.message}`);
  }
}

/**
 * A ladder, created through the page's real API, with rungs in the order given, each
 * rated (SUDS 0–100) or left unrated.
 */
export async function seedLadder(
  page: Page,
  title: string,
  rungs: readonly { challengeId: string; anticipatedSuds: number | null }[] = [],
): Promise<void> {
  const created = await page.evaluate(
    (name) => window.api.ladders.create({ title: name, goal: 'Ask without rehearsing.' }),
    title,
  );
  if (!created.ok) throw new Error(`Could not seed a ladder: ${created.error.message}`);
  for (const rung of rungs) {
    const added = await page.evaluate((request) => window.api.ladders.addRung(request), {
      ladderId: created.value.id,
      ...rung,
    });
    if (!added.ok) throw new Error(`Could not seed a rung: ${added.error.message}`);
  }
}

/**
 * A week of avoidance through the page's real API: each challenge planned on Monday,
 * then skipped on the plan, or logged from its plan item as "didn't try".
 */
export async function seedAvoidedWeek(
  page: Page,
  challenges: { readonly skipped: readonly string[]; readonly notTried: readonly string[] },
): Promise<void> {
  const error = await page.evaluate(async ({ skipped, notTried }) => {
    const plan = async (challengeId: string, day: string) => {
      const added = await window.api.plan.add({ day, challengeId, nudgeTrustedPerson: false });
      if (!added.ok) throw new Error(added.error.message);
      return added.value;
    };
    try {
      for (const challengeId of skipped) {
        const item = await plan(challengeId, '2026-11-23');
        const result = await window.api.plan.skip({ id: item.id, reason: 'Not today.' });
        if (!result.ok) return result.error.message;
      }
      for (const challengeId of notTried) {
        const item = await plan(challengeId, '2026-11-24');
        const result = await window.api.attempts.create({
          planItemId: item.id,
          attempt: {
            before: {
              challengeId,
              request: item.challenge.title,
              category: item.challenge.category,
              difficulty: item.challenge.difficulty,
              occurredAt: '2026-11-24T10:00',
              anticipatedSuds: 70,
              predictedNoPercent: 80,
              fearedConsequence: 'That they would stare.',
              safetyBehavioursDropped: [],
            },
            after: {
              outcome: 'not_tried',
              whatHappened: 'I walked past.',
              learned: 'It was too much today.',
              coping: [],
              copingNote: '',
            },
            tags: [],
          },
        });
        if (!result.ok) return result.error.message;
      }
      return null;
    } catch (thrown) {
      return thrown instanceof Error ? thrown.message : String(thrown);
    }
  }, challenges);
  if (error !== null) throw new Error(`Could not seed an avoided week: ${error}`);
}
