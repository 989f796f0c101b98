import { format } from '../../app/format.js';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Challenge } from '../../../shared/domain/practice/challenges.js';
import { maxRungs, type Ladder, type Rung } from '../../../shared/domain/practice/ladders.js';
import type { Result } from '../../../shared/ipc/result.js';
import { api } from '../../api/client.js';
import { focusWhenShown } from '../../components/focusWhenShown.js';
import { ChallengePicker } from './ChallengePicker.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { LadderForm } from './LadderForm.js';
import { RungItem } from './RungItem.js';
import { directionToFocus, easierThanAbove, stepTarget, type Direction } from './rungOrder.js';

/** Runs one change to the ladder; resolves true once saved and shown. */
export type ChangeLadder = (call: () => Promise<Result<Ladder>>) => Promise<boolean>;

interface LadderViewProps {
  readonly ladder: Ladder;
  readonly challenges: readonly Challenge[] | undefined;
  readonly change: ChangeLadder;
  readonly announce: (message: string) => void;
  readonly onDelete: () => void;
  readonly onBack: () => void;
}

const rungsGoing = (count: number): string =>
  count === 0
    ? 'It has no rungs yet.'
    : `Its ${format.plural(count, { one: 'rung goes', other: `${format.number(count)} rungs go` })} with it, with every rating.`;

type Asking =
  { readonly kind: 'deleteLadder' } | { readonly kind: 'removeRung'; readonly rung: Rung };

