import { useEffect, useId, useRef } from 'react';
import type { LocalDate } from '../../../shared/domain/practice/calendar.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { gentlerStepHint } from './stepHints.js';
import { levelText } from './stepWarningText.js';
import type { PlacementFlow, StepWarning } from './usePlacement.js';
import { nameDay } from './weekDays.js';
import './plan.css';

function Warning({
  flow,
  title,
  difficulty,
  day,
  warning,
}: {
  readonly flow: PlacementFlow;
  readonly title: string;
  readonly difficulty: number;
  readonly day: LocalDate;
  readonly warning: StepWarning;
}) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  // Keyboard and screen-reader users land on the advice instead of hunting for it.
  useEffect(() => {
    box.current?.focus({ preventScroll: true });
    // Taller than a short window, so show it from its heading rather than its middle.
    box.current?.scrollIntoView({ block: 'start' });
  }, []);
  const tooBig = warning.verdict === 'too_big';
  return (
    <div
      ref={box}
      tabIndex={-1}
      className="card step-advice"
      role="group"
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{tooBig ? 'That is a very big jump' : 'That is a big jump'}</h3>
      <p>
        “{title}” is difficulty {difficulty}. {levelText(warning.shown)}{' '}
        {tooBig
          ? 'Jumping this far at once is flooding, which can leave the fear bigger rather than smaller.'
          : 'It is possible, but worth a second thought.'}
      </p>
      {warning.suggestions.length > 0 ? (
        <>
          <p>A gentler step for {nameDay(day)}, in one click:</p>
          <ul className="gentler">
            {warning.suggestions.map((step) => (
              <li key={step.challenge.id}>
                <button type="button" onClick={() => void flow.choose(step.challenge)}>
                  Plan “{step.challenge.title}” instead
                </button>
                <span className="hint">{gentlerStepHint(step)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>There is no gentler challenge on your ladders or in the library at that level yet.</p>
      )}
      <p className="hint">The app only advises: the choice is yours.</p>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void flow.keep()}>
          Keep “{title}” anyway
        </button>
        <button type="button" className="link" onClick={() => flow.dismiss()}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** The flooding guard's advice inline, before a challenge is committed to a day. */
export function StepAdvice({ flow }: { readonly flow: PlacementFlow }) {
  const { placement } = flow;
  switch (placement.kind) {
    case 'idle':
      return null;
    case 'checking':
      return (
        <p role="status" className="status">
          Checking the step…
        </p>
      );
    case 'placed':
      return (
        <p role="status" className="status saved">
          Planned “{placement.item.challenge.title}” for {nameDay(placement.item.day)}.
        </p>
      );
    case 'failed':
      return <ErrorAlert message={placement.message} />;
    case 'advised':
      return (
        <Warning
          key={`${placement.challenge.id}@${placement.day}`}
          flow={flow}
          title={placement.challenge.title}
          difficulty={placement.challenge.difficulty}
          day={placement.day}
          warning={placement.warning}
        />
      );
  }
}
