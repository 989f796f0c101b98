import { useId, useState } from 'react';
import type { Settings, SettingsPatch } from '../../../shared/domain/settings.js';
import { deliveryProblem } from './deliveryProblem.js';
import { useReminderDelivery } from './useReminderDelivery.js';

interface RemindersSectionProps {
  readonly settings: Pick<Settings, 'reminders' | 'keepRunningInTray' | 'startAtLogin'>;
  readonly save: (patch: SettingsPatch) => Promise<void>;
}

/**
 * The daily reminder on days with a plan. The trusted-person nudge is asked for per
 * challenge, when it is planned; both are described here, with what they never show,
 * whether the system shows them, and how to keep them coming with the window closed.
 */
export function RemindersSection({ settings, save }: RemindersSectionProps) {
  const { reminders } = settings;
  const id = useId();
  // The time input reports every keystroke; only a whole time is saved.
  const [time, setTime] = useState(reminders.time);
  const delivery = useReminderDelivery();
  const problem = delivery && deliveryProblem(delivery);
  return (
    <fieldset className="card">
      <legend>Reminders</legend>
      {problem !== undefined && (
        // A lasting state, read when Settings opens: announced politely, not as an alarm.
        <p role="status" className="notice">
          {problem}
        </p>
      )}
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
        is locked; on a day it has not been opened, the reminder only says it is time.
      </p>
      <div className="choice">
        <input
          id={`${id}-tray`}
          type="checkbox"
          checked={settings.keepRunningInTray}
          aria-describedby={`${id}-tray-hint`}
          onChange={(event) => void save({ keepRunningInTray: event.target.checked })}
        />
        <div>
          <label htmlFor={`${id}-tray`} className="choice-label">
            Keep running in the tray (menu bar on macOS) when the window is closed, so reminders
            arrive
          </label>
          <span id={`${id}-tray-hint`} className="hint">
            Closing the window then locks your journal. Open Ask Anyway again from its icon, or quit
            it there.
          </span>
        </div>
      </div>
      <div className="choice">
        <input
          id={`${id}-login`}
          type="checkbox"
          checked={settings.startAtLogin}
          aria-describedby={`${id}-login-hint`}
          onChange={(event) => void save({ startAtLogin: event.target.checked })}
        />
        <div>
          <label htmlFor={`${id}-login`} className="choice-label">
            Start Ask Anyway when I log in
          </label>
          <span id={`${id}-login-hint`} className="hint">
            {settings.keepRunningInTray
              ? 'It starts in the tray, without opening a window.'
              : 'It opens its window when you log in.'}
          </span>
        </div>
      </div>
    </fieldset>
  );
}
