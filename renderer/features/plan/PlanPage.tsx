import { useEffect, useId, useMemo, useState } from 'react';
import {
  addWeeks,
  isoWeekOf,
  localDateOf,
  type LocalDate,
} from '../../../shared/domain/practice/calendar.js';
import type { Challenge } from '../../../shared/domain/practice/challenges.js';
import type { NextStep } from '../../../shared/domain/practice/nextSteps.js';
import type { PlanItem } from '../../../shared/domain/practice/plans.js';
import type { Result } from '../../../shared/ipc/result.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ChallengePicker } from './ChallengePicker.js';
import type { Dragged } from './dragData.js';
import { NextSteps } from './NextSteps.js';
import { PlanWeek } from './PlanWeek.js';
import type { PlanItemActions } from './PlanItemCard.js';
import { StepAdvice } from './StepAdvice.js';
import { NudgeChoice } from './NudgeChoice.js';
import { usePlacement } from './usePlacement.js';
import { useWeekPlan } from './useWeekPlan.js';
import { nameWeek, planDays } from './weekDays.js';
import './plan.css';

/**
 * The week's plan (Monday to Sunday): what is planned, done, skipped or moved, with
 * challenges placed through the flooding guard and the practice's next steps beside it.
 */
export function PlanPage() {
  const id = useId();
  const [today] = useState(() => localDateOf(new Date()));
  const thisWeek = isoWeekOf(today);
  const [week, setWeek] = useState(thisWeek);
  const days = useMemo(() => planDays(week, today), [week, today]);
  const plan = useWeekPlan(week);
  const [challenges, setChallenges] = useState<readonly Challenge[]>([]);
  const [steps, setSteps] = useState<readonly NextStep[]>();
  const [error, setError] = useState<string>();
  const [chosenDay, setChosenDay] = useState<LocalDate>(today);
  const flow = usePlacement(plan.reload);

  // The picker's day stays in the week shown: today in this week, else its Monday.
  const pickDay = days.some((day) => day.date === chosenDay)
    ? chosenDay
    : ((days.find((day) => day.isToday) ?? days[0])?.date ?? today);
  const pickDayName = days.find((day) => day.date === pickDay)?.name ?? pickDay;
  // A suggestion already in this week's plan has been taken up: offering it again invites a
  // second copy of the same step.
  const placedIds = new Set(
    (plan.items ?? []).filter((item) => item.status !== 'moved').map((item) => item.challenge.id),
  );
  const openSteps = steps?.filter((step) => !placedIds.has(step.challenge.id));

  useEffect(() => {
    void Promise.all([api.challenges.list(), api.plan.suggest()]).then(([list, next]) => {
      if (list.ok) setChallenges(list.value);
      else setError(describeError(list.error));
      if (next.ok) setSteps(next.value);
      else setError(describeError(next.error));
    });
  }, []);

  const afterChange = async (call: Promise<Result<unknown>>) => {
    const result = await call;
    if (result.ok) setError(undefined);
    else setError(describeError(result.error));
    plan.reload();
  };
  const actions: PlanItemActions = {
    move: (item, to) => afterChange(api.plan.move({ id: item.id, to })),
    skip: (item, reason) => afterChange(api.plan.skip({ id: item.id, reason })),
    remove: (item) => afterChange(api.plan.remove({ id: item.id })),
  };

  const drop = (dragged: Dragged, day: LocalDate) => {
    if (dragged.kind === 'challenge') {
      const challenge = challenges.find((candidate) => candidate.id === dragged.challengeId);
      if (challenge) void flow.propose(challenge, day);
      return;
    }
    const item: PlanItem | undefined = plan.items?.find(
      (candidate) => candidate.id === dragged.planItemId,
    );
    if (item?.status === 'planned' && item.day !== day) void actions.move(item, day);
  };

  return (
    <section className="page wide plan-page" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Plan</h1>
      <div className="week-nav" role="group" aria-label="Week">
        <button type="button" className="secondary" onClick={() => setWeek(addWeeks(week, -1))}>
          Previous week
        </button>
        <button
          type="button"
          className="secondary"
          disabled={week === thisWeek}
          onClick={() => setWeek(thisWeek)}
        >
          This week
        </button>
        <button type="button" className="secondary" onClick={() => setWeek(addWeeks(week, 1))}>
          Next week
        </button>
        <h2 className="week-title" aria-live="polite">
          {nameWeek(week)}
          {week === thisWeek && <span className="hint"> · this week</span>}
        </h2>
      </div>
      <ErrorAlert message={error ?? plan.error} />
      <div className="plan-layout">
        <PlanWeek days={days} items={plan.items} today={today} actions={actions} onDrop={drop} />
        <aside className="plan-aside" aria-label="Place challenges">
          <ChallengePicker
            challenges={challenges}
            days={days}
            day={pickDay}
            onDayChange={setChosenDay}
            onPick={(challenge) => void flow.propose(challenge, pickDay)}
          />
          <NudgeChoice flow={flow} />
          <StepAdvice flow={flow} />
          {openSteps && (
            <NextSteps
              steps={openSteps}
              dayName={pickDayName}
              onPick={(challenge) => void flow.propose(challenge, pickDay)}
            />
          )}
        </aside>
      </div>
    </section>
  );
}
