import { useId, useState, type SyntheticEvent } from 'react';

export interface LadderFields {
  readonly title: string;
  readonly goal: string;
}

interface LadderFormProps {
  readonly initial: LadderFields;
  readonly submitLabel: string;
  /** Resolves true once saved, so the form can clear or close. */
  readonly onSubmit: (fields: LadderFields) => Promise<boolean>;
  readonly onCancel?: () => void;
}

/** A ladder's title and goal, for a new ladder or an edit. */
export function LadderForm({ initial, submitLabel, onSubmit, onCancel }: LadderFormProps) {
  const [fields, setFields] = useState(initial);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const submit = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    const saved = await onSubmit({ title: fields.title.trim(), goal: fields.goal.trim() });
    setBusy(false);
    if (saved && !onCancel) setFields(initial);
  };

  return (
    <form className="ladder-form" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor={`${id}-title`}>Ladder name</label>
        <input
          id={`${id}-title`}
          value={fields.title}
          maxLength={140}
          required
          onChange={(event) => setFields({ ...fields, title: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-goal`}>Goal</label>
        <textarea
          id={`${id}-goal`}
          value={fields.goal}
          maxLength={1000}
          aria-describedby={`${id}-goal-hint`}
          onChange={(event) => setFields({ ...fields, goal: event.target.value })}
        />
        <p id={`${id}-goal-hint`} className="hint">
          What would you like to be able to do at the top? For example: “Speak up in meetings
          without dreading it for days.”
        </p>
      </div>
      <div className="actions">
        <button type="submit" disabled={busy || fields.title.trim() === ''}>
          {busy ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
