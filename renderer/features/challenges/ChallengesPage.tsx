import { useId, useMemo, useState } from 'react';
import {
  isoWeekOf,
  localDateOf,
  type LocalDate,
} from '../../../shared/domain/practice/calendar.js';
import type { Challenge } from '../../../shared/domain/practice/challenges.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import type { Dragged } from '../plan/dragData.js';
import { StepAdvice } from '../plan/StepAdvice.js';
import { NudgeChoice } from '../plan/NudgeChoice.js';
import { usePlacement } from '../plan/usePlacement.js';
import { useWeekPlan } from '../plan/useWeekPlan.js';
import { ChallengeDetail } from './ChallengeDetail.js';
import { ChallengeFilters } from './ChallengeFilters.js';
import {
  filterChallenges,
  groupChallenges,
  noFilter,
  type ChallengeFilter,
} from './challengeFilters.js';
import { ChallengeList } from './ChallengeList.js';
import { CustomChallengeForm } from './CustomChallengeForm.js';
import { PlanStrip } from './PlanStrip.js';
import { useLibrary } from './useLibrary.js';
import './challenges.css';

/**
 * The challenge library, built-in and the user's own: find one, read how to ask it
 * kindly, and put it on a ladder or a day of the plan; or write one of your own.
 */
export function ChallengesPage() {
  const id = useId();
  const [today] = useState(() => localDateOf(new Date()));
  const library = useLibrary();
  const week = useWeekPlan(isoWeekOf(today));
  const flow = usePlacement(week.reload);
  const [filter, setFilter] = useState<ChallengeFilter>(noFilter);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string>();

  const groups = useMemo(
    () => groupChallenges(filterChallenges(library.challenges ?? [], filter)),
    [library.challenges, filter],
  );
  const selected = library.challenges?.find((challenge) => challenge.id === selectedId);

  const propose = (challenge: Challenge, day: LocalDate) => {
    setSelectedId(challenge.id);
    void flow.propose(challenge, day);
  };
  const drop = (dragged: Dragged, day: LocalDate) => {
    if (dragged.kind !== 'challenge') return;
    const challenge = library.challenges?.find((c) => c.id === dragged.challengeId);
    if (challenge) propose(challenge, day);
  };

  return (
    <section className="page wide challenges-page" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Challenges</h1>
      <p className="lead">
        Small, refusable requests, easiest first. Start low and climb one or two steps at a time.
      </p>
      <div className="actions">
        <button type="button" onClick={() => setCreating(true)} disabled={creating}>
          Create your own challenge
        </button>
      </div>
      <p role="status" className="status saved">
        {notice}
      </p>
      <ErrorAlert message={library.error ?? week.error} />
      {creating && (
        <CustomChallengeForm
          onCancel={() => setCreating(false)}
          onCreated={(challenge) => {
            setCreating(false);
            setNotice(`Saved “${challenge.title}”.`);
            setSelectedId(challenge.id);
            library.reload();
          }}
        />
      )}
      <div className="challenges-layout">
        <div>
          <ChallengeFilters filter={filter} onChange={setFilter} />
          {library.challenges && (
            <ChallengeList
              groups={groups}
              selectedId={selectedId}
              onSelect={(challenge) => setSelectedId(challenge.id)}
            />
          )}
        </div>
        <aside className="challenges-aside" aria-label="Chosen challenge">
          <PlanStrip today={today} items={week.items ?? []} onDrop={drop} />
          <NudgeChoice flow={flow} />
          <StepAdvice flow={flow} />
          {selected ? (
            <ChallengeDetail
              challenge={selected}
              ladders={library.ladders}
              today={today}
              onPropose={propose}
              onLadderChanged={library.reload}
              onDeleted={() => {
                setNotice(`Deleted “${selected.title}”.`);
                setSelectedId(null);
                library.reload();
              }}
            />
          ) : (
            <p className="hint">Choose a challenge to see how to ask it, and its boundary notes.</p>
          )}
        </aside>
      </div>
    </section>
  );
}
