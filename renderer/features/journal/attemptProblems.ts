import { attemptInputSchema, type AttemptInput } from '../../../shared/domain/practice/attempts.js';
import type { AttemptFields } from '../../../shared/domain/practice/drafts.js';
import {
  fieldIssuesOf,
  type FieldIssue,
  type FieldProblem,
} from '../../../shared/ipc/fieldIssues.js';
import { fieldProblemText } from '../../components/fieldWords.js';

/** What keeps the form from saving, by the field that holds it, in plain words. */
export type AttemptProblems = Partial<Record<keyof AttemptFields, string>>;

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

function fieldOf(path: readonly PropertyKey[]): keyof AttemptFields | undefined {
  const [part, key] = path;
  if (part === 'tags') return 'tags';
  return typeof key === 'string' ? fieldOfPart[key] : undefined;
}

/** The value at `path` in the attempt, as the schema saw it. */
function valueAt(input: AttemptInput, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | null)?.[key];
  return value;
}

const quoteStart = (text: string) => (text.length > 24 ? `“${text.slice(0, 24)}…”` : `“${text}”`);

const listNames: Partial<Record<keyof AttemptFields, string>> = {
  safetyBehaviours: 'safety behaviours',
  tags: 'tags',
};

/** One problem in the words shown beside its field. */
function wordsFor(problem: FieldProblem, field: keyof AttemptFields, value: unknown): string {
  if (field === 'request' && problem.kind === 'required') {
    return 'Write what you will ask for — a few words are enough.';
  }
  if (field === 'occurredAt') return 'Choose the day and the time.';
  const listName = listNames[field];
  if (problem.kind === 'too_long' && listName && typeof value === 'string') {
    // A list's items are checked one by one: name the one that is too long.
    return `Keep each to ${problem.max} characters at most — ${quoteStart(value)} has ${value.length}.`;
  }
  if (field === 'tags' && problem.kind === 'not_allowed') {
    return 'Tags cannot hold tabs or line breaks.';
  }
  return fieldProblemText(problem, listName);
}

/**
 * Issues by form field, in the form's words; issues no field of the form holds are
 * `rest`, as they came. `within` gives an issue's path inside the attempt, if it is in it.
 */
function sortIssues(
  issues: readonly FieldIssue[],
  input: AttemptInput,
  within: (path: FieldIssue['path']) => FieldIssue['path'] | undefined = (path) => path,
): { problems: AttemptProblems; rest: FieldIssue[] } {
  const problems: AttemptProblems = {};
  const rest: FieldIssue[] = [];
  for (const issue of issues) {
    const path = within(issue.path);
    const field = path && fieldOf(path);
    if (path === undefined || field === undefined) rest.push(issue);
    else problems[field] ??= wordsFor(issue.problem, field, valueAt(input, path));
  }
  return { problems, rest };
}

/**
 * Checks the attempt the form would send with the very schema main checks it with, so
 * the form refuses what main would refuse, and says why beside the field instead of in
 * one line of schema words under the form. The first problem of each field is kept.
 */
export function attemptProblems(input: AttemptInput): AttemptProblems {
  const result = attemptInputSchema.safeParse(input);
  if (result.success) return {};
  return sortIssues(fieldIssuesOf(result.error, input), input).problems;
}

/**
 * What main refused in a sent attempt (INVALID_REQUEST's issues, whose paths start at the
 * request: `attempt.before.request`), by form field, said as the form says its own;
 * `rest` are the issues about anything else (an id, the plan item).
 */
export function attemptProblemsFromMain(
  issues: readonly FieldIssue[],
  input: AttemptInput,
): { problems: AttemptProblems; rest: FieldIssue[] } {
  return sortIssues(issues, input, ([head, ...path]) => (head === 'attempt' ? path : undefined));
}
