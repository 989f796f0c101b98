import type { z } from 'zod';
import { attemptInputSchema, type AttemptInput } from '../../../shared/domain/practice/attempts.js';
import type { AttemptFields } from '../../../shared/domain/practice/drafts.js';
import { tooLongWords } from '../../components/fieldWords.js';

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

/** One schema issue in the words shown beside its field. */
function wordsFor(issue: z.core.$ZodIssue, field: keyof AttemptFields, value: unknown): string {
  if (field === 'request' && issue.code === 'too_small') {
    return 'Write what you will ask for — a few words are enough.';
  }
  if (field === 'occurredAt') return 'Choose the day and the time.';
  if (issue.code === 'too_big' && typeof value === 'string') {
    const max = Number(issue.maximum);
    // A list's items are checked one by one: name the one that is too long.
    return listNames[field]
      ? `Keep each to ${max} characters at most — ${quoteStart(value)} has ${value.length}.`
      : tooLongWords(max, value.length);
  }
  if (issue.code === 'too_big' && Array.isArray(value)) {
    return `Keep to ${Number(issue.maximum)} ${listNames[field] ?? 'items'} at most — there are ${value.length}.`;
  }
  if (field === 'tags' && issue.code === 'invalid_format') {
    return 'Tags cannot hold tabs or line breaks.';
  }
  return 'This is not a value the journal can keep; change it and save again.';
}

/**
 * Checks the attempt the form would send with the very schema main checks it with, so
 * the form refuses what main would refuse, and says why beside the field instead of in
 * one line of schema words under the form. The first problem of each field is kept.
 */
export function attemptProblems(input: AttemptInput): AttemptProblems {
  const result = attemptInputSchema.safeParse(input);
  if (result.success) return {};
  const problems: AttemptProblems = {};
  for (const issue of result.error.issues) {
    const field = fieldOf(issue.path);
    if (field === undefined || problems[field] !== undefined) continue;
    problems[field] = wordsFor(issue, field, valueAt(input, issue.path));
  }
  return problems;
}
