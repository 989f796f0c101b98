import { useId, useMemo, useState, type SyntheticEvent } from 'react';
import {
  unansweredWhy,
  type BoundaryAnswers,
  type BoundaryQuestionId,
} from '../../../shared/domain/practice/boundaryCheck.js';
import {
  shortTextMaxLength,
  titleMaxLength,
  type Category,
  type Challenge,
} from '../../../shared/domain/practice/challenges.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { BoundaryQuestions } from './BoundaryQuestions.js';
import {
  boundaryFailuresFrom,
  summarizeFailures,
  type BoundaryFailures,
} from './boundaryFailures.js';
import { CategoryOptions } from '../../components/CategoryOptions.js';
import { TextField } from '../../components/TextField.js';
import { useFieldProblems } from '../../components/useFieldProblems.js';
import {
  customChallengeFieldOf,
  customChallengeSchema,
  customChallengeWordsFor,
} from './customChallengeProblems.js';

interface Draft {
  title: string;
  description: string;
  category: Category;
  difficulty: number;
  boundaryNotes: string;
}

const emptyDraft: Draft = {
  title: '',
  description: '',
  category: 'food_and_shops',
  difficulty: 3,
  boundaryNotes: '',
};

/** A challenge of the user's own, saved only once it passes the boundary check in main. */
export function CustomChallengeForm({
  onCreated,
  onCancel,
}: {
  readonly onCreated: (challenge: Challenge) => void;
  readonly onCancel: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [answers, setAnswers] = useState<BoundaryAnswers>({});
  const [failures, setFailures] = useState<BoundaryFailures>({});
  const [error, setError] = useState<string>();
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const input = useMemo(() => ({ ...draft, answers }), [draft, answers]);
  const { problemOf, check, formRef } = useFieldProblems(
    customChallengeSchema,
    input,
    customChallengeFieldOf,
    customChallengeWordsFor,
  );

  const answer = (question: BoundaryQuestionId, value: boolean) => {
    setAnswers((current) => ({ ...current, [question]: value }));
    // A changed answer is judged again on the next save; its old "why" would mislead.
    setFailures((current) =>
      Object.fromEntries(Object.entries(current).filter(([failing]) => failing !== question)),
    );
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (!check()) return;
    const result = await api.challenges.create(input);
    if (result.ok) {
      onCreated(result.value);
      return;
    }
    if (result.error.code === 'BOUNDARY_CHECK_FAILED') {
      const found = boundaryFailuresFrom(result.error.failed, answers);
      setFailures(found);
      setError(
        Object.keys(found).length > 0
          ? summarizeFailures(found, unansweredWhy)
          : describeError(result.error),
      );
    } else setError(describeError(result.error));
  };

  return (
    <form
      ref={formRef}
      className="card custom-form"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => void submit(e)}
    >
      <h2 id={`${id}-title`}>Your own challenge</h2>
      <TextField
        label="What will you ask for?"
        value={draft.title}
        maxLength={titleMaxLength}
        // The form opened at the user's request, so the cursor goes where they will type.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        problem={problemOf('title')}
        onChange={(title) => set({ title })}
      />
      <TextField
        label="Description (optional)"
        multiline
        value={draft.description}
        maxLength={shortTextMaxLength}
        problem={problemOf('description')}
        onChange={(description) => set({ description })}
      />
      <div className="custom-form-row">
        <div className="field">
          <label htmlFor={`${id}-category`}>Setting</label>
          <select
            id={`${id}-category`}
            value={draft.category}
            onChange={(event) => set({ category: event.target.value as Category })}
          >
            <CategoryOptions />
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-difficulty`}>Difficulty (1 trivial – 10 very daunting)</label>
          <select
            id={`${id}-difficulty`}
            value={draft.difficulty}
            onChange={(event) => set({ difficulty: Number(event.target.value) })}
          >
            {Array.from({ length: 10 }, (_, index) => index + 1).map((difficulty) => (
              <option key={difficulty} value={difficulty}>
                {difficulty}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TextField
        label="Boundary notes (optional)"
        multiline
        value={draft.boundaryNotes}
        maxLength={shortTextMaxLength}
        hint="How you will keep it easy for the other person to say no."
        problem={problemOf('boundaryNotes')}
        onChange={(boundaryNotes) => set({ boundaryNotes })}
      />
      <BoundaryQuestions answers={answers} failures={failures} onAnswer={answer} />
      <ErrorAlert message={error} />
      <div className="actions">
        <button type="submit">Save challenge</button>
        <button type="button" className="link" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
