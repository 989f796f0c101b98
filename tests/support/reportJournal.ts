import type { Attempt, AttemptInput } from '../../shared/domain/practice/attempts.js';
import { challengeLibrary } from '../../shared/domain/practice/challengeLibrary.js';
import type { ReportRange } from '../../shared/domain/report.js';
import { day, madeAttempt, type PracticeFixture } from './practiceFixture.js';

/**
 * The attempt with `word` in every written part, so a test can look for it anywhere; with
 * `null`, every part is blank (spaces alone are no words).
 */
function written(input: AttemptInput, word: string | null): AttemptInput {
  const say = (part: string) => (word === null ? '  ' : `${word} ${part}`);
  return {
    ...input,
    before: {
      ...input.before,
      request: `Ask ${word ?? 'in silence'}`,
      fearedConsequence: say('feared'),
      safetyBehavioursDropped: word === null ? [] : [say('rehearsing')],
    },
    after: input.after && {
      ...input.after,
      whatHappened: say('happened'),
      learned: say('learned'),
      coping: [],
      copingNote: say('coping'),
    },
  };
}

/** The range the report tests cover: Sunday 1 to Wednesday 25 November 2026 (2026-W44…W48). */
export const reportRange: ReportRange = { from: day('2026-11-01'), to: day('2026-11-25') };

/** The attempts `fillReportJournal` makes, by the word each carries. */
export interface ReportAttempts {
  /** 28 October: in the range's first week, but not in its days. */
  readonly outside: Attempt;
  readonly alpha: Attempt;
  readonly bravo: Attempt;
  /** Asked and rated, but with no words at all: not a reflection to choose. */
  readonly silent: Attempt;
  readonly delta: Attempt;
  /** A "before" alone (a draft): its feared consequence is a reflection. */
  readonly echo: Attempt;
}

/**
 * A journal for the report's tests: six attempts around `reportRange`, each with its own
 * word in every written part, and a ladder whose rungs were rated before, during and
 * after the range. Leaves the fixture's today on 28 November.
 */
export async function fillReportJournal(fixture: PracticeFixture): Promise<ReportAttempts> {
  const { practice } = fixture;
  const setToday = (day: string) => fixture.setToday(day);
  setToday('2026-11-01');
  const ladder = await practice.createLadder('Asking strangers', 'Ask without rehearsing');
  const [easy, hard] = challengeLibrary;
  let rungs = await practice.addRung(ladder.id, easy?.id ?? '', 70);
  rungs = await practice.addRung(ladder.id, hard?.id ?? '', 90);
  setToday('2026-11-25');
  const ask = (
    word: string | null,
    on: string,
    [anticipated, peak]: [number, number],
    outcome: 'rejected' | 'accepted' | 'partly',
  ) => practice.createAttempt(written(madeAttempt({ on, anticipated, peak, outcome }), word), null);
  const attempts = {
    outside: await ask('OUTSIDE', '2026-10-28', [90, 80], 'rejected'),
    alpha: await ask('ALPHA', '2026-11-02', [80, 60], 'rejected'),
    bravo: await ask('BRAVO', '2026-11-10', [70, 50], 'accepted'),
    silent: await ask(null, '2026-11-18', [60, 65], 'rejected'),
    delta: await ask('DELTA', '2026-11-24', [50, 30], 'partly'),
    echo: await practice.createAttempt(
      { ...written(madeAttempt({ on: '2026-11-25', anticipated: 40 }), 'ECHO'), after: null },
      null,
    ),
  };
  setToday('2026-11-20');
  await practice.rateLadder(ladder.id, [{ rungId: rungs.rungs[0]?.id ?? '', suds: 40 }]);
  setToday('2026-11-28');
  await practice.rateLadder(ladder.id, [{ rungId: rungs.rungs[0]?.id ?? '', suds: 20 }]);
  return attempts;
}
