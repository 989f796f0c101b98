import type { z } from 'zod';

/**
 * What can be wrong with one field of a request, as data. Main sends these with
 * INVALID_REQUEST, and the renderer finds the same ones itself before sending (it runs
 * the contract's own schemas); `renderer/components/fieldWords.ts` says each in plain
 * words beside its field. A closed set: a new kind fails to compile until it has words.
 */
export type FieldProblem =
  /** Nothing, or only spaces, where something is needed. */
  | { readonly kind: 'required' }
  /** Text longer than it may be: `length` characters where `max` are allowed. */
  | { readonly kind: 'too_long'; readonly max: number; readonly length: number }
  /** A list with `count` items where `max` are allowed. */
  | { readonly kind: 'too_many'; readonly max: number; readonly count: number }
  /** A number outside `min`…`max` (either bound may be open). */
  | { readonly kind: 'out_of_range'; readonly min: number | null; readonly max: number | null }
  /** Not a real calendar day, or a day and time. */
  | { readonly kind: 'not_a_date' }
  /** Not one of the values the field takes (an unknown choice, a malformed id or text). */
  | { readonly kind: 'not_allowed' }
  /** A well-formed id of something the journal does not hold (deleted, or never there). */
  | { readonly kind: 'not_found' }
  /** Typed back, but not what it had to match (a group of the recovery key). */
  | { readonly kind: 'no_match' }
  /** The thing is in a state that does not allow this (a plan item already done, a full ladder). */
  | { readonly kind: 'not_now'; readonly reason: NotNowReason };

/** Why an action on an existing thing is refused as things stand. */
export type NotNowReason =
  | 'already_begun'
  | 'already_done'
  | 'already_not_tried'
  | 'already_skipped'
  | 'already_moved'
  | 'ladder_full'
  /** A challenge still on a ladder or in a plan, so it cannot be deleted. */
  | 'in_use'
  /** Restoring something the journal already holds again (an undo run twice). */
  | 'already_in_journal'
  /** Merging when the file on disk is still the one this app wrote. */
  | 'nothing_to_merge'
  /** Something only a locked journal allows (a reset with the recovery key). */
  | 'journal_open'
  /** A chosen file larger than any journal, export or backup this app reads (docs/security.md). */
  | 'too_large_file'
  | 'not_an_export'
  /** A vault whose tables are not the journal's (a view, a generated column under a known name). */
  | 'not_a_journal'
  /** A vault that took longer to open than any journal should: damaged, or made to stall. */
  | 'file_too_slow'
  /** A vault that needed more memory to open than any journal should. */
  | 'file_too_demanding';

/** A field's place in a request: `['attempt', 'before', 'request']`, `['answers', 2]`. */
export type FieldPath = readonly (string | number)[];

/** One problem, and the field it is about: the request's path to it, as zod gives it. */
export interface FieldIssue {
  readonly path: FieldPath;
  readonly problem: FieldProblem;
}

/** The value at `path` in what was checked. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    value =
      value !== null && typeof value === 'object'
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined;
  }
  return value;
}

const asNumber = (bound: number | bigint): number => Number(bound);

/** One zod issue as a problem: the limit from the schema, the size from the value checked. */
function problemOf(issue: z.core.$ZodIssue, value: unknown): FieldProblem {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return { kind: 'required' };
      if (issue.origin === 'array') return { kind: 'required' };
      return { kind: 'out_of_range', min: asNumber(issue.minimum), max: null };
    case 'too_big':
      if (issue.origin === 'string') {
        return {
          kind: 'too_long',
          max: asNumber(issue.maximum),
          length: typeof value === 'string' ? value.length : asNumber(issue.maximum) + 1,
        };
      }
      if (issue.origin === 'array') {
        return {
          kind: 'too_many',
          max: asNumber(issue.maximum),
          count: Array.isArray(value) ? value.length : asNumber(issue.maximum) + 1,
        };
      }
      return { kind: 'out_of_range', min: null, max: asNumber(issue.maximum) };
    case 'invalid_format':
      return issue.format === 'datetime' || issue.format === 'date'
        ? { kind: 'not_a_date' }
        : { kind: 'not_allowed' };
    case 'custom':
      return (
        (issue.params as { problem?: FieldProblem } | undefined)?.problem ?? {
          kind: 'not_allowed',
        }
      );
    default:
      return { kind: 'not_allowed' };
  }
}

/**
 * A failed parse as field issues, a few at most (a hostile payload can fail everywhere;
 * the user needs the first problem of each field). A schema says what a custom check
 * means with `params: { problem }` (see `notADate`).
 */
export function fieldIssuesOf(error: z.ZodError, input: unknown): FieldIssue[] {
  return error.issues.slice(0, 20).map((issue) => {
    // An extra key is about that key, not the object that holds it: name it.
    const path =
      issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined
        ? [...issue.path, issue.keys[0]]
        : issue.path;
    return {
      path: path.filter((key): key is string | number => typeof key !== 'symbol'),
      problem: problemOf(issue, valueAt(input, issue.path)),
    };
  });
}

/** For a `.refine(…)` or `.regex(…)` on dates: its issue is a `not_a_date` problem. */
export const notADate = { params: { problem: { kind: 'not_a_date' } satisfies FieldProblem } };
