import type { Page } from 'playwright-core';

/**
 * Fills the open journal with ten weeks of a plausible practice, through the page's own
 * API (so through main's real router): graded attempts whose distress falls, a ladder
 * rated twice, this week's plan with a done, a skipped and a planned item, a trusted
 * person. For screenshots and checks that need screens with content. The practice's
 * "today" is the test day, Wednesday 2026-11-25.
 */
export async function fillDemoJournal(page: Page): Promise<void> {
  const failures = await page.evaluate(async () => {
    const failed: string[] = [];
    const check = <T>(
      what: string,
      result: { ok: true; value: T } | { ok: false; error: { message: string } },
    ) => {
      if (!result.ok) failed.push(`${what}: ${result.error.message}`);
      return result.ok ? result.value : undefined;
    };
    const library = check('challenges.list', await window.api.challenges.list()) ?? [];
    const challenge = (id: string) => {
      const found = library.find((item) => item.id === id);
      if (!found) throw new Error(`No challenge ${id}`);
      return found;
    };
    /** One attempt at a library challenge, asked and reflected on. */
    const ask = async (
      id: string,
      at: string,
      suds: { expected: number; peak: number; after: number; predictedNo: number },
      words: { fear: string; happened: string; learned: string; dropped: string[] },
      outcome: 'accepted' | 'rejected',
      tags: string[],
      planItemId: string | null = null,
    ) => {
      const step = challenge(id);
      check(
        'attempts.create',
        await window.api.attempts.create({
          attempt: {
            before: {
              challengeId: step.id,
              request: step.title,
              category: step.category,
              difficulty: step.difficulty,
              occurredAt: at,
              anticipatedSuds: suds.expected,
              predictedNoPercent: suds.predictedNo,
              fearedConsequence: words.fear,
              safetyBehavioursDropped: words.dropped,
            },
            after: {
              outcome,
              peakSuds: suds.peak,
              afterSuds: suds.after,
              surprise: 6,
              whatHappened: words.happened,
              learned: words.learned,
              coping: ['wrote_it_down'],
              copingNote: '',
            },
            tags,
          },
          planItemId,
        }),
      );
    };
    const steps = [
      'lib.ask-the-time',
      'lib.borrow-a-pen',
      'lib.ask-for-directions',
      'lib.ask-for-a-taste',
      'lib.ask-about-a-discount',
      'lib.ask-to-share-a-table',
      'lib.haggle-at-a-market',
      'lib.ask-for-a-half-portion',
    ];
    const stories = [
      ['They smiled and told me straight away.', 'Most people are glad to help.'],
      ['A short “sorry, no” and that was it.', 'A no lasted two seconds and did not hurt.'],
      ['They said yes, and asked how my day was.', 'I expected a sigh and got a chat.'],
      ['A polite refusal; I thanked them and left.', 'My voice shook less than I feared.'],
    ] as const;
    // Ten weeks back, two or three attempts a week, the fear falling as the steps grow.
    for (let week = 10; week >= 1; week -= 1) {
      for (let n = 0; n < (week % 3 === 0 ? 3 : 2); n += 1) {
        const rung = Math.min(steps.length - 1, Math.floor((10 - week) / 1.4) + n);
        const step = challenge(steps[rung] ?? 'lib.ask-the-time');
        const day = new Date(Date.UTC(2026, 10, 25 - week * 7 + n * 2));
        const when = `${day.toISOString().slice(0, 10)}T${String(10 + n * 3).padStart(2, '0')}:30`;
        const fear = Math.max(15, 75 - (10 - week) * 5 + step.difficulty * 2);
        const [happened, learned] = stories[(week + n) % stories.length] ?? stories[0];
        await ask(
          step.id,
          when,
          {
            expected: fear,
            peak: Math.max(10, fear - 10 - (10 - week) * 2),
            after: Math.max(5, fear - 35),
            predictedNo: 80 - n * 10,
          },
          {
            fear: 'That they will think I am strange and I will go red.',
            happened,
            learned,
            dropped: week < 6 ? ['rehearsing the words'] : [],
          },
          n === 1 ? 'accepted' : 'rejected',
          week % 2 === 0 ? ['strangers', 'shops'] : ['strangers'],
        );
      }
    }

    const ladder = check(
      'ladders.create',
      await window.api.ladders.create({
        title: 'Asking strangers',
        goal: 'Ask a stranger for a favour without rehearsing it first.',
      }),
    );
    if (ladder) {
      let latest = ladder;
      for (const [id, suds] of [
        ['lib.ask-the-time', 20],
        ['lib.ask-for-directions', 35],
        ['lib.ask-to-share-a-table', 55],
        ['lib.ask-to-go-first-in-a-queue', 80],
      ] as const) {
        latest =
          check(
            'ladders.addRung',
            await window.api.ladders.addRung({
              ladderId: ladder.id,
              challengeId: id,
              anticipatedSuds: suds,
            }),
          ) ?? latest;
      }
      // Re-rated since: the lower rungs feel smaller now.
      check(
        'ladders.rate',
        await window.api.ladders.rate({
          ladderId: ladder.id,
          ratings: latest.rungs
            .slice(0, 2)
            .map((rung, index) => ({ rungId: rung.id, suds: 10 + index * 10 })),
        }),
      );
    }

    const plan = async (day: string, id: string) =>
      check(
        'plan.add',
        await window.api.plan.add({ day, challengeId: id, nudgeTrustedPerson: false }),
      );
    const monday = await plan('2026-11-23', 'lib.ask-for-a-taste');
    const tuesday = await plan('2026-11-24', 'lib.ask-about-a-discount');
    await plan('2026-11-25', 'lib.ask-to-share-a-table');
    await plan('2026-11-27', 'lib.ask-for-a-half-portion');
    if (tuesday)
      check(
        'plan.skip',
        await window.api.plan.skip({ id: tuesday.id, reason: 'Felt unwell; moved the week on.' }),
      );
    if (monday)
      await ask(
        'lib.ask-for-a-taste',
        '2026-11-23T12:15',
        { expected: 40, peak: 30, after: 10, predictedNo: 60 },
        {
          fear: 'That the server will be annoyed.',
          happened: 'They offered two flavours to try.',
          learned: 'Asking is ordinary for them.',
          dropped: [],
        },
        'accepted',
        ['shops'],
        monday.id,
      );
    check(
      'profile.setTrustedPerson',
      await window.api.profile.setTrustedPerson({
        person: { name: 'Sam', howToReach: 'Text first, then call' },
      }),
    );
    check('checks.weekly', await window.api.checks.weekly({ anxiety: 4 }));
    return failed;
  });
  if (failures.length > 0)
    throw new Error(`The demo journal could not be filled:\n${failures.join('\n')}`);
}
