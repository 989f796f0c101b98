import type { FieldIssue } from '../../shared/ipc/fieldIssues.js';
import type { AppError } from '../../shared/ipc/result.js';
import { describeError } from '../api/errorText.js';
import { fieldProblemText } from './fieldWords.js';

/** Where in a refused file the problem is: a table's row (counted from 1) and its column. */
function placeInFile(issue: FieldIssue): string | undefined {
  const [root, tables, table, index, column] = issue.path;
  if (root !== 'file' || tables !== 'tables' || typeof index !== 'number') return undefined;
  const where = `entry ${index + 1} of its “${String(table)}” table`;
  return typeof column === 'string' ? `${where}, in “${column}”` : where;
}

/**
 * Why main refused a file the user chose to import or merge: which entry and field of it
 * did not fit, when main said so, and what was wrong, in the words beside any field. A
 * refusal of the whole file (not an export, too large, too slow) says itself.
 */
export function fileRefusalText(error: AppError): string {
  if (error.code !== 'INVALID_REQUEST') return describeError(error);
  const [issue] = error.issues;
  const words = fieldProblemText(issue.problem);
  if (issue.problem.kind === 'not_now') return words;
  const place = placeInFile(issue);
  return place === undefined
    ? `That file could not be imported. ${words}`
    : `That file could not be imported, and nothing was changed: ${place} does not fit the journal. ${words}`;
}
