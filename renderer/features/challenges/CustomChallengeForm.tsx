import { useId, useState, type SyntheticEvent } from 'react';
import {
  unansweredWhy,
  type BoundaryAnswers,
  type BoundaryQuestionId,
} from '../../../shared/domain/practice/boundaryCheck.js';
import { type Category, type Challenge } from '../../../shared/domain/practice/challenges.js';
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

  const answer = (question: BoundaryQuestionId, value: boolean) => {
    setAnswers((current) => ({ ...current, [question]: value }));
    // A changed answer is judged again on the next save; its old "why" would mislead.
    setFailures((current) =>
      Object.fromEntries(Object.entries(current).filter(([failing]) => failing !== question)),
    );
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const result = await api.challenges.create({ ...draft, answers });
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
      className="card custom-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => void submit(e)}
    >
      <h2 id={`${id}-title`}>Your own challenge</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>What will you ask for?</label>
        <input
          id={`${id}-name`}
          required
          maxLength={140}
          // The form opened at the user's request, so the cursor goes where they will type.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          value={draft.title}
          onChange={(event) => set({ title: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>Description (optional)</label>
        <textarea
          id={`${id}-description`}
          maxLength={1000}
          value={draft.description}
          onChange={(event) => set({ description: event.target.value })}
        />
      </div>
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
      <div className="field">
        <label htmlFor={`${id}-notes`}>Boundary notes (optional)</label>
        <textarea
          id={`${id}-notes`}
          maxLength={1000}
          value={draft.boundaryNotes}
          onChange={(event) => set({ boundaryNotes: event.target.value })}
        />
        <span className="hint">How you will keep it easy for the other person to say no.</span>
      </div>
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
