import { z } from 'zod';
import { attemptIdSchema, type Outcome } from './attempts.js';
import { isoWeekSchema, localDateSchema } from './calendar.js';
import { challengeSchema, shortTextSchema } from './challenges.js';

export const planItemIdSchema = z.uuid();

/**
 * A plan item's status. `begun`, `done` and `not_tried` follow the attempt saved for the
 * item (see `statusFromAttempt`); `skipped` and `moved` are the user's choices on the plan.
 */
export const planStatuses = ['planned', 'begun', 'done', 'not_tried', 'skipped', 'moved'] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** The statuses an item has while an attempt is saved for it. */
export const attemptStatuses = ['begun', 'done', 'not_tried'] as const;
export type AttemptStatus = (typeof attemptStatuses)[number];

/**
 * The one rule for what a plan item's attempt makes of it: only an ask that happened
 * (rejected, accepted or partly) is done; a "before" alone is begun; "didn't try" is
 * not tried; no attempt (deleted) leaves it planned. Create, update, delete, undo and
 * migration 4 all go by it.
 */
export function statusFromAttempt(
  attempt: { readonly after: { readonly outcome: Outcome } | null } | null,
): AttemptStatus | 'planned' {
  if (attempt === null) return 'planned';
  if (attempt.after === null) return 'begun';
  return attempt.after.outcome === 'not_tried' ? 'not_tried' : 'done';
}

const common = {
  id: planItemIdSchema,
  week: isoWeekSchema,
  day: localDateSchema,
  challenge: challengeSchema,
  /** Nudge the user to call their trusted person an hour after (rule 3). */
  nudgeTrustedPerson: z.boolean(),
};

/**
 * A challenge placed on a day of an ISO week. Each status carries only what belongs to
 * it: the attempt once one is saved, the reason of a skip, the day a move went to.
 */
export const planItemSchema = z.discriminatedUnion('status', [
  z.strictObject({
    ...common,
    status: z.literal('planned'),
    skipReason: z.null(),
    movedTo: z.null(),
    attemptId: z.null(),
  }),
  z.strictObject({
    ...common,
    status: z.enum(attemptStatuses),
    skipReason: z.null(),
    movedTo: z.null(),
    /** The attempt saved for this item; the status follows it. */
    attemptId: attemptIdSchema,
  }),
  z.strictObject({
    ...common,
    status: z.literal('skipped'),
    /** Why it was skipped: no shame, but worth knowing (know when to quit, rule 4). */
    skipReason: shortTextSchema.nullable(),
    movedTo: z.null(),
    attemptId: z.null(),
  }),
  z.strictObject({
    ...common,
    status: z.literal('moved'),
    skipReason: z.null(),
    /** Where the item went; a new planned item waits there. */
    movedTo: localDateSchema,
    attemptId: z.null(),
  }),
]);
export type PlanItem = z.infer<typeof planItemSchema>;
