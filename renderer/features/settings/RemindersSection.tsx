import { useId, useState } from 'react';
import type { Reminders, SettingsPatch } from '../../../shared/domain/settings.js';

interface RemindersSectionProps {
  readonly reminders: Reminders;
  readonly save: (patch: SettingsPatch) => Promise<void>;
}

/**
 * The daily reminder on days with a plan. The trusted-person nudge is asked for per
 * challenge, when it is planned; both are described here, with what they never show.
 */
export function RemindersSection({ reminders, save }: RemindersSectionProps) {
  const id = useId();
  // The time input reports every keystroke; only a whole time is saved.
  const [time, setTime] = useState(reminders.time);
  return (
    <fieldset className="card">
      <legend>Reminders</legend>
      <div className="choice">
        <input
          id={`${id}-daily`}
          type="checkbox"
          checked={reminders.daily}
          aria-describedby={`${id}-hint`}
          onChange={(event) =>
            void save({ reminders: { ...reminders, daily: event.target.checked } })
          }
        />
        <label htmlFor={`${id}-daily`} className="choice-label">
          Remind me on days with a planned challenge
        </label>
      </div>
      <div className="field">
        <label htmlFor={`${id}-time`}>At</label>
        <input
          id={`${id}-time`}
          type="time"
          value={time}
          disabled={!reminders.daily}
          onChange={(event) => {
            setTime(event.target.value);
            if (/^\d{2}:\d{2}$/.test(event.target.value))
              void save({ reminders: { ...reminders, time: event.target.value } });
          }}
        />
      </div>
      <p id={`${id}-hint`} className="hint">
        A notification says only that something is planned, never what: your screen may be shared.
        If you ask for a nudge when you plan a challenge, one comes an hour after you log it, to
        call your trusted person. Reminders come while Ask Anyway is running, also when the journal
        is locked.
      </p>
    </fieldset>
  );
}
