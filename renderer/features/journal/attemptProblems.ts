import { attemptInputSchema, type AttemptInput } from '../../../shared/domain/practice/attempts.js';
import type { AttemptFields } from '../../../shared/domain/practice/drafts.js';
import type { FieldIssue } from '../../../shared/ipc/fieldIssues.js';
import {
  issuesByField,
  problemsByField,
  type FieldOfPath,
  type FieldWordsFor,
  type ProblemsByField,
} from '../../components/fieldProblems.js';
import { fieldProblemText } from '../../components/fieldWords.js';

/** What keeps the form from saving, by the field that holds it, in plain words. */
export type AttemptProblems = ProblemsByField<keyof AttemptFields>;

/** The form field behind each part of the attempt the form sends (see `toInput`). */
const fieldOfPart: Record<string, keyof AttemptFields> = {
  request: 'request',
  occurredAt: 'occurredAt',
  anticipatedSuds: 'anticipatedSuds',
  predictedNoPercent: 'predictedNoPercent',
  fearedConsequence: 'fearedConsequence',
  safetyBehavioursDropped: 'safetyBehaviours',
  peakSuds: 'peakSuds',
  afterSuds: 'afterSuds',
  surprise: 'surprise',
  whatHappened: 'whatHappened',
  learned: 'learned',
  coping: 'coping',
  copingNote: 'copingNote',
};

/** The form field behind a path in the attempt (`before.request`, `tags.3`, …). */
export const attemptFieldOf: FieldOfPath<keyof AttemptFields> = ([part, key]) => {
  if (part === 'tags') return 'tags';
  return typeof key === 'string' ? fieldOfPart[key] : undefined;
};

const quoteStart = (text: string) => (text.length > 24 ? `“${text.slice(0, 24)}…”` : `“${text}”`);

/** Fields typed as one comma-separated line, checked item by item. */
const listNames: Partial<Record<keyof AttemptFields, string>> = {
  safetyBehaviours: 'safety behaviours',
  tags: 'tags',
};

/** Where the attempt form's words are kinder, or more exact, than the common ones. */
export const attemptWordsFor: FieldWordsFor<keyof AttemptFields> = (field, { problem }, value) => {
  if (field === 'request' && problem.kind === 'required') {
    return 'Write what you will ask for — a few words are enough.';
  }
  if (field === 'occurredAt') return 'Choose the day and the time.';
  const list = listNames[field];
  if (list === undefined) return undefined;
  // A list's items are checked one by one: name the one that is too long.
  if (problem.kind === 'too_long' && typeof value === 'string') {
    return `Keep each to ${problem.max} characters at most — ${quoteStart(value)} has ${value.length}.`;
  }
  if (field === 'tags' && problem.kind === 'not_allowed') {
    return 'Tags cannot hold tabs or line breaks.';
  }
  return fieldProblemText(problem, list);
};

/**
 * Checks the attempt the form would send with the very schema main checks it with, so
 * the form refuses what main would refuse, and says why beside the field instead of in
 * one line of schema words under the form. The first problem of each field is kept.
 */
export function attemptProblems(input: AttemptInput): AttemptProblems {
  return problemsByField(attemptInputSchema, input, attemptFieldOf, attemptWordsFor);
}

/** A path in an attempts.create/update request (`attempt.before.request`) as one in the attempt. */
const inAttempt = (issue: FieldIssue): FieldIssue | undefined => {
  const [head, ...path] = issue.path;
  return head === 'attempt' ? { ...issue, path } : undefined;
};

/**
 * What main refused in a sent attempt (INVALID_REQUEST's issues, whose paths start at the
 * request), by form field, said as the form says its own; `rest` are the issues about
 * anything else (the plan item, an unknown challenge, the attempt's id), as they came.
 */
export function attemptProblemsFromMain(
  issues: readonly FieldIssue[],
  input: AttemptInput,
): { problems: AttemptProblems; rest: FieldIssue[] } {
  const outside: FieldIssue[] = [];
  const within = issues.flatMap((issue) => {
    const moved = inAttempt(issue);
    if (moved === undefined || attemptFieldOf(moved.path) === undefined) outside.push(issue);
    return moved && attemptFieldOf(moved.path) !== undefined ? [moved] : [];
  });
  const { problems } = issuesByField(within, input, attemptFieldOf, attemptWordsFor);
  return { problems, rest: outside };
}
