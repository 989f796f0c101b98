import { describe, expect, it } from 'vitest';
import {
  boundaryAnswersSchema,
  boundaryQuestionIds,
  boundaryQuestions,
  checkBoundaries,
  unansweredWhy,
  type BoundaryAnswers,
} from '../../../../shared/domain/practice/boundaryCheck.js';

const allSafe = (): BoundaryAnswers =>
  Object.fromEntries(boundaryQuestions.map(({ id, safeAnswer }) => [id, safeAnswer]));

describe('the boundary questions', () => {
  it('ask one question per boundary, in a fixed order', () => {
    expect(boundaryQuestions.map(({ id }) => id)).toEqual(boundaryQuestionIds);
  });

  it.each(boundaryQuestions)('$id explains kindly why it blocks saving', ({ question, why }) => {
    expect(question).toMatch(/\?$/);
    expect(why.length).toBeGreaterThan(40);
  });
});

describe('checkBoundaries', () => {
  it('passes when every answer is the safe one', () => {
    expect(checkBoundaries(allSafe())).toEqual({ ok: true });
  });

  it.each(boundaryQuestions)('blocks a $id answer that is not safe', ({ id, safeAnswer, why }) => {
    expect(checkBoundaries({ ...allSafe(), [id]: !safeAnswer })).toEqual({
      ok: false,
      failures: [{ id, why }],
    });
  });

  it.each(boundaryQuestionIds)('blocks an unanswered %s', (id) => {
    const answers = Object.fromEntries(Object.entries(allSafe()).filter(([key]) => key !== id));
    expect(checkBoundaries(answers)).toEqual({ ok: false, failures: [{ id, why: unansweredWhy }] });
  });

  it('lists every failure, in question order', () => {
    const result = checkBoundaries({ no_touching: true, no_filming: true, no_pestering: true });
    expect(result.ok ? [] : result.failures.map(({ id }) => id)).toEqual([
      'no_touching',
      'nothing_sexual',
      'no_pressure_on_staff',
      'no_filming',
      'safe_and_legal',
    ]);
  });
});

describe('boundaryAnswersSchema', () => {
  it.each([
    ['all answers', allSafe(), true],
    ['some answers, while the user fills the form in', { no_touching: false }, true],
    ['no answers yet', {}, true],
    ['an unknown question', { ...allSafe(), be_nice: true }, false],
    ['a string for a boolean', { no_touching: 'no' }, false],
    ['undefined for a boolean', { no_touching: undefined }, false],
    ['an array', [true], false],
  ])('%s → valid: %s', (_, answers, valid) => {
    expect(boundaryAnswersSchema.safeParse(answers).success).toBe(valid);
  });
});
