import { describe, expect, it } from 'vitest';
import {
  boundaryQuestions,
  checkBoundaries,
  unansweredWhy,
} from '../../../../shared/domain/practice/boundaryCheck.js';
import {
  boundaryFailuresFrom,
  summarizeFailures,
} from '../../../../renderer/features/challenges/boundaryFailures.js';

type Answers = Parameters<typeof checkBoundaries>[0];

/** What the form reads after a refusal: main's `failed` (as practiceService sends it) for these answers. */
function failuresFor(answers: Answers) {
  const check = checkBoundaries(answers);
  if (check.ok) throw new Error('expected a failing check');
  return boundaryFailuresFrom(
    check.failures.map((failure) => failure.id),
    answers,
  );
}

const allSafe = Object.fromEntries(boundaryQuestions.map((q) => [q.id, q.safeAnswer]));

describe('boundaryFailuresFrom', () => {
  it('puts each reason beside its own question', () => {
    const failures = failuresFor({ ...allSafe, no_touching: true, no_filming: true });
    expect(Object.keys(failures)).toEqual(['no_touching', 'no_filming']);
    expect(failures.no_touching).toMatch(/^Touch needs a clear, freely given yes/);
  });

  it('asks for an answer beside a question left open, and leaves passed questions out', () => {
    const answered = Object.entries(allSafe).filter(([id]) => id !== 'safe_and_legal');
    expect(failuresFor(Object.fromEntries(answered))).toEqual({ safe_and_legal: unansweredWhy });
    expect(boundaryFailuresFrom([], allSafe)).toEqual({});
  });
});

describe('summarizeFailures', () => {
  const withoutSafeAndLegal = Object.fromEntries(
    Object.entries(allSafe).filter(([id]) => id !== 'safe_and_legal'),
  );

  it('names what to change when an answer crosses a boundary', () => {
    const failures = failuresFor({ ...allSafe, no_touching: true });
    expect(summarizeFailures(failures, unansweredWhy)).toBe(
      'Not saved yet. As answered, it risks touching someone. Change the request so it avoids that, then answer again: the note beside each question says why it matters.',
    );
  });

  it('lists several crossings and counts the unanswered questions apart', () => {
    const failures = failuresFor({ no_touching: true, nothing_sexual: true, no_pestering: false });
    const summary = summarizeFailures(failures, unansweredWhy);
    expect(summary).toContain(
      'it risks touching someone, coming across as flirting or sexual and asking the same person again after a no.',
    );
    expect(summary).toMatch(/3 questions still need an answer\.$/);
  });

  it('only asks for answers when nothing was answered unsafely', () => {
    const failures = failuresFor(withoutSafeAndLegal);
    expect(summarizeFailures(failures, unansweredWhy)).toBe(
      'Not saved yet. One question still needs an answer.',
    );
  });
});
