import { useId, useState } from 'react';
import type { LocalDate } from '../../../shared/domain/practice/calendar.js';
import type { Challenge } from '../../../shared/domain/practice/challenges.js';
import { upcomingDays } from '../plan/weekDays.js';
import { DayOptions } from '../plan/DayOptions.js';

/** The keyboard path to the plan: a day in the next two weeks, then the flooding guard. */
export function AddToPlan({
  challenge,
  today,
  onPropose,
}: {
  readonly challenge: Challenge;
  readonly today: LocalDate;
  readonly onPropose: (challenge: Challenge, day: LocalDate) => void;
}) {
  const id = useId();
  const days = upcomingDays(today);
  const [day, setDay] = useState<LocalDate>(today);
  return (
    <div className="inline-action">
      <label htmlFor={`${id}-day`}>Day</label>
      <div className="inline-row">
        <select
          id={`${id}-day`}
          value={day}
          onChange={(event) => setDay(event.target.value as LocalDate)}
        >
          <DayOptions days={days} />
        </select>
        <button type="button" className="secondary" onClick={() => onPropose(challenge, day)}>
          Add to plan
        </button>
      </div>
    </div>
  );
}
