import { AppFailure } from '../services/appFailure.js';

/**
 * What the user is told when the app cannot start: before any window exists, so in the
 * system's own error box. Plain words first; the failure's own sentence after, and where
 * the log is, for a support request. The journal is only ever written once open, so it
 * is untouched.
 */
export function startFailureMessage(
  error: unknown,
  logFile: string | undefined,
): { title: string; content: string } {
  const detail =
    error instanceof AppFailure || error instanceof Error ? error.message : String(error);
  const log =
    logFile === undefined
      ? 'No log could be written.'
      : `The log of what happened is in ${logFile}`;
  return {
    title: 'Ask Anyway could not start',
    content: `Ask Anyway could not start, and has closed. Your journal has not been changed.\n\nWhat went wrong: ${detail}\n\n${log}`,
  };
}
