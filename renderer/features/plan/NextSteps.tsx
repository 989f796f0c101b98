import { useId } from 'react';
import type { Challenge } from '../../../shared/domain/practice/challenges.js';
import type { NextStep } from '../../../shared/domain/practice/nextSteps.js';
import { nextStepReasons } from './nextStepReasons.js';

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
          {steps.map(({ challenge, reason }) => (
            <li key={challenge.id}>
              <span>
                {challenge.title}
                <span className="hint">
                  {nextStepReasons[reason]} · difficulty {challenge.difficulty}
                </span>
              </span>
              <button type="button" className="secondary" onClick={() => onPick(challenge)}>
                Place<span className="visually-hidden"> “{challenge.title}”</span> on {dayName}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
