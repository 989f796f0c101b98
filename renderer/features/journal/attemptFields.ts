import type { Attempt, AttemptInput } from '../../../shared/domain/practice/attempts.js';
import { localDateOf } from '../../../shared/domain/practice/calendar.js';
import type {
  AttemptFields,
  AttemptOrigin,
  DraftTarget,
} from '../../../shared/domain/practice/drafts.js';

/**
 * What the form saves into: a new attempt (perhaps at a challenge, doing a planned item)
 * or an attempt already in the journal.
 */
export type FormSubject =
  | { readonly kind: 'new'; readonly origin: AttemptOrigin; readonly planItemId: string | null }
  | { readonly kind: 'edit'; readonly attempt: Attempt };

export const noOrigin: AttemptOrigin = { challengeId: null, category: null, difficulty: null };

/** Where the subject's autosaved draft is kept. */
export const draftTargetOf = (subject: FormSubject): DraftTarget =>
  subject.kind === 'new' ? subject : { kind: 'edit', attemptId: subject.attempt.id };

/** Now, as the `YYYY-MM-DDTHH:MM` of the computer's calendar. */
export function localNow(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDateOf(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** A new form: every rating unrated until the user sets it (a default is not an answer). */
export const emptyFields = (request = ''): AttemptFields => ({
  request,
  occurredAt: localNow(),
  anticipatedSuds: null,
  predictedNoPercent: null,
  fearedConsequence: '',
  safetyBehaviours: '',
  outcome: '',
  peakSuds: null,
  afterSuds: null,
  surprise: null,
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

/** The form as it opens on a subject that has no draft. */
export function fieldsOf(subject: FormSubject, request?: string): AttemptFields {
  if (subject.kind === 'new') return emptyFields(request);
  const { before, after, tags } = subject.attempt;
  return {
    ...emptyFields(),
    request: before.request,
    occurredAt: before.occurredAt,
    anticipatedSuds: before.anticipatedSuds,
    predictedNoPercent: before.predictedNoPercent,
    fearedConsequence: before.fearedConsequence,
    safetyBehaviours: before.safetyBehavioursDropped.join(', '),
    tags: tags.join(', '),
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

/**
 * The request the form sends, leaving out the "after" until an outcome is chosen (a
 * "before" alone is an open attempt, valid as it is).
 */
export function toInput(fields: AttemptFields, origin: AttemptOrigin = noOrigin): AttemptInput {
  const reflection = {
    whatHappened: fields.whatHappened,
    learned: fields.learned,
    coping: fields.coping,
    copingNote: fields.copingNote,
  };
  return {
    before: {
      ...origin,
      request: fields.request,
      occurredAt: fields.occurredAt,
      anticipatedSuds: fields.anticipatedSuds,
      predictedNoPercent: fields.predictedNoPercent,
      fearedConsequence: fields.fearedConsequence,
      safetyBehavioursDropped: list(fields.safetyBehaviours),
    },
    after:
      fields.outcome === ''
        ? null
        : fields.outcome === 'not_tried'
          ? { outcome: 'not_tried', ...reflection }
          : {
              outcome: fields.outcome,
              peakSuds: fields.peakSuds,
              afterSuds: fields.afterSuds,
              surprise: fields.surprise,
              ...reflection,
            },
    tags: list(fields.tags),
  };
}

/** The library challenge the subject's attempt does, as its "before" records it. */
export function originOf(subject: FormSubject): AttemptOrigin {
  if (subject.kind === 'new') return subject.origin;
  const { challengeId, category, difficulty } = subject.attempt.before;
  return { challengeId, category, difficulty };
}
