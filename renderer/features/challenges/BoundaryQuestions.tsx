import { useId } from 'react';
import {
  boundaryQuestions,
  unansweredWhy,
  type BoundaryAnswers,
  type BoundaryQuestionId,
} from '../../../shared/domain/practice/boundaryCheck.js';
import type { BoundaryFailures } from './boundaryFailures.js';

/** The boundary check (rule 2): one yes/no question per boundary, with why beside a failing one. */
export function BoundaryQuestions({
  answers,
  failures,
  onAnswer,
}: {
  readonly answers: BoundaryAnswers;
  readonly failures: BoundaryFailures;
  readonly onAnswer: (id: BoundaryQuestionId, answer: boolean) => void;
}) {
  const id = useId();
  return (
    <fieldset className="boundary-check">
      <legend>Does it respect the other person?</legend>
      <p className="hint">
        Someone should be free to say no without it costing them. Answer each question honestly.
      </p>
      {boundaryQuestions.map((question) => {
        const why = failures[question.id];
        const whyId = `${id}-${question.id}-why`;
        return (
          <fieldset
            key={question.id}
            className={why ? 'boundary-question failing' : 'boundary-question'}
            aria-describedby={why ? whyId : undefined}
          >
            <legend>{question.question}</legend>
            <div className="yes-no">
              {[true, false].map((answer) => (
                <label key={String(answer)} className="choice">
                  <input
                    type="radio"
                    name={`${id}-${question.id}`}
                    checked={answers[question.id] === answer}
                    onChange={() => onAnswer(question.id, answer)}
                  />
                  {answer ? 'Yes' : 'No'}
                </label>
              ))}
            </div>
            {why && (
              <p id={whyId} className="boundary-why">
                {why !== unansweredWhy && <strong>Why this matters: </strong>}
                {why}
              </p>
            )}
          </fieldset>
        );
      })}
    </fieldset>
  );
}