/** One ladder: its goal, its rungs in order with their ratings, and the challenge picker. */
export function LadderView({
  ladder,
  challenges,
  change,
  announce,
  onDelete,
  onBack,
}: LadderViewProps) {
  const [editing, setEditing] = useState(false);
  const [asking, setAsking] = useState<Asking>();
  // Buttons stay enabled while a change is saved: a disabled button drops the focus of
  // the keyboard user who just pressed it. A second press meanwhile is ignored instead.
  const busy = useRef(false);
  const [dragging, setDragging] = useState<{ rungId: string; overIndex: number | null }>();
  // After a keyboard move, focus follows the rung to its new place.
  const [moved, setMoved] = useState<{ rungId: string; focus: Direction }>();
  const rungsHeading = useRef<HTMLHeadingElement>(null);
  const { rungs } = ladder;
  const onLadder = useMemo(() => new Set(rungs.map((rung) => rung.challenge.id)), [rungs]);
  const outOfOrder = useMemo(() => easierThanAbove(rungs), [rungs]);

  // Runs once per keyboard move (each is a new object), never again on a later change
  // such as a rating, which would pull focus away from where the user is.
  useEffect(() => {
    if (!moved) return;
    document
      .querySelector<HTMLButtonElement>(
        `button[data-rung="${moved.rungId}"][data-direction="${moved.focus}"]`,
      )
      ?.focus();
  }, [moved]);

  const run = async (call: () => Promise<Result<Ladder>>): Promise<boolean> => {
    if (busy.current) return false;
    busy.current = true;
    const saved = await change(call).finally(() => {
      busy.current = false;
    });
    return saved;
  };

  const move = async (rung: Rung, toIndex: number, direction?: Direction): Promise<void> => {
    const saved = await run(() =>
      api.ladders.moveRung({ ladderId: ladder.id, rungId: rung.id, toIndex }),
    );
    if (!saved) return;
    announce(`Moved “${rung.challenge.title}” to rung ${toIndex + 1} of ${rungs.length}.`);
    if (direction)
      setMoved({ rungId: rung.id, focus: directionToFocus(toIndex, direction, rungs.length) });
  };

  const moveStep = (rung: Rung, index: number, direction: Direction): void => {
    const target = stepTarget(index, direction, rungs.length);
    if (target !== null) void move(rung, target, direction);
  };

  const drop = (toIndex: number): void => {
    const rung = rungs.find(({ id }) => id === dragging?.rungId);
    setDragging(undefined);
    if (rung && rungs.indexOf(rung) !== toIndex) void move(rung, toIndex);
  };

  const addRung = async (challenge: Challenge): Promise<void> => {
    const saved = await run(() =>
      api.ladders.addRung({
        ladderId: ladder.id,
        challengeId: challenge.id,
        anticipatedSuds: null,
      }),
    );
    if (saved) announce(`Added “${challenge.title}” as rung ${rungs.length + 1}.`);
  };

  const rate = async (rung: Rung, suds: number): Promise<void> => {
    const saved = await run(() =>
      api.ladders.rate({ ladderId: ladder.id, ratings: [{ rungId: rung.id, suds }] }),
    );
    if (saved) announce(`Saved ${suds} for “${rung.challenge.title}”.`);
  };

  const removeRung = async (rung: Rung): Promise<void> => {
    const saved = await run(() => api.ladders.removeRung({ ladderId: ladder.id, rungId: rung.id }));
    if (!saved) return;
    announce(`Removed “${rung.challenge.title}”.`);
    rungsHeading.current?.focus();
  };

  const askToRemove = (rung: Rung): void => {
    // A rung never rated loses nothing: only a rating history is worth a question.
    if (rung.ratings.length === 0) void removeRung(rung);
    else setAsking({ kind: 'removeRung', rung });
  };

  return (
    <article className="ladder" aria-labelledby={`ladder-${ladder.id}`}>
      <button type="button" className="link back" onClick={onBack}>
        ← All ladders
      </button>
      {editing ? (
        <div className="card">
          <h2 id={`ladder-${ladder.id}`} ref={focusWhenShown} tabIndex={-1}>
            Edit “{ladder.title}”
          </h2>
          <LadderForm
            initial={{ title: ladder.title, goal: ladder.goal }}
            submitLabel="Save"
            onCancel={() => setEditing(false)}
            onSubmit={async (fields) => {
              const saved = await run(() => api.ladders.update({ id: ladder.id, ...fields }));
              if (saved) setEditing(false);
              return saved;
            }}
          />
        </div>
      ) : (
        <header className="ladder-head">
          <h2 id={`ladder-${ladder.id}`} ref={focusWhenShown} tabIndex={-1}>
            {ladder.title}
          </h2>
          {ladder.goal && <p className="lead">{ladder.goal}</p>}
          <div className="actions">
            <button type="button" className="secondary" onClick={() => setEditing(true)}>
              Edit name and goal
            </button>
            <button
              type="button"
              className="secondary danger-text"
              onClick={() => setAsking({ kind: 'deleteLadder' })}
            >
              Delete ladder
            </button>
          </div>
        </header>
      )}

      <h3 ref={rungsHeading} tabIndex={-1}>
        Rungs, easiest first
      </h3>
      {rungs.length === 0 ? (
        <p className="empty">
          No rungs yet. Pick a few challenges below, from ones that barely scare you to ones that
          feel hard; then rate how distressing you expect each to be. Most ladders have 10 to 15
          rungs.
        </p>
      ) : (
        <>
          <p className="hint">
            Order them by how distressing you expect them to be, least first. Use the arrows, or
            drag a rung by its handle. Rate again as your practice goes on: earlier ratings are
            kept, so you can see the fear come down.
          </p>
          <ol className="rungs" aria-label={`Rungs of “${ladder.title}”`}>
            {rungs.map((rung, index) => (
              <RungItem
                key={rung.id}
                rung={rung}
                index={index}
                count={rungs.length}
                easierThanAbove={outOfOrder.get(rung.id)}
                dropTarget={dragging?.overIndex === index}
                onMove={(direction) => moveStep(rung, index, direction)}
                onRate={(suds) => void rate(rung, suds)}
                onRemove={() => askToRemove(rung)}
                onDragStart={() => setDragging({ rungId: rung.id, overIndex: null })}
                onDragOver={() =>
                  setDragging((current) => current && { ...current, overIndex: index })
                }
                onDrop={() => drop(index)}
                onDragEnd={() => setDragging(undefined)}
              />
            ))}
          </ol>
        </>
      )}

      <section className="card add-rung" aria-labelledby={`add-rung-${ladder.id}`}>
        <h3 id={`add-rung-${ladder.id}`}>Add a rung</h3>
        <ChallengePicker
          challenges={challenges}
          alreadyOnLadder={onLadder}
          full={rungs.length >= maxRungs}
          onPick={(challenge) => void addRung(challenge)}
        />
      </section>

      {asking?.kind === 'deleteLadder' && (
        <ConfirmDialog
          title={`Delete “${ladder.title}”?`}
          message={`${rungsGoing(rungs.length)} This cannot be undone. Your journal entries stay.`}
          confirmLabel="Delete ladder"
          onCancel={() => setAsking(undefined)}
          onConfirm={() => {
            setAsking(undefined);
            onDelete();
          }}
        />
      )}
      {asking?.kind === 'removeRung' && (
        <ConfirmDialog
          title={`Remove “${asking.rung.challenge.title}”?`}
          message="Its ratings go with it. The challenge stays in the library."
          confirmLabel="Remove rung"
          onCancel={() => setAsking(undefined)}
          onConfirm={() => {
            setAsking(undefined);
            void removeRung(asking.rung);
          }}
        />
      )}
    </article>
  );
}
