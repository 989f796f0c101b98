import { api } from '../../api/client.js';

/**
 * The draft saves open attempt forms still owe, run when main is about to lock: locking
 * reloads the page, and a reload runs no unmount, so a draft typed in the last second
 * (or one whose autosave failed) would otherwise be lost.
 */
const owed = new Set<() => Promise<void>>();

/** Registers a form's "save now"; returns the function that unregisters it. */
export function oweDraftSaves(saveNow: () => Promise<void>): () => void {
  owed.add(saveNow);
  return () => {
    owed.delete(saveNow);
  };
}

/** Saves every open form's draft now; resolves once main has them. */
async function saveOwedDrafts(): Promise<void> {
  await Promise.all([...owed].map((saveNow) => saveNow()));
}

/**
 * Answers main's "about to lock" (whatever asked for the lock: the rail, the menu, the
 * idle timer, the computer) once the owed drafts are saved, so main need not wait out
 * its bound. Returns the function that stops answering.
 */
export function answerLockRequests(): () => void {
  return api.vault.onLockRequested(({ id }) => {
    // Answered even if a save failed: main locks either way, and sooner is better.
    void saveOwedDrafts().finally(() => void api.vault.draftsSaved({ id }));
  });
}
