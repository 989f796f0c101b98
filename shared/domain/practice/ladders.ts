import { z } from 'zod';
import { localDateSchema } from './calendar.js';
import { challengeSchema, shortTextSchema, titleSchema } from './challenges.js';
import { sudsSchema } from './attempts.js';

export const ladderIdSchema = z.uuid();
export const rungIdSchema = z.uuid();

/** Exposure practice usually builds 10–15 rungs; more than 30 is no longer a ladder. */
export const maxRungs = 30;

/** One rating of a rung: how distressing the user expects it to be, on a given day. */
export const rungRatingSchema = z.strictObject({ suds: sudsSchema, ratedOn: localDateSchema });
export type RungRating = z.infer<typeof rungRatingSchema>;

export const rungSchema = z.strictObject({
  id: rungIdSchema,
  challenge: challengeSchema,
  /** Every rating, oldest first; the last is the current one. Empty until rated. */
  ratings: z.array(rungRatingSchema),
});
export type Rung = z.infer<typeof rungSchema>;

/** A fear hierarchy: the user's own ordered challenges towards one goal, easiest first. */
export const ladderSchema = z.strictObject({
  id: ladderIdSchema,
  title: titleSchema,
  goal: shortTextSchema,
  rungs: z.array(rungSchema).max(maxRungs),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Ladder = z.infer<typeof ladderSchema>;
