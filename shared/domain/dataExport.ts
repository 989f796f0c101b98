import { z } from 'zod';

/** The plain (unencrypted) copies the user can ask for: docs/export-format.md. */
export const plainFormats = ['json', 'csv', 'markdown'] as const;
export type PlainFormat = (typeof plainFormats)[number];

/**
 * What an import or merge did: records added or replaced, those left as the journal had
 * them, and reflections kept twice (both copies edited at the same moment, differently).
 */
export const importSummarySchema = z.strictObject({
  added: z.number().int().min(0),
  replaced: z.number().int().min(0),
  keptLocal: z.number().int().min(0),
  keptBoth: z.number().int().min(0),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

export const importResultSchema = z.discriminatedUnion('imported', [
  z.strictObject({ imported: z.literal(false) }),
  z.strictObject({ imported: z.literal(true), summary: importSummarySchema }),
]);
export type ImportResult = z.infer<typeof importResultSchema>;

/**
 * Another version of the journal kept beside it, after its file was changed elsewhere
 * (docs/vault.md, "A vault on a synced folder"): a complete vault, to merge in or delete.
 */
export const otherVersionSchema = z.strictObject({
  fileName: z.string(),
  /** When that version was last written. */
  modifiedAt: z.iso.datetime(),
  sizeBytes: z.number().int().min(0),
});
export type OtherVersion = z.infer<typeof otherVersionSchema>;

/** Names one of the other versions listed: never a path, only a name from the list. */
export const otherVersionNameSchema = z.string().min(1).max(255);
