import type { BoundaryAnswers } from '../../shared/domain/practice/boundaryCheck.js';
import type { AttemptInput } from '../../shared/domain/practice/attempts.js';
import type { IsoWeek, LocalDate } from '../../shared/domain/practice/calendar.js';
import { PracticeService } from '../../main/services/practice/practiceService.js';
import type { VaultService } from '../../main/services/vault/vaultService.js';
import { vaultFixture, type VaultFixture } from './vaultFixture.js';

/**
 * A practice over a real, unlocked vault, with a clock the test moves (`setToday`) and
 * ids that count up (`00000000-0000-4000-8000-000000000001`, …), so results are exact.
 */
export interface PracticeFixture {
  readonly vaultFixture: VaultFixture;
  readonly vault: VaultService;
  readonly practice: PracticeService;
  /** Noon on `day` in the computer's time zone, a second later on each call. */
  setToday(day: string): void;
  cleanup(): Promise<void>;
}

export async function practiceFixture(): Promise<PracticeFixture> {
  const vaultFixtureMade = await vaultFixture();
  const { vault } = await vaultFixtureMade.create('pass');
  let now = new Date(2026, 10, 25, 12, 0, 0);
  let ids = 0;
  const practice = new PracticeService({
    journal: vault,
    now: () => (now = new Date(now.getTime() + 1000)),
    newId: () => `00000000-0000-4000-8000-${String((ids += 1)).padStart(12, '0')}`,
  });
  return {
    vaultFixture: vaultFixtureMade,
    vault,
    practice,
    setToday(day) {
      const [y, m, d] = day.split('-').map(Number);
      now = new Date(y ?? 2026, (m ?? 1) - 1, d ?? 1, 12, 0, 0);
    },
    cleanup: () => vaultFixtureMade.cleanup(),
  };
}

/** An ask saved with every rating left unrated: a "no", a few words, no numbers. */
export function unratedAttempt(on = '2026-11-25'): AttemptInput {
  const { before } = madeAttempt({ on });
  return {
    before: { ...before, anticipatedSuds: null, predictedNoPercent: null },
    after: {
      outcome: 'rejected',
      peakSuds: null,
      afterSuds: null,
      surprise: null,
      whatHappened: 'They said no.',
      learned: '',
      coping: [],
      copingNote: '',
    },
    tags: [],
  };
}

/** An attempt made and reflected on, with sensible defaults any test can override. */
export function madeAttempt(
  overrides: {
    on?: string;
    request?: string;
    challengeId?: AttemptInput['before']['challengeId'];
    category?: AttemptInput['before']['category'];
    difficulty?: number | null;
    anticipated?: number;
    predictedNo?: number;
    peak?: number;
    after?: number;
    outcome?: 'rejected' | 'accepted' | 'partly';
    whatHappened?: string;
    tags?: string[];
  } = {},
): AttemptInput {
  return {
    before: {
      challengeId: overrides.challengeId ?? null,
      request: overrides.request ?? 'Ask for a refill',
      category: overrides.category ?? 'food_and_shops',
      difficulty: overrides.difficulty === undefined ? 2 : overrides.difficulty,
      occurredAt: `${overrides.on ?? '2026-11-25'}T10:30`,
      anticipatedSuds: overrides.anticipated ?? 60,
      predictedNoPercent: overrides.predictedNo ?? 80,
      fearedConsequence: 'They will laugh at me.',
      safetyBehavioursDropped: ['apologising first'],
    },
    after: {
      outcome: overrides.outcome ?? 'rejected',
      peakSuds: overrides.peak ?? 40,
      afterSuds: overrides.after ?? 20,
      surprise: 6,
      whatHappened: overrides.whatHappened ?? 'They smiled and said no.',
      learned: 'A no is just a word.',
      coping: ['wrote_it_down'],
      copingNote: '',
    },
    tags: overrides.tags ?? ['café'],
  };
}

/** A day or week written in a test: the services take the checked types the IPC schemas produce. */
export const day = (value: string): LocalDate => value as LocalDate;
export const week = (value: string): IsoWeek => value as IsoWeek;

/** Every boundary question answered the safe way: a custom challenge that may be saved. */
export const safeBoundaryAnswers: BoundaryAnswers = {
  no_touching: false,
  nothing_sexual: false,
  no_pestering: true,
  no_pressure_on_staff: false,
  no_filming: false,
  safe_and_legal: true,
};
