import type { z } from 'zod';
import { fieldIssuesOf, type FieldIssue } from '../../shared/ipc/fieldIssues.js';
import { fieldProblemText } from './fieldWords.js';

/** What keeps a form from sending, by the field that holds it, in plain words. */
export type ProblemsByField<F extends string> = Partial<Record<F, string>>;

/** The form field a request's path belongs to, or undefined when no field shows it. */
export type FieldOfPath<F extends string> = (path: FieldIssue['path']) => F | undefined;

/**
 * A form's own words for one problem of one field, where they are kinder than the
 * common ones; undefined falls back to `fieldProblemText`. `value` is what the schema
 * found at the issue's path (one list item, for a list checked item by item).
 */
export type FieldWordsFor<F extends string> = (
  field: F,
  issue: FieldIssue,
  value: unknown,
) => string | undefined;

/** For a request whose top-level keys are the form's fields, listed. */
export const topLevelField =
  <F extends string>(fields: readonly F[]): FieldOfPath<F> =>
  ([key]) =>
    fields.find((field) => field === key);

function valueAt(input: unknown, path: FieldIssue['path']): unknown {
  let value = input;
  for (const key of path) {
    value =
      value !== null && typeof value === 'object'
        ? (value as Record<string | number, unknown>)[key]
        : undefined;
  }
  return value;
}

/**
 * Checks what a form would send with the very schema main checks it with, so the form
 * refuses what main would refuse and says why beside each field. The first problem of
 * each field is kept; a problem no field shows (an id, a choice main answers for
 * itself) is left for main to judge.
 */
export function problemsByField<F extends string>(
  schema: z.ZodType,
  input: unknown,
  fieldOf: FieldOfPath<F>,
  wordsFor?: FieldWordsFor<F>,
): ProblemsByField<F> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return issuesByField(fieldIssuesOf(result.error, input), input, fieldOf, wordsFor).problems;
}

/**
 * Issues by the form field that shows them, in the form's words (the first of each field
 * is kept), and the `rest` no field shows, as they came. Used for the form's own check and
 * for main's INVALID_REQUEST issues alike; `input` is what was checked or sent.
 */
export function issuesByField<F extends string>(
  issues: readonly FieldIssue[],
  input: unknown,
  fieldOf: FieldOfPath<F>,
  wordsFor?: FieldWordsFor<F>,
): { problems: ProblemsByField<F>; rest: FieldIssue[] } {
  const problems: ProblemsByField<F> = {};
  const rest: FieldIssue[] = [];
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field === undefined) rest.push(issue);
    else
      problems[field] ??=
        wordsFor?.(field, issue, valueAt(input, issue.path)) ?? fieldProblemText(issue.problem);
  }
  return { problems, rest };
}

/** Whether any field has a problem, so nothing may be sent yet. */
export const hasProblems = (problems: ProblemsByField<string>): boolean =>
  Object.keys(problems).length > 0;
