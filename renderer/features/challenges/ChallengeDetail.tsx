import { useId } from 'react';
import type { LocalDate } from '../../../shared/domain/practice/calendar.js';
import { categoryNames, type Challenge } from '../../../shared/domain/practice/challenges.js';
import type { Ladder } from '../../../shared/domain/practice/ladders.js';
import { AddToLadder } from './AddToLadder.js';
import { AddToPlan } from './AddToPlan.js';
import { DeleteChallenge } from './DeleteChallenge.js';

/** One challenge: what it asks, how to respect the other person, and where to put it. */
export function ChallengeDetail({
  challenge,
  ladders,
  today,
  onPropose,
  onLadderChanged,
  onDeleted,
}: {
  readonly challenge: Challenge;
  readonly ladders: readonly Ladder[];
  readonly today: LocalDate;
  readonly onPropose: (challenge: Challenge, day: LocalDate) => void;
  readonly onLadderChanged: (ladder: Ladder) => void;
  readonly onDeleted: () => void;
}) {
  const id = useId();
  return (
    <section className="card challenge-detail" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{challenge.title}</h2>
      <dl className="facts">
        <dt>Difficulty</dt>
        <dd>{challenge.difficulty} of 10</dd>
        <dt>Setting</dt>
        <dd>{categoryNames[challenge.category]}</dd>
        <dt>From</dt>
        <dd>{challenge.source === 'custom' ? 'Your own challenge' : 'The built-in library'}</dd>
      </dl>
      <p>{challenge.description || 'No description.'}</p>
      <h3>Boundary notes</h3>
      <p className="boundary-notes">{challenge.boundaryNotes || 'No notes.'}</p>
      <h3>Add to a ladder</h3>
      <AddToLadder
        key={challenge.id}
        challenge={challenge}
        ladders={ladders}
        onAdded={onLadderChanged}
      />
      <h3>Add to the plan</h3>
      <AddToPlan challenge={challenge} today={today} onPropose={onPropose} />
      {challenge.source === 'custom' && (
        <DeleteChallenge key={challenge.id} challenge={challenge} onDeleted={onDeleted} />
      )}
    </section>
  );
}
