import { z } from 'zod';
import { attemptIdSchema } from './attempts.js';
import { isoWeekSchema, localDateSchema } from './calendar.js';
import { challengeSchema, shortTextSchema } from './challenges.js';

export const planItemIdSchema = z.uuid();

export const planStatuses = ['planned', 'done', 'skipped', 'moved'] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** A challenge placed on a day of an ISO week. */
export const planItemSchema = z.strictObject({
  id: planItemIdSchema,
  week: isoWeekSchema,
  day: localDateSchema,
  challenge: challengeSchema,
  status: z.enum(planStatuses),
  /** Why it was skipped: no shame, but worth knowing (know when to quit, rule 4). */
  skipReason: shortTextSchema.nullable(),
  /** Where a moved item went; a new planned item waits there. */
  movedTo: localDateSchema.nullable(),
  /** The attempt that did it, once done. */
  attemptId: attemptIdSchema.nullable(),
  /** Nudge the user to call their trusted person an hour after (rule 3). */
  nudgeTrustedPerson: z.boolean(),
});
export type PlanItem = z.infer<typeof planItemSchema>;
