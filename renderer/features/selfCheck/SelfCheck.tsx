import { useId, useState, type SyntheticEvent } from 'react';
import {
  selfCheckAnswerLabels,
  selfCheckIntro,
  selfCheckQuestions,
  type OnboardingAdvice,
} from '../../../shared/domain/practice/selfCheck.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { completeAnswers, emptySelfCheck, withAnswer } from './selfCheckAnswers.js';
import './selfCheck.css';

/**
 * The self-check (docs/practice.md, rule 4): six plain questions about avoidance,
 * answered Never … Almost always. Offered on the first run and any time from The
 * practice; it can be skipped: it only shapes advice.
 */
export function SelfCheck({
  onAdvice,
  onSkip,
  skipLabel,
}: {
  readonly onAdvice: (advice: OnboardingAdvice) => void;
  readonly onSkip: () => void;
  /** "Skip for now" on the first run; "Not now" where it was asked for. */
  readonly skipLabel: string;
}) {
  const [draft, setDraft] = useState(emptySelfCheck);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const name = useId();
  const answers = completeAnswers(draft);

  const submit = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    if (!answers) return;
    setBusy(true);
    const result = await api.checks.onboarding({ answers });
    setBusy(false);
    if (result.ok) onAdvice(result.value.advice);
    else setError(describeError(result.error));
  };

  return (
    <form className="self-check" onSubmit={(event) => void submit(event)}>
      <p>{selfCheckIntro}</p>
      {selfCheckQuestions.map((question, index) => (
        <fieldset key={question.id} className="card">
          <legend>{question.question}</legend>
          <div className="self-check-choices">
            {selfCheckAnswerLabels.map((label, answer) => (
              <label key={label} className="choice">
                <input
                  type="radio"
                  name={`${name}-${question.id}`}
                  checked={draft[index] === answer}
                  onChange={() => setDraft(withAnswer(draft, index, answer))}
                />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <ErrorAlert message={error} />
      <div className="actions">
        <button type="submit" disabled={!answers || busy}>
          {busy ? 'Saving…' : 'See how to begin'}
        </button>
        <button type="button" className="link" onClick={onSkip}>
          {skipLabel}
        </button>
      </div>
    </form>
  );
}
