import type { AppFailure } from '../../main/services/appFailure.js';
import type { FieldProblem } from '../../shared/ipc/fieldIssues.js';

/**
 * The first field issue of an INVALID_REQUEST failure, as the renderer receives it, with
 * its path joined (`ratings.0.rungId`) so a table of cases can name it in one string.
 */
export function issueOf(failure: AppFailure): { path: string; problem: FieldProblem } {
  const error = failure.toAppError();
  if (error.code !== 'INVALID_REQUEST') throw new Error(`expected INVALID_REQUEST: ${error.code}`);
  const [first] = error.issues;
  return { path: first.path.join('.'), problem: first.problem };
}
