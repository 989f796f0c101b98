/** A move under way: written before the first copy, cleared once the old files are gone. */
export interface PendingMove {
  readonly from: string;
  readonly to: string;
  /**
   * Noted just after the path switched to `to`: from then on the copies at `to` are the
   * journal, and nothing there may be removed, even if the path is later set elsewhere.
   */
  readonly switched?: true;
}

/**
 * Where the journal lives, as remembered outside it (the preferences file in the app).
 * Each setter is one durable write: `setVaultPath` is the moment a move switches over.
 */
export interface JournalLocation {
  /** The journal's path: the one chosen last, or the default in the data folder. */
  vaultPath(): string;
  setVaultPath(vaultPath: string): void;
  /** A move that has begun and not finished (a crash, or old files that would not go). */
  pendingMove(): PendingMove | undefined;
  setPendingMove(move: PendingMove | undefined): void;
}
