import type { JournalLocation, PendingMove } from '../../main/services/vault/journalLocation.js';

/** A JournalLocation in memory; `failWrites` makes every write throw, as a crashed process writes nothing. */
export function memoryJournalLocation(vaultPath: string): JournalLocation & {
  failWrites: boolean;
} {
  const state: { path: string; move: PendingMove | undefined } = {
    path: vaultPath,
    move: undefined,
  };
  const location = {
    failWrites: false,
    vaultPath: () => state.path,
    pendingMove: () => state.move,
    setVaultPath(next: string) {
      if (location.failWrites) throw new Error('The preferences could not be written');
      state.path = next;
    },
    setPendingMove(move: PendingMove | undefined) {
      if (location.failWrites) throw new Error('The preferences could not be written');
      state.move = move;
    },
  };
  return location;
}
