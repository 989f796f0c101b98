import type { RouterLog } from '../../main/ipc/router.js';

/** A RouterLog that keeps what it was told, for assertions. */
export function recordingLog(): RouterLog & {
  readonly entries: { message: string; error: unknown }[];
} {
  const entries: { message: string; error: unknown }[] = [];
  return { entries, error: (message, error) => entries.push({ message, error }) };
}
