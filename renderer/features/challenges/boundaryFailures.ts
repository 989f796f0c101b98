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
