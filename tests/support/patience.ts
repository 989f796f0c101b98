/**
 * How long a test waits for something it can observe, set once for the whole suite.
 *
 * CI runs on a fresh two-core machine that may be busy with something else: a print, a
 * real fsync or an axe run that takes a second here can take twenty there. Every wait is
 * on a state (never a fixed sleep) and gives up only after this long, so a slow machine
 * passes and a real hang still fails.
 */
export const observableWaitMs = 30_000;

/** How often a polled state is read again: often enough that a fast run stays fast. */
export const pollIntervalMs = 50;
