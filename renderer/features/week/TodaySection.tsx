import { useId } from 'react';
import type { Outcome } from '../../../shared/domain/practice/attempts.js';
import { useNavigate } from '../../app/navigation.js';
import type { TodayItem } from './useThisWeek.js';
import { dayName } from './weekText.js';
import type { LocalDate } from '../../../shared/domain/practice/calendar.js';

const outcomeText: Record<Outcome, string> = {
  rejected: 'You asked and heard “no”: that is the practice working.',
  accepted: 'You asked, and they said yes.',
  partly: 'You asked, and got part of it.',
  not_tried: 'You didn’t try this time, and that is allowed.',
};

/** One challenge planned for today, and the next thing to do about it. */
function TodayChallenge({ entry }: { readonly entry: TodayItem }) {
  const navigate = useNavigate();
  const { item, attempt } = entry;
  const start = () =>
    navigate({
      screen: 'journal',
      opening: { kind: 'new', challenge: item.challenge, planItemId: item.id },
    });
  const title = <span className="visually-hidden"> “{item.challenge.title}”</span>;
  return (
    <li className="card today-item">
      <h3>{item.challenge.title}</h3>
      <p>{item.challenge.description}</p>
      {item.challenge.boundaryNotes && <p className="hint">{item.challenge.boundaryNotes}</p>}
      {attempt === null ? (
        <div className="actions">
          {/* Both start the attempt; saving only the "before" keeps it open for later. */}
          <button type="button" onClick={start}>
            I’m about to do it{title}
          </button>
          <button type="button" className="secondary" onClick={start}>
            Log how it went{title}
          </button>
        </div>
      ) : attempt.after === null ? (
        <div className="actions">
          <p className="hint">You wrote down your prediction. How did it go?</p>
          <button
            type="button"
            onClick={() =>
              navigate({ screen: 'journal', opening: { kind: 'edit', attemptId: attempt.id } })
            }
          >
            Log how it went{title}
          </button>
        </div>
      ) : (
        <p className="status saved">{outcomeText[attempt.after.outcome]}</p>
      )}
    </li>
  );
}

/** Today's challenges, or a way to plan one. */
export function TodaySection({
  today,
  items,
}: {
  readonly today: LocalDate;
  readonly items: readonly TodayItem[];
}) {
  const navigate = useNavigate();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Today, {dayName(today)}</h2>
      {items.length === 0 ? (
        <div className="card">
          <p>Nothing is planned for today. A small ask is enough.</p>
          <button type="button" className="secondary" onClick={() => navigate({ screen: 'plan' })}>
            Plan a challenge
          </button>
        </div>
      ) : (
        <ul className="week-today">
          {items.map((entry) => (
            <TodayChallenge key={entry.item.id} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  );
}
