import type { Notice, Notifier } from '../../main/services/reminders/reminders.js';

/** A notifier that keeps what it was asked to show, for tests to read. */
export function recordingNotifier(): Notifier & { readonly shown: Notice[] } {
  const shown: Notice[] = [];
  return { shown, show: (notice) => void shown.push(notice) };
}
