import { useMemo, useState, type SyntheticEvent } from 'react';
import { shortTextMaxLength, titleMaxLength } from '../../../shared/domain/practice/challenges.js';
import { TextField } from '../../components/TextField.js';
import { useFieldProblems } from '../../components/useFieldProblems.js';
import {
  ladderFieldOf,
  ladderInputOf,
  ladderSchema,
  ladderWordsFor,
  type LadderFields,
} from './ladderProblems.js';

export type { LadderFields } from './ladderProblems.js';

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
  const input = useMemo(() => ladderInputOf(fields), [fields]);
  const { problemOf, check, reset, formRef } = useFieldProblems(
    ladderSchema,
    input,
    ladderFieldOf,
    ladderWordsFor,
  );

  const submit = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    if (!check()) return;
    setBusy(true);
    const saved = await onSubmit(input);
    setBusy(false);
    if (saved && !onCancel) {
      setFields(initial);
      reset();
    }
  };

  return (
    <form ref={formRef} className="ladder-form" noValidate onSubmit={(event) => void submit(event)}>
      <TextField
        label="Ladder name"
        value={fields.title}
        maxLength={titleMaxLength}
        problem={problemOf('title')}
        onChange={(title) => setFields({ ...fields, title })}
      />
      <TextField
        label="Goal"
        multiline
        value={fields.goal}
        maxLength={shortTextMaxLength}
        hint="What would you like to be able to do at the top? For example: “Speak up in meetings without dreading it for days.”"
        problem={problemOf('goal')}
        onChange={(goal) => setFields({ ...fields, goal })}
      />
      <div className="actions">
        <button type="submit" disabled={busy}>
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
