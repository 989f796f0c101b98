/**
 * The draft saves open attempt forms still owe, for the rail's Lock to run first:
 * locking reloads the page, and a reload runs no unmount, so a draft typed in the last
 * second (or one whose autosave failed) would otherwise be lost.
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
export async function saveOwedDrafts(): Promise<void> {
  await Promise.all([...owed].map((saveNow) => saveNow()));
}
