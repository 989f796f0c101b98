import type { FieldProblem, NotNowReason } from '../../shared/ipc/fieldIssues.js';
import { format } from '../app/format.js';

/**
 * What is wrong with a field, in the words shown beside it. One place, so every form
 * says the same thing the same way, whether the form found the problem or main sent it,
 * and no field path or schema wording reaches the user.
 */

/** "Keep this to 80 characters at most — it has 93." */
export function tooLongWords(max: number, length: number): string {
  return `Keep this to ${format.number(max)} characters at most — it has ${format.number(length)}.`;
}

/** "1,960 of 2,000 characters", shown as a field nears its limit. */
export function lengthCountWords(length: number, max: number): string {
  return `${format.number(length)} of ${format.number(max)} characters`;
}

/**
 * A field's count is shown once it holds this share of its limit: early enough to trim
 * calmly, late enough that short fields do not carry a counter all the time.
 */
export const countShownFrom = 0.8;

const notNow: Record<NotNowReason, string> = {
  already_begun: 'This is already begun: finish it from its attempt.',
  already_done: 'This is already done.',
  already_not_tried: 'This is already logged as not tried.',
  already_skipped: 'This was already skipped.',
  already_moved: 'This was already moved to another day.',
  ladder_full: 'This ladder has as many rungs as it can hold. Start another ladder for more.',
  in_use:
    'This challenge is on a ladder or in a plan (past weeks included), so it stays. Take it off there first.',
  already_in_journal: 'This is already back in your journal.',
  nothing_to_merge:
    'The journal file has not been changed elsewhere, so there is nothing to merge.',
  journal_open: 'Lock the journal first, then try again.',
  too_large_file: 'That file is too large to be an Ask Anyway journal or export.',
  not_an_export: 'That file is not a journal export from Ask Anyway.',
  not_a_journal:
    'That file opens, but what it holds is not an Ask Anyway journal. Nothing was changed.',
  file_too_slow:
    'That file took too long to open; it may be damaged or made to stall the app. Nothing was changed.',
  file_too_demanding:
    'That file needed more memory to open than any journal does; it may be damaged or hostile. Nothing was changed.',
};

/**
 * A field's problem in the words shown beside it: never a field path or a schema's
 * wording. `what` names the field's items where a count is said ("tags"). The one place
 * problems become words.
 */
export function fieldProblemText(problem: FieldProblem, what = 'items'): string {
  switch (problem.kind) {
    case 'required':
      return 'This needs an answer.';
    case 'too_long':
      return tooLongWords(problem.max, problem.length);
    case 'too_many':
      return `Keep to ${format.number(problem.max)} ${what} at most — there are ${format.number(problem.count)}.`;
    case 'out_of_range':
      if (problem.min !== null && problem.max !== null)
        return `Choose a number from ${problem.min} to ${problem.max}.`;
      return problem.min !== null
        ? `Choose ${problem.min} or more.`
        : `Choose ${problem.max ?? 0} or less.`;
    case 'not_a_date':
      return 'Choose a real day (and time).';
    case 'not_allowed':
      return 'This is not something the journal can keep. Change it and try again.';
    case 'not_found':
      return 'This is no longer in your journal. It may have been deleted.';
    case 'no_match':
      return 'This does not match. Check it and type it again.';
    case 'not_now':
      return notNow[problem.reason];
  }
}
