import { format } from '../../app/format.js';
import type { Ladder } from '../../../shared/domain/practice/ladders.js';
import { focusWhenShown } from '../../components/focusWhenShown.js';

/** How far a ladder's rungs have been rated, in a few words. */
function rungSummary(ladder: Ladder): string {
  const count = ladder.rungs.length;
  if (count === 0) return 'No rungs yet';
  const rated = ladder.rungs.filter((rung) => rung.ratings.length > 0).length;
  const rungs = format.count(count, { one: 'rung', other: 'rungs' });
  return rated === count ? `${rungs}, all rated` : `${rungs}, ${rated} rated`;
}

/** The user's ladders, each with its goal and how far it is built; or where to start. */
export function LadderList({
  ladders,
  returnedFrom,
  onOpen,
}: {
  readonly ladders: readonly Ladder[];
  /** The ladder just closed: its Open button takes focus again. */
  readonly returnedFrom: string | undefined;
  readonly onOpen: (id: string) => void;
}) {
  if (ladders.length === 0) {
    return (
      <div className="empty">
        <p>
          <strong>No ladders yet.</strong> A ladder is your own list of challenges towards one goal,
          ordered from the one that scares you least to the one that scares you most. You climb it
          one rung at a time, and the app suggests your next rung.
        </p>
        <p className="hint">
          Start below with a goal, such as “Ask for what I need at work”. Then add 10 to 15
          challenges and rate each on the distress scale (0 = calm, 100 = the worst imaginable).
        </p>
      </div>
    );
  }
  return (
    <ul className="ladder-list" aria-label="Your ladders">
      {ladders.map((ladder) => (
        <li key={ladder.id} className="card">
          <h2>{ladder.title}</h2>
          {ladder.goal && <p>{ladder.goal}</p>}
          <p className="hint">{rungSummary(ladder)}</p>
          <button
            type="button"
            className="secondary"
            ref={ladder.id === returnedFrom ? focusWhenShown : undefined}
            onClick={() => onOpen(ladder.id)}
          >
            Open<span className="visually-hidden"> “{ladder.title}”</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
