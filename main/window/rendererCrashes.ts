/** How many times in a row the window is reloaded after its page dies, within a minute. */
export const reloadsAfterCrash = 3;
export const crashMemoryMs = 60_000;

/**
 * Decides what follows the window's page dying: reload it, or — after `reloadsAfterCrash`
 * deaths within a minute, when reloading only loops — give up and show a plain page
 * that says so. `now` is the clock in milliseconds.
 */
export function rendererCrashPolicy(now: () => number): () => 'reload' | 'give-up' {
  let recent: number[] = [];
  return () => {
    const at = now();
    recent = [...recent.filter((earlier) => at - earlier < crashMemoryMs), at];
    return recent.length > reloadsAfterCrash ? 'give-up' : 'reload';
  };
}

/** The page shown once reloading has been given up: plain, with nothing to run. */
export const gaveUpPage = `data:text/html;charset=utf-8,${encodeURIComponent(
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>Ask Anyway</title>
<body style="font: 16px system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; line-height: 1.5">
<h1>Ask Anyway’s window keeps stopping</h1>
<p>The window stopped several times in a row, so it is not being reopened again. Your
journal is locked and safe: everything you saved is in its encrypted file.</p>
<p>Quit Ask Anyway and start it again. If this keeps happening, the app may need to be
updated or reinstalled; your journal is kept apart from it.</p>
</body></html>`,
)}`;
