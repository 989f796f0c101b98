import { useId, useMemo, useState } from 'react';
import type { LocalDate } from '../../../shared/domain/practice/calendar.js';
import { categoryNames, type Challenge } from '../../../shared/domain/practice/challenges.js';
import { filterChallenges, noFilter } from '../challenges/challengeFilters.js';
import type { PlanDay } from './weekDays.js';
import { DayOptions } from './DayOptions.js';

/** Enough to choose from without a long scroll; searching narrows the rest. */
const shownAtOnce = 8;

/** Finds a challenge by words and places it on a chosen day of the week shown. */
export function ChallengePicker({
  challenges,
  days,
  day,
  onDayChange,
  onPick,
}: {
  readonly challenges: readonly Challenge[];
  readonly days: readonly PlanDay[];
  readonly day: LocalDate;
  readonly onDayChange: (day: LocalDate) => void;
  readonly onPick: (challenge: Challenge) => void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const matches = useMemo(
    () =>
      filterChallenges(challenges, { ...noFilter, text })
        .sort((a, b) => a.difficulty - b.difficulty || a.title.localeCompare(b.title))
        .slice(0, shownAtOnce),
    [challenges, text],
  );
  const dayName = days.find((candidate) => candidate.date === day)?.name ?? day;

  return (
    <div className="card picker" role="group" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Place a challenge</h2>
      <div className="picker-fields">
        <div className="field">
          <label htmlFor={`${id}-day`}>Day</label>
          <select
            id={`${id}-day`}
            value={day}
            onChange={(event) => onDayChange(event.target.value as LocalDate)}
          >
            <DayOptions days={days} />
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-search`}>Find a challenge</label>
          <input
            id={`${id}-search`}
            type="search"
            value={text}
            maxLength={200}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
      </div>
      {matches.length === 0 ? (
        <p className="hint">Nothing matches. Try fewer words.</p>
      ) : (
        <ul className="picker-results" aria-label="Matching challenges">
          {matches.map((challenge) => (
            <li key={challenge.id}>
              <span>
                {challenge.title}
                <span className="hint">
                  Difficulty {challenge.difficulty} · {categoryNames[challenge.category]}
                </span>
              </span>
              <button type="button" className="secondary" onClick={() => onPick(challenge)}>
                Place<span className="visually-hidden"> “{challenge.title}”</span> on {dayName}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
