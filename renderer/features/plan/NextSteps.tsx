import { useId } from 'react';
import type { Challenge } from '../../../shared/domain/practice/challenges.js';
import type { NextStep } from '../../../shared/domain/practice/nextSteps.js';
import { nextStepHint } from './stepHints.js';

/** The practice's suggested next steps (rule 1), each placeable on the chosen day. */
export function NextSteps({
  steps,
  dayName,
  onPick,
}: {
  readonly steps: readonly NextStep[];
  readonly dayName: string;
  readonly onPick: (challenge: Challenge) => void;
}) {
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Next steps</h2>
      {steps.length === 0 ? (
        <p className="hint">
          No more suggestions this week: the ones near your level are planned or were met already.
        </p>
      ) : (
        <ul className="next-steps">
          {steps.map((step) => (
            <li key={step.challenge.id}>
              <span>
                {step.challenge.title}
                <span className="hint">{nextStepHint(step)}</span>
              </span>
              <button type="button" className="secondary" onClick={() => onPick(step.challenge)}>
                Place<span className="visually-hidden"> “{step.challenge.title}”</span> on {dayName}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
