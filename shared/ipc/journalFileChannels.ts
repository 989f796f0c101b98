import { z } from 'zod';
import {
  journalChosenSchema,
  journalMovedSchema,
  journalOfferSchema,
  journalWhereSchema,
} from '../domain/journalFile.js';

/**
 * Where the journal lives (issue 14): moving it to another folder, and opening another
 * journal file. The folder and file dialogs open in main; the page never names a path.
 * Both lock the open journal and reload the window onto the journal now in use.
 */
export const journalFileChannels = {
  'journals.where': { request: z.undefined(), response: journalWhereSchema },
  /** Asks for a folder, then moves the journal (locked first) with everything beside it. */
  'journals.move': { request: z.undefined(), response: journalMovedSchema },
  /** Asks for a journal file and holds it until `openPending`, which the page confirms. */
  'journals.chooseOther': { request: z.undefined(), response: journalChosenSchema },
  /** The journal file waiting to be opened (chosen, or opened from the desktop), if any. */
  'journals.pending': { request: z.undefined(), response: journalOfferSchema.nullable() },
  /** Locks the open journal and opens the waiting one in its place. */
  'journals.openPending': { request: z.undefined(), response: z.void() },
  'journals.dismissPending': { request: z.undefined(), response: z.void() },
} as const;
