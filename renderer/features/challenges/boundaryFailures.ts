import {
  boundaryQuestionIds,
  type BoundaryQuestionId,
} from '../../../shared/domain/practice/boundaryCheck.js';

/** Why each question stopped the save, by question; questions that passed are absent. */
export type BoundaryFailures = Partial<Record<BoundaryQuestionId, string>>;

const isQuestionId = (value: string): value is BoundaryQuestionId =>
  (boundaryQuestionIds as readonly string[]).includes(value);

/**
 * Reads a BOUNDARY_CHECK_FAILED message, which main writes one line per failing question
 * as `question_id: why`, so each explanation can stand beside its own question.
 */
export function boundaryFailuresFrom(message: string): BoundaryFailures {
  const failures: BoundaryFailures = {};
  for (const line of message.split('\n')) {
    const separator = line.indexOf(': ');
    if (separator < 0) continue;
    const id = line.slice(0, separator).trim();
    if (isQuestionId(id)) failures[id] = line.slice(separator + 2).trim();
  }
  return failures;
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
    open === 1 && 'One question still needs an answer.',
    open > 1 && `${open} questions still need an answer.`,
  ].filter((part): part is string => typeof part === 'string');
  return `Not saved yet. ${parts.join(' ')}`;
}
