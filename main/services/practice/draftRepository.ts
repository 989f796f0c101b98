import {
  draftKeyOf,
  draftSchema,
  type Draft,
  type DraftKey,
} from '../../../shared/domain/practice/drafts.js';
import type { ReadDb, WriteTx } from '../database/statements.js';

/**
 * The draft under `key`, or null. Read back through its schema: a draft written by an
 * older form that this one no longer reads is not worth an error the user cannot act on.
 */
export function findDraft(db: ReadDb, key: DraftKey): Draft | null {
  const row = db.get<{ draft: string }>('SELECT draft FROM drafts WHERE key = ?', [key]);
  if (!row) return null;
  const parsed = draftSchema.safeParse(JSON.parse(row.draft));
  return parsed.success ? parsed.data : null;
}

/** Writes the draft over any earlier one with the same key. */
export function saveDraft(tx: WriteTx, draft: Draft): void {
  tx.run('INSERT OR REPLACE INTO drafts (key, draft, saved_at) VALUES (?, ?, ?)', [
    draftKeyOf(draft.target),
    JSON.stringify(draft),
    draft.savedAt,
  ]);
}

export function deleteDraft(tx: WriteTx, key: DraftKey): void {
  tx.run('DELETE FROM drafts WHERE key = ?', [key]);
}
