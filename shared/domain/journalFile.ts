import { z } from 'zod';
import { errorCodes } from '../ipc/result.js';

/** Where the journal file is, and whether the last move of it failed after it locked. */
export const journalWhereSchema = z.strictObject({
  path: z.string(),
  folder: z.string(),
  /**
   * A move fails after the journal has locked and the window reloaded, so its answer
   * cannot reach the page that asked: it is kept here until the next move.
   */
  lastMoveFailed: z.enum(errorCodes).nullable(),
});
export type JournalWhere = z.infer<typeof journalWhereSchema>;

/** A move the user may cancel in the folder dialog: an answer, not an error. */
export const journalMovedSchema = z.discriminatedUnion('moved', [
  z.strictObject({ moved: z.literal(false) }),
  z.strictObject({ moved: z.literal(true), path: z.string() }),
]);
export type JournalMoved = z.infer<typeof journalMovedSchema>;

/** A journal file waiting to be opened once the user confirms; only its name crosses. */
export const journalOfferSchema = z.strictObject({ fileName: z.string() });
export type JournalOffer = z.infer<typeof journalOfferSchema>;

export const journalChosenSchema = z.discriminatedUnion('chosen', [
  z.strictObject({ chosen: z.literal(false) }),
  z.strictObject({ chosen: z.literal(true), fileName: z.string() }),
]);
