import { z } from 'zod';

/** Where a request happens; the library covers each, and suggestions vary across them. */
export const categories = [
  'food_and_shops',
  'strangers',
  'work_and_study',
  'social',
  'money',
  'online',
  'public_places',
  'services',
] as const;
export type Category = (typeof categories)[number];

export const categoryNames: Record<Category, string> = {
  food_and_shops: 'Food & shops',
  strangers: 'Strangers',
  work_and_study: 'Work & study',
  social: 'Friends & social',
  money: 'Money',
  online: 'Online',
  public_places: 'Public places',
  services: 'Services & officials',
};

/** 1 = trivial … 10 = very daunting. */
export const difficultySchema = z.number().int().min(1).max(10);
export type Difficulty = z.infer<typeof difficultySchema>;

/** Library challenges are `lib.<slug>`; the user's own are `custom.<uuid>`. */
export const challengeIdSchema = z
  .string()
  .max(80)
  .regex(/^(lib\.[a-z0-9-]+|custom\.[0-9a-f-]{36})$/, 'not a challenge id');
export type ChallengeId = z.infer<typeof challengeIdSchema>;

/** A request or a title: a line, short enough to read at a glance in a list. */
export const titleMaxLength = 140;
export const titleSchema = z.string().trim().min(1, 'cannot be empty').max(titleMaxLength);
export const shortTextMaxLength = 1_000;
export const shortTextSchema = z.string().max(shortTextMaxLength);

/** A request likely to be refused (domain.md, "Vocabulary"). */
export const challengeSchema = z.strictObject({
  id: challengeIdSchema,
  title: titleSchema,
  description: shortTextSchema,
  category: z.enum(categories),
  difficulty: difficultySchema,
  /** How to do it without crossing anyone's boundaries (domain.md, rule 2). */
  boundaryNotes: shortTextSchema,
  source: z.enum(['library', 'custom']),
});
export type Challenge = z.infer<typeof challengeSchema>;

/** A built-in challenge, with the library version that first shipped it. */
export interface LibraryChallenge extends Omit<Challenge, 'source'> {
  readonly since: number;
}
