import { z } from 'zod';
import { attemptIdSchema, localDateTimeSchema, outcomes, tagSchema } from './attempts.js';
import { localDateSchema } from './calendar.js';
import { categories } from './challenges.js';

/** Narrows the journal list or a search. `outcome: 'open'` finds drafts (a before without an after). */
export const journalFilterSchema = z.strictObject({
  from: localDateSchema.exactOptional(),
  to: localDateSchema.exactOptional(),
  outcome: z.enum([...outcomes, 'open']).exactOptional(),
  category: z.enum(categories).exactOptional(),
  tag: tagSchema.exactOptional(),
});
export type JournalFilter = z.infer<typeof journalFilterSchema>;

/** One line of the journal list: enough to recognise an entry without its full text. */
export const attemptSummarySchema = z.strictObject({
  id: attemptIdSchema,
  request: z.string(),
  occurredAt: localDateTimeSchema,
  category: z.enum(categories).nullable(),
  difficulty: z.number().nullable(),
  outcome: z.enum(outcomes).nullable(),
  anticipatedSuds: z.number().nullable(),
  peakSuds: z.number().nullable(),
  afterSuds: z.number().nullable(),
  tags: z.array(z.string()),
});
export type AttemptSummary = z.infer<typeof attemptSummarySchema>;

/** Where the next page starts: after this entry, newest first. */
export const journalCursorSchema = z.strictObject({
  occurredAt: localDateTimeSchema,
  id: attemptIdSchema,
});

export const journalPageSchema = z.strictObject({
  items: z.array(attemptSummarySchema),
  next: journalCursorSchema.nullable(),
});
export type JournalPage = z.infer<typeof journalPageSchema>;

/** A piece of a search snippet; `hit` pieces are the words that matched. */
export const snippetPartSchema = z.strictObject({ text: z.string(), hit: z.boolean() });

export const searchHitSchema = z.strictObject({
  attempt: attemptSummarySchema,
  snippet: z.array(snippetPartSchema),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

/** A page of search hits, newest first; `next` continues it, null after the oldest hit. */
export const searchPageSchema = z.strictObject({
  items: z.array(searchHitSchema),
  next: journalCursorSchema.nullable(),
});
export type SearchPage = z.infer<typeof searchPageSchema>;

/** What the user types into search: words, matched as prefixes, all of them required. */
export const searchQuerySchema = z.string().max(200);
