/**
 * The journal's own tables, as exports carry them: everything the user made, nothing
 * derived (the full-text index and the weekly summaries are rebuilt from these) and
 * nothing transient (autosaved drafts). In dependency order: a parent before its
 * children, so an import can insert in this order.
 */
export interface ExportedTable {
  readonly name: string;
  /** The primary key's columns. */
  readonly key: readonly string[];
  /** Rows whose `updated_at` is newer win a merge; tables without it keep the local row. */
  readonly updatedAt: boolean;
  /** For a child table: the parent table and the column that names the parent's id. */
  readonly parent?: { readonly table: string; readonly column: string };
  /**
   * When both copies carry the same edit time but differ, neither can be called newer:
   * `true` keeps both (the file's as a new record); otherwise the local one stays.
   */
  readonly keepBothOnTie?: true;
}

export const exportedTables: readonly ExportedTable[] = [
  { name: 'custom_challenges', key: ['id'], updatedAt: true },
  // A reflection is the user's own writing: when in doubt, never drop a version of it.
  { name: 'attempts', key: ['id'], updatedAt: true, keepBothOnTie: true },
  {
    name: 'attempt_tags',
    key: ['attempt_id', 'tag'],
    updatedAt: false,
    parent: { table: 'attempts', column: 'attempt_id' },
  },
  { name: 'ladders', key: ['id'], updatedAt: true },
  {
    name: 'ladder_rungs',
    key: ['id'],
    updatedAt: false,
    parent: { table: 'ladders', column: 'ladder_id' },
  },
  {
    name: 'rung_ratings',
    key: ['rung_id', 'seq'],
    updatedAt: false,
    parent: { table: 'ladder_rungs', column: 'rung_id' },
  },
  { name: 'plan_items', key: ['id'], updatedAt: true },
  { name: 'self_checks', key: ['id'], updatedAt: false },
  { name: 'journal_settings', key: ['key'], updatedAt: false },
];
