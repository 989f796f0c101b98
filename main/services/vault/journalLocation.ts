/** A move under way: written before the first copy, cleared once the old files are gone. */
export interface PendingMove {
  readonly from: string;
  readonly to: string;
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
