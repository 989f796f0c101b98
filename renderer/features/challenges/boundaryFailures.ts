import { format } from '../../app/format.js';
import {
  boundaryQuestionIds,
  boundaryQuestions,
  unansweredWhy,
  type BoundaryAnswers,
  type BoundaryQuestionId,
} from '../../../shared/domain/practice/boundaryCheck.js';

/** Why each question stopped the save, by question; questions that passed are absent. */
export type BoundaryFailures = Partial<Record<BoundaryQuestionId, string>>;

/**
 * The questions main refused (BOUNDARY_CHECK_FAILED's `failed`), each with the note to
 * show beside it: the question's own `why` when it was answered, or a request to answer
 * it when it was not — from the answers that were sent, as main judged them.
 */
export function boundaryFailuresFrom(
  failed: readonly BoundaryQuestionId[],
  answers: BoundaryAnswers,
): BoundaryFailures {
  const refused = new Set(failed);
  return Object.fromEntries(
    boundaryQuestions
      .filter((question) => refused.has(question.id))
      .map((question) => [
        question.id,
        answers[question.id] === undefined ? unansweredWhy : question.why,
      ]),
  );
}

/** What a failing answer risks, in words that fit "as answered, it risks …". */
const risks: Record<BoundaryQuestionId, string> = {
  no_touching: 'touching someone',
  nothing_sexual: 'coming across as flirting or sexual',
  no_pestering: 'asking the same person again after a no',
  no_pressure_on_staff: 'costing someone at work',
  no_filming: 'recording people who have not agreed',
  safe_and_legal: 'someone not being, or not feeling, safe',
};

const listed = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/**
 * One kind sentence over the failures: which boundaries the answers cross (so the user
 * knows what to change) and how many questions still wait for an answer.
 */
export function summarizeFailures(failures: BoundaryFailures, unansweredWhy: string): string {
  const entries = boundaryQuestionIds.flatMap((id) => {
    const why = failures[id];
    return why === undefined ? [] : [{ id, unanswered: why === unansweredWhy }];
  });
  const crossed = entries.filter((entry) => !entry.unanswered).map((entry) => risks[entry.id]);
  const open = entries.length - crossed.length;
  const parts = [
    crossed.length > 0 &&
      `As answered, it risks ${listed(crossed)}. Change the request so it avoids that, then answer again: the note beside each question says why it matters.`,
    open > 0 &&
      format.plural(open, {
        one: 'One question still needs an answer.',
        other: `${format.number(open)} questions still need an answer.`,
      }),
  ].filter((part): part is string => typeof part === 'string');
  return `Not saved yet. ${parts.join(' ')}`;
}
