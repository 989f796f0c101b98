import { localDateOf } from '../../../shared/domain/practice/calendar.js';
import type {
  Attempt,
  AttemptInput,
  CopingWay,
  Outcome,
} from '../../../shared/domain/practice/attempts.js';

/**
 * The attempt form's state: everything as the inputs hold it, so a half-filled form is
 * representable; `toInput` makes the request, leaving out the "after" until an outcome
 * is chosen (a "before" alone is a draft, valid as it is).
 */
export interface AttemptDraft {
  request: string;
  occurredAt: string;
  anticipatedSuds: number;
  predictedNoPercent: number;
  fearedConsequence: string;
  safetyBehaviours: string;
  outcome: Outcome | '';
  peakSuds: number;
  afterSuds: number;
  surprise: number;
  whatHappened: string;
  learned: string;
  coping: CopingWay[];
  copingNote: string;
  tags: string;
}

/** Now, as the `YYYY-MM-DDTHH:MM` of the computer's calendar. */
export function localNow(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDateOf(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

export const emptyDraft = (request = ''): AttemptDraft => ({
  request,
  occurredAt: localNow(),
  anticipatedSuds: 50,
  predictedNoPercent: 70,
  fearedConsequence: '',
  safetyBehaviours: '',
  outcome: '',
  peakSuds: 50,
  afterSuds: 20,
  surprise: 5,
  whatHappened: '',
  learned: '',
  coping: [],
  copingNote: '',
  tags: '',
});

const list = (text: string): string[] =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

export function draftFromAttempt(attempt: Attempt): AttemptDraft {
  const { before, after } = attempt;
  return {
    ...emptyDraft(),
    request: before.request,
    occurredAt: before.occurredAt,
    anticipatedSuds: before.anticipatedSuds,
    predictedNoPercent: before.predictedNoPercent,
    fearedConsequence: before.fearedConsequence,
    safetyBehaviours: before.safetyBehavioursDropped.join(', '),
    tags: attempt.tags.join(', '),
    ...(after === null
      ? {}
      : {
          outcome: after.outcome,
          whatHappened: after.whatHappened,
          learned: after.learned,
          coping: [...after.coping],
          copingNote: after.copingNote,
          ...(after.outcome === 'not_tried'
            ? {}
            : { peakSuds: after.peakSuds, afterSuds: after.afterSuds, surprise: after.surprise }),
        }),
  };
}

/** The library challenge an attempt does, as its "before" records it. */
export type AttemptOrigin = Pick<AttemptInput['before'], 'challengeId' | 'category' | 'difficulty'>;

export const noOrigin: AttemptOrigin = { challengeId: null, category: null, difficulty: null };

export function toInput(draft: AttemptDraft, origin: AttemptOrigin = noOrigin): AttemptInput {
  const reflection = {
    whatHappened: draft.whatHappened,
    learned: draft.learned,
    coping: draft.coping,
    copingNote: draft.copingNote,
  };
  return {
    before: {
      challengeId: origin.challengeId,
      category: origin.category,
      difficulty: origin.difficulty,
      request: draft.request,
      occurredAt: draft.occurredAt,
      anticipatedSuds: draft.anticipatedSuds,
      predictedNoPercent: draft.predictedNoPercent,
      fearedConsequence: draft.fearedConsequence,
      safetyBehavioursDropped: list(draft.safetyBehaviours),
    },
    after:
      draft.outcome === ''
        ? null
        : draft.outcome === 'not_tried'
          ? { outcome: 'not_tried', ...reflection }
          : {
              outcome: draft.outcome,
              peakSuds: draft.peakSuds,
              afterSuds: draft.afterSuds,
              surprise: draft.surprise,
              ...reflection,
            },
    tags: list(draft.tags),
  };
}
