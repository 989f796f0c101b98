import { useId } from 'react';
import type { ReflectionChoice } from '../../../shared/domain/report.js';
import { nameDay } from '../plan/weekDays.js';

interface ReflectionPickerProps {
  readonly choices: readonly ReflectionChoice[];
  readonly ticked: ReadonlySet<string>;
  readonly onChange: (ticked: ReadonlySet<string>) => void;
}

/** The reflections written in the range, each ticked on purpose: none is shared by default. */
export function ReflectionPicker({ choices, ticked, onChange }: ReflectionPickerProps) {
  const id = useId();
  if (choices.length === 0) {
    return <p className="hint">You wrote no reflections in these days.</p>;
  }
  const toggle = (choiceId: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(choiceId);
    else next.delete(choiceId);
    onChange(next);
  };
  return (
    <>
      <div className="actions report-select">
        <button
          type="button"
          className="secondary"
          onClick={() => onChange(new Set(choices.map((choice) => choice.id)))}
        >
          Select all
        </button>
        <button type="button" className="secondary" onClick={() => onChange(new Set())}>
          Select none
        </button>
        <span role="status" className="hint">
          {ticked.size} of {choices.length} chosen
        </span>
      </div>
      <ul className="report-choices">
        {choices.map((choice) => (
          <li key={choice.id} className="choice">
            <input
              type="checkbox"
              id={`${id}-${choice.id}`}
              aria-describedby={`${id}-${choice.id}-excerpt`}
              checked={ticked.has(choice.id)}
              onChange={(event) => toggle(choice.id, event.target.checked)}
            />
            <label htmlFor={`${id}-${choice.id}`}>
              <span className="choice-label">
                {nameDay(choice.on)} · {choice.request}
              </span>
              <span id={`${id}-${choice.id}-excerpt`} className="hint">
                {choice.excerpt}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </>
  );
}
