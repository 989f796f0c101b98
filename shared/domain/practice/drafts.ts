import { z } from 'zod';
import {
  attemptBeforeSchema,
  attemptIdSchema,
  copingWays,
  outcomes,
  percentSchema,
  sudsSchema,
  surpriseSchema,
  unrated,
} from './attempts.js';
import { planItemIdSchema } from './plans.js';

/**
 * How much of one field a draft keeps: ten times a reflection's limit. A draft holds
 * what was typed, not what may be saved — a paste past a field's limit stays whole in
 * the form, marked too long, and must survive a lock or a restart until the user trims
 * it. Seven fields at this size still fit the IPC guard's two million characters
 * (main/ipc/payloadGuard.ts), so a draft is never refused for its size alone.
 */
export const draftTextMaxLength = 200_000;
const draftText = z.string().max(draftTextMaxLength);

/**
 * The attempt form as its inputs hold it, half-filled as it may be: a blank request, a
 * date still being typed, tags as one comma-separated line, a field still too long to
 * save. Autosaved drafts store this.
 */
export const attemptFieldsSchema = z.strictObject({
  request: draftText,
  occurredAt: z.string().max(16),
  anticipatedSuds: unrated(sudsSchema),
  predictedNoPercent: unrated(percentSchema),
  fearedConsequence: draftText,
  safetyBehaviours: draftText,
  /** '' while the user has not said how it went (an open attempt). */
  outcome: z.enum([...outcomes, '']),
  peakSuds: unrated(sudsSchema),
  afterSuds: unrated(sudsSchema),
  surprise: unrated(surpriseSchema),
  whatHappened: draftText,
  learned: draftText,
  coping: z.array(z.enum(copingWays)).max(copingWays.length),
  copingNote: draftText,
  tags: draftText,
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
