import { format } from '../../app/format.js';
import { useId } from 'react';
import { daysOfWeek, mondayOf, type LocalDate } from '../../../shared/domain/practice/calendar.js';
import { describeError } from '../../api/errorText.js';
import { useNavigate } from '../../app/navigation.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { TodaySection } from './TodaySection.js';
import { useThisWeek, type ThisWeek } from './useThisWeek.js';
import { WeeklyCheckIn } from './WeeklyCheckIn.js';
import { WellbeingNotice } from './WellbeingNotice.js';
import { nextStepHint } from '../plan/stepHints.js';
import { dayName, shortDayName, statusText } from './weekText.js';
import './week.css';

/** The week at a glance: a column per day, today marked. */
function WeekDays({ week }: { readonly week: ThisWeek }) {
  const navigate = useNavigate();
  const id = useId();
  const itemsOn = (day: LocalDate) => week.items.filter((item) => item.day === day);
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>The week</h2>
      <ol className="week-days">
        {daysOfWeek(week.week).map((day) => (
          <li
            key={day}
            className="card week-day"
            aria-current={day === week.today ? 'date' : undefined}
            aria-label={dayName(day)}
          >
            <h3 aria-hidden="true">{shortDayName(day)}</h3>
            {itemsOn(day).length === 0 ? (
              <p className="hint">Free</p>
            ) : (
              <ul>
                {itemsOn(day).map((item) => (
                  <li key={item.id} className={`plan-status-${item.status}`}>
                    <span>{item.challenge.title}</span>
                    <span className="hint"> · {statusText(item)}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <button type="button" className="secondary" onClick={() => navigate({ screen: 'plan' })}>
        Open the plan
      </button>
    </section>
  );
}

/** What the practice suggests next: the next rung, a step up, an old fear checked again. */
function NextSteps({ suggestions }: { readonly suggestions: ThisWeek['suggestions'] }) {
  const navigate = useNavigate();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Next steps</h2>
      {suggestions.length === 0 ? (
        <p className="hint">
          Suggestions appear once you have a ladder or a few attempts behind you.
        </p>
      ) : (
        <ul className="week-next-steps">
          {suggestions.map((step) => (
            <li key={step.challenge.id} className="card">
              <h3>{step.challenge.title}</h3>
              <p className="hint">{nextStepHint(step)}</p>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="secondary"
        onClick={() => navigate({ screen: 'challenges' })}
      >
        Browse challenges
      </button>
    </section>
  );
}

const streakText = (weeks: number): string =>
  weeks === 0
    ? 'No streak yet: one attempt this week starts one.'
    : `${format.count(weeks, { one: 'week', other: 'weeks' })} of practice in a row.`;

/**
 * Home: the week's plan, today's challenge with a one-click start, the next suggested
 * steps, the streak in weeks, and a kind notice when the practice seems to hurt.
 */
export function WeekPage() {
  const state = useThisWeek();
  const id = useId();
  return (
    <section className="page wide week-page" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>This week</h1>
      {state.status === 'loading' && <p role="status">Loading…</p>}
      {state.status === 'failed' && <ErrorAlert message={describeError(state.error)} />}
      {state.status === 'ready' && (
        <>
          <p className="lead">
            Week of {dayName(mondayOf(state.week.week))}.{' '}
            <span className="streak">{streakText(state.week.streakWeeks)}</span>
          </p>
          {state.week.wellbeing && <WellbeingNotice notice={state.week.wellbeing} />}
          <TodaySection today={state.week.today} items={state.week.todayItems} />
          <WeekDays week={state.week} />
          <NextSteps suggestions={state.week.suggestions} />
          <WeeklyCheckIn />
        </>
      )}
    </section>
  );
}
