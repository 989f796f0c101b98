import { z } from 'zod';
import { notADate } from '../../ipc/fieldIssues.js';
import { localDateSchema } from './calendar.js';
import {
  categories,
  challengeIdSchema,
  difficultySchema,
  shortTextSchema,
  titleSchema,
} from './challenges.js';

/** Subjective Units of Distress: 0 = completely calm, 100 = the worst distress imaginable. */
export const sudsSchema = z.number().int().min(0).max(100);
export const percentSchema = z.number().int().min(0).max(100);
/** 0 = just as I expected … 10 = nothing like it. */
export const surpriseSchema = z.number().int().min(0).max(10);
/**
 * A rating the user may leave unrated: null means they did not give one, which is
 * never the same as any number (a default saved as theirs would skew every insight).
 */
export const unrated = <T extends z.ZodNumber>(schema: T) => schema.nullable();

/** A rating as words read it: the number and its unit, or "not rated". */
export const ratingText = (value: number | null, unit = ''): string =>
  value === null ? 'not rated' : `${value}${unit}`;
/** A reflection field: about four pages is plenty; megabytes are a mistake or an attack. */
export const reflectionMaxLength = 20_000;
export const reflectionSchema = z.string().max(reflectionMaxLength);
export const tagMaxLength = 40;
export const maxTags = 20;
export const tagSchema = z
  .string()
  .trim()
  .min(1, 'cannot be empty')
  .max(tagMaxLength)
  .regex(/^\P{Cc}*$/u, 'cannot hold control characters');

export const outcomes = ['rejected', 'accepted', 'partly', 'not_tried'] as const;
export type Outcome = (typeof outcomes)[number];
export const outcomeNames: Record<Outcome, string> = {
  rejected: 'Rejected',
  accepted: 'Accepted',
  partly: 'Partly',
  not_tried: 'Didn’t try',
};

/** Whether the user asked, whatever the answer: only then is there a peak to rate. */
export const wasAsked = (outcome: Outcome | null): boolean =>
  outcome !== null && outcome !== 'not_tried';

/** How the user calmed down afterwards (domain.md, rule 3). */
export const copingWays = ['wrote_it_down', 'called_trusted_person', 'other'] as const;
export type CopingWay = (typeof copingWays)[number];

/** A local date and time, `YYYY-MM-DDTHH:MM`, in the user's own calendar (see calendar.ts). */
export const localDateTimeSchema = z
  .string()
  .refine(
    (value) =>
      /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/.test(value) &&
      localDateSchema.safeParse(value.slice(0, 10)).success,
    { message: 'not a real local date and time (YYYY-MM-DDTHH:MM)', ...notADate },
  );

export const attemptIdSchema = z.uuid();

/** A safety behaviour is named in a few words ("apologising first"), a handful at most. */
export const safetyBehaviourMaxLength = 80;
export const maxSafetyBehaviours = 20;

/** Before the challenge: what it is, when, and the prediction. */
export const attemptBeforeSchema = z.strictObject({
  /** The challenge attempted, or null for a free-form request. */
  challengeId: challengeIdSchema.nullable(),
  /** The request in the user's words (a challenge's title by default). */
  request: titleSchema,
  category: z.enum(categories).nullable(),
  difficulty: difficultySchema.nullable(),
  occurredAt: localDateTimeSchema,
  anticipatedSuds: unrated(sudsSchema),
  /** How likely a "no" feels, 0–100 %. */
  predictedNoPercent: unrated(percentSchema),
  fearedConsequence: reflectionSchema,
  safetyBehavioursDropped: z
    .array(z.string().trim().min(1).max(safetyBehaviourMaxLength))
    .max(maxSafetyBehaviours),
});
export type AttemptBefore = z.infer<typeof attemptBeforeSchema>;

const reflection = {
  whatHappened: reflectionSchema,
  learned: reflectionSchema,
  coping: z.array(z.enum(copingWays)).max(copingWays.length),
  copingNote: shortTextSchema,
};

/**
 * After the challenge. Someone who did not try has no peak to rate, only words; anyone
 * who asked may rate the peak and the after, and how surprising it was.
 */
export const attemptAfterSchema = z.discriminatedUnion('outcome', [
  z.strictObject({
    outcome: z.enum(['rejected', 'accepted', 'partly']),
    peakSuds: unrated(sudsSchema),
    afterSuds: unrated(sudsSchema),
    surprise: unrated(surpriseSchema),
    ...reflection,
  }),
  z.strictObject({ outcome: z.literal('not_tried'), ...reflection }),
]);
export type AttemptAfter = z.infer<typeof attemptAfterSchema>;

/** What the user writes: a "before" alone is an open attempt (a draft), valid as it is. */
export const attemptInputSchema = z.strictObject({
  before: attemptBeforeSchema,
  after: attemptAfterSchema.nullable(),
  tags: z.array(tagSchema).max(maxTags),
});
export type AttemptInput = z.infer<typeof attemptInputSchema>;

/** An attempt as stored: the journal entry. */
export const attemptSchema = attemptInputSchema.extend({
  id: attemptIdSchema,
  /** When main first and last saved it (UTC); an undo writes these back unchanged. */
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Attempt = z.infer<typeof attemptSchema>;
