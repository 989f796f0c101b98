import { describe, expect, it } from 'vitest';
import {
  countShownFrom,
  fieldProblemText,
  lengthCountWords,
  tooLongWords,
} from '../../../renderer/components/fieldWords.js';
import type { FieldProblem, NotNowReason } from '../../../shared/ipc/fieldIssues.js';

/** One of each kind: a kind added without a sample here fails to compile. */
const oneOfEach: { readonly [K in FieldProblem['kind']]: Extract<FieldProblem, { kind: K }> } = {
  required: { kind: 'required' },
  too_long: { kind: 'too_long', max: 80, length: 93 },
  too_many: { kind: 'too_many', max: 20, count: 23 },
  out_of_range: { kind: 'out_of_range', min: 0, max: 100 },
  not_a_date: { kind: 'not_a_date' },
  not_allowed: { kind: 'not_allowed' },
  not_found: { kind: 'not_found' },
  no_match: { kind: 'no_match' },
  not_now: { kind: 'not_now', reason: 'already_done' },
};

/** Every reason: one added to NotNowReason without a place here fails to compile. */
const everyReason: Record<NotNowReason, true> = {
  already_begun: true,
  already_done: true,
  already_not_tried: true,
  already_skipped: true,
  already_moved: true,
  ladder_full: true,
  in_use: true,
  already_in_journal: true,
  nothing_to_merge: true,
  journal_open: true,
  too_large_file: true,
  not_an_export: true,
  not_a_journal: true,
  file_too_slow: true,
  file_too_demanding: true,
};

const problems: [string, FieldProblem][] = [
  ...Object.values(oneOfEach).map((problem): [string, FieldProblem] => [problem.kind, problem]),
  ...(Object.keys(everyReason) as NotNowReason[]).map((reason): [string, FieldProblem] => [
    `not_now ${reason}`,
    { kind: 'not_now', reason },
  ]),
  ['out_of_range from a minimum', { kind: 'out_of_range', min: 1, max: null }],
  ['out_of_range to a maximum', { kind: 'out_of_range', min: null, max: 10 }],
];

describe('the words beside a field', () => {
  it('says the limit and how much there is, with thousands grouped', () => {
    expect(tooLongWords(80, 93)).toBe('Keep this to 80 characters at most — it has 93.');
    expect(tooLongWords(20_000, 100_000)).toBe(
      'Keep this to 20,000 characters at most — it has 100,000.',
    );
    expect(lengthCountWords(1_960, 2_000)).toBe('1,960 of 2,000 characters');
  });

  it('shows a count only near the limit', () => {
    expect(countShownFrom).toBeGreaterThan(0.5);
    expect(countShownFrom).toBeLessThan(1);
  });

  it.each(problems)('says %s as a sentence, without a path or schema wording', (_name, problem) => {
    const words = fieldProblemText(problem);
    expect(words).toMatch(/^[A-Z].*[.]$/);
    // No field path (`attempt.before.request`, `answers.0`) and no code or kind names.
    expect(words).not.toMatch(/\w\.\w/);
    expect(words).not.toMatch(/_/);
    expect(words).not.toMatch(/expected|too big|too small|invalid|undefined|null|NaN/i);
  });

  it('gives each reason a sentence of its own', () => {
    const said = (Object.keys(everyReason) as NotNowReason[]).map((reason) =>
      fieldProblemText({ kind: 'not_now', reason }),
    );
    expect(new Set(said).size).toBe(said.length);
  });

  it('puts the numbers a problem carries into its words', () => {
    expect(fieldProblemText(oneOfEach.too_long)).toBe(
      'Keep this to 80 characters at most — it has 93.',
    );
    expect(fieldProblemText(oneOfEach.too_many, 'tags')).toBe(
      'Keep to 20 tags at most — there are 23.',
    );
    expect(fieldProblemText(oneOfEach.out_of_range)).toBe('Choose a number from 0 to 100.');
    expect(fieldProblemText({ kind: 'out_of_range', min: 1, max: null })).toBe('Choose 1 or more.');
  });
});
