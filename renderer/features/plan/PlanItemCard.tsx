import { useId, useMemo, useState, type SyntheticEvent } from 'react';
import type { LocalDate } from '../../../shared/domain/practice/calendar.js';
import { categoryNames, shortTextMaxLength } from '../../../shared/domain/practice/challenges.js';
import type { PlanItem } from '../../../shared/domain/practice/plans.js';
import { useNavigate } from '../../app/navigation.js';
import { TextField } from '../../components/TextField.js';
import { useFieldProblems } from '../../components/useFieldProblems.js';
import { writeDragged } from './dragData.js';
import { moveTargets, nameDay } from './weekDays.js';
import { DayOptions } from './DayOptions.js';
import { skipFieldOf, skipInputOf, skipSchema } from './skipProblems.js';
import { statusNames } from './statusNames.js';

/** What the user can do to a planned item; each resolves once the week is read again. */
export interface PlanItemActions {
  move(item: PlanItem, to: LocalDate): Promise<void>;
  skip(item: PlanItem, reason: string): Promise<void>;
  remove(item: PlanItem): Promise<void>;
}

function StatusLine({ item }: { readonly item: PlanItem }) {
  switch (item.status) {
    case 'skipped':
      return (
        <>
          <span className="badge skipped">Skipped</span>
          {item.skipReason ? <span className="hint"> “{item.skipReason}”</span> : null}
        </>
      );
    case 'moved':
      return <span className="badge moved">Moved to {nameDay(item.movedTo)}</span>;
    default:
      return <span className={`badge ${item.status}`}>{statusNames[item.status]}</span>;
  }
}

function SkipForm({
  item,
  actions,
  onClose,
}: {
  readonly item: PlanItem;
  readonly actions: PlanItemActions;
  readonly onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const input = useMemo(() => skipInputOf(item.id, reason), [item.id, reason]);
  const { problemOf, check, formRef } = useFieldProblems(skipSchema, input, skipFieldOf);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (check()) void actions.skip(item, input.reason);
  };
  return (
    <form ref={formRef} className="skip-form" noValidate onSubmit={submit}>
      <TextField
        label="What got in the way? (optional)"
        value={reason}
        maxLength={shortTextMaxLength}
        hint="Skipping is allowed. A word about why helps you notice patterns later."
        // The form opened at the user's request, so the cursor goes where they will type.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        problem={problemOf('reason')}
        onChange={setReason}
      />
      <div className="actions">
        <button type="submit">Skip it</button>
        <button type="button" className="link" onClick={onClose}>
          Keep it planned
        </button>
      </div>
    </form>
  );
}

function MoveControl({
  item,
  today,
  actions,
}: {
  readonly item: PlanItem;
  readonly today: LocalDate;
  readonly actions: PlanItemActions;
}) {
  const id = useId();
  const targets = moveTargets(item, today);
  const [to, setTo] = useState<LocalDate | ''>('');
  return (
    <div className="move-control">
      <label htmlFor={`${id}-to`} className="visually-hidden">
        Move “{item.challenge.title}” to
      </label>
      <select
        id={`${id}-to`}
        value={to}
        onChange={(event) => setTo(event.target.value as LocalDate | '')}
      >
        <option value="">Move to…</option>
        <DayOptions days={targets} />
      </select>
      <button
        type="button"
        className="secondary"
        disabled={to === ''}
        onClick={() => {
          if (to !== '') void actions.move(item, to);
        }}
      >
        Move<span className="visually-hidden"> “{item.challenge.title}”</span>
      </button>
    </div>
  );
}

/** One challenge on a day: its status, and what can still be done with it. */
export function PlanItemCard({
  item,
  today,
  actions,
}: {
  readonly item: PlanItem;
  readonly today: LocalDate;
  readonly actions: PlanItemActions;
}) {
  const navigate = useNavigate();
  const [skipping, setSkipping] = useState(false);
  const planned = item.status === 'planned';
  const doItNow = () =>
    navigate({
      screen: 'journal',
      opening: { kind: 'new', challenge: item.challenge, planItemId: item.id },
    });

  return (
    // Dragging is the pointer shortcut; the Move select and button are the keyboard path.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <li
      className={`plan-item ${item.status}`}
      aria-label={item.challenge.title}
      draggable={planned}
      onDragStart={(event) => {
        writeDragged(event.dataTransfer, { kind: 'planItem', planItemId: item.id });
        event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <p className="plan-item-title">{item.challenge.title}</p>
      <p className="hint">
        Difficulty {item.challenge.difficulty} · {categoryNames[item.challenge.category]} ·{' '}
        <StatusLine item={item} />
      </p>
      {item.attemptId !== null && (
        <button
          type="button"
          // A begun item is finished through its attempt: that is the next thing to do.
          className={item.status === 'begun' ? undefined : 'link'}
          onClick={() =>
            navigate({ screen: 'journal', opening: { kind: 'edit', attemptId: item.attemptId } })
          }
        >
          {item.status === 'begun' ? 'Log how it went' : 'Open the attempt'}
        </button>
      )}
      {planned && !skipping && (
        <div className="plan-item-actions">
          {item.day === today && (
            <button type="button" onClick={doItNow}>
              I’m about to do it
            </button>
          )}
          {item.day < today && (
            <button type="button" onClick={doItNow}>
              Log how it went
            </button>
          )}
          <MoveControl item={item} today={today} actions={actions} />
          <button type="button" className="secondary" onClick={() => setSkipping(true)}>
            Skip<span className="visually-hidden"> “{item.challenge.title}”</span>
          </button>
          <button type="button" className="link" onClick={() => void actions.remove(item)}>
            Remove<span className="visually-hidden"> “{item.challenge.title}”</span>
          </button>
        </div>
      )}
      {planned && skipping && (
        <SkipForm item={item} actions={actions} onClose={() => setSkipping(false)} />
      )}
    </li>
  );
}
