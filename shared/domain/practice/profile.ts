import { z } from 'zod';

/**
 * The friend the user tells before a challenge and calls after it (domain.md, rule 3).
 * Kept inside the encrypted journal: a name and a phone number are private too.
 */
export const trustedPersonSchema = z.strictObject({
  name: z.string().trim().min(1, 'cannot be empty').max(80),
  howToReach: z.string().max(200),
});
export type TrustedPerson = z.infer<typeof trustedPersonSchema>;
