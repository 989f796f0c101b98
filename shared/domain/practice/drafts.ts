import { z } from 'zod';
import {
  attemptBeforeSchema,
  attemptIdSchema,
  copingWays,
  outcomes,
  percentSchema,
  reflectionSchema,
  sudsSchema,
  surpriseSchema,
} from './attempts.js';
import { shortTextSchema } from './challenges.js';
import { planItemIdSchema } from './plans.js';

/**
 * The attempt form as its inputs hold it, half-filled as it may be: a blank request, a
 * date still being typed, tags as one comma-separated line. Autosaved drafts store this,
 * so the limits match the attempt's own and an oversize draft is refused like an
 * oversize attempt.
 */
export const attemptFieldsSchema = z.strictObject({
  request: z.string().max(140),
  occurredAt: z.string().max(16),
  anticipatedSuds: sudsSchema,
  predictedNoPercent: percentSchema,
  fearedConsequence: reflectionSchema,
  safetyBehaviours: z.string().max(2_000),
  /** '' while the user has not said how it went (an open attempt). */
  outcome: z.enum([...outcomes, '']),
  peakSuds: sudsSchema,
  afterSuds: sudsSchema,
  surprise: surpriseSchema,
  whatHappened: reflectionSchema,
  learned: reflectionSchema,
  coping: z.array(z.enum(copingWays)).max(copingWays.length),
  copingNote: shortTextSchema,
  tags: z.string().max(1_000),
});
export type AttemptFields = z.infer<typeof attemptFieldsSchema>;

/** The library challenge an attempt does, as its "before" records it. */
export const attemptOriginSchema = attemptBeforeSchema.pick({
  challengeId: true,
  category: true,
  difficulty: true,
});
export type AttemptOrigin = z.infer<typeof attemptOriginSchema>;

/**
 * What a draft will become when saved: a new attempt (at a challenge, perhaps doing a
 * planned item) or the edit of an attempt already in the journal.
 */
export const draftTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('new'),
    origin: attemptOriginSchema,
    planItemId: planItemIdSchema.nullable(),
  }),
  z.strictObject({ kind: z.literal('edit'), attemptId: attemptIdSchema }),
]);
export type DraftTarget = z.infer<typeof draftTargetSchema>;

/**
 * Names a draft: there is one for a new attempt ('new') and one per attempt being
 * edited (its id), so a second new attempt continues the first's draft rather than
 * leaving an orphan behind.
 */
export const draftKeySchema = z.union([z.literal('new'), attemptIdSchema]);
export type DraftKey = z.infer<typeof draftKeySchema>;

export const draftKeyOf = (target: DraftTarget): DraftKey =>
  target.kind === 'new' ? 'new' : target.attemptId;

/**
 * An autosaved, not yet saved attempt form. Not to be confused with an open attempt (a
 * "before" saved without an "after"), which is in the journal proper.
 */
export const draftSchema = z.strictObject({
  target: draftTargetSchema,
  fields: attemptFieldsSchema,
  /** When main last saved it (UTC). */
  savedAt: z.iso.datetime(),
});
export type Draft = z.infer<typeof draftSchema>;
