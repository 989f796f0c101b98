import type { AppLog, FailurePlace, LifecycleEvent } from '../../main/services/log/appLog.js';

/** An AppLog that keeps what it was told, for assertions: failures and events apart. */
export function recordingLog(): AppLog & {
  readonly entries: { place: FailurePlace; error: unknown }[];
  readonly events: LifecycleEvent[];
} {
  const entries: { place: FailurePlace; error: unknown }[] = [];
  const events: LifecycleEvent[] = [];
  return {
    entries,
    events,
    error: (place, error) => entries.push({ place, error }),
    event: (event) => events.push(event),
  };
}
