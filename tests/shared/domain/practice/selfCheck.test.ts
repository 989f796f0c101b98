import { describe, expect, it } from 'vitest';
import {
  assessOnboarding,
  selfCheckAnswerLabels,
  selfCheckAnswersSchema,
  selfCheckQuestions,
  severeAvoidanceQuestion,
  weeklyCheckSchema,
  type SelfCheckAnswers,
} from '../../../../shared/domain/practice/selfCheck.js';

const questionCount = selfCheckQuestions.length;
const severeIndex = selfCheckQuestions.findIndex(({ id }) => id === severeAvoidanceQuestion);

/** Answers with `total` spread over the questions other than the severe one. */
const answersTotalling = (total: number, keptFromGoingOut = 0): SelfCheckAnswers => {
  let left = total;
  return selfCheckQuestions.map((_, index) => {
    if (index === severeIndex) return keptFromGoingOut;
    const answer = Math.min(4, left);
    left -= answer;
    return answer;
  });
};

describe('the self-check questions', () => {
  it('are a short list with distinct ids, labelled never … almost always', () => {
    expect(questionCount).toBeGreaterThanOrEqual(5);
    expect(questionCount).toBeLessThanOrEqual(7);
    expect(new Set(selfCheckQuestions.map(({ id }) => id)).size).toBe(questionCount);
    expect(selfCheckAnswerLabels).toEqual([
      'Never',
      'Rarely',
      'Sometimes',
      'Often',
      'Almost always',
    ]);
  });

  it('ask about being kept from going out at all', () => {
    expect(severeIndex).toBeGreaterThanOrEqual(0);
  });
});

describe('assessOnboarding', () => {
  it.each([
    [0, 0, 'ready'],
    [8, 0, 'ready'],
    [9, 0, 'start_gently'],
    [17, 0, 'start_gently'],
    [18, 0, 'professional_first'],
    [0, 1, 'ready'],
    [0, 2, 'start_gently'],
    [0, 3, 'professional_first'],
    [0, 4, 'professional_first'],
    [16, 2, 'professional_first'],
  ] as const)(
    'other answers totalling %i, kept from going out %i → %s',
    (othersTotal, keptFromGoingOut, advice) => {
      expect(assessOnboarding(answersTotalling(othersTotal, keptFromGoingOut))).toBe(advice);
    },
  );

  it.each([questionCount - 1, questionCount + 1])(
    'refuses %i answers: one per question is the contract',
    (length) => {
      expect(() => assessOnboarding(Array.from({ length }, () => 0))).toThrow(RangeError);
    },
  );
});

describe('selfCheckAnswersSchema', () => {
  it.each([
    ['one answer 0–4 per question', answersTotalling(10), true],
    ['one answer too few', answersTotalling(0).slice(1), false],
    ['one answer too many', [...answersTotalling(0), 0], false],
    ['an answer above 4', [5, ...answersTotalling(0).slice(1)], false],
    ['a negative answer', [-1, ...answersTotalling(0).slice(1)], false],
    ['a fraction', [1.5, ...answersTotalling(0).slice(1)], false],
  ])('%s → valid: %s', (_, answers, valid) => {
    expect(selfCheckAnswersSchema.safeParse(answers).success).toBe(valid);
  });
});

describe('weeklyCheckSchema', () => {
  it.each([
    [{ on: '2026-11-19', anxiety: 0 }, true],
    [{ on: '2026-11-19', anxiety: 10 }, true],
    [{ on: '2026-11-19', anxiety: 11 }, false],
    [{ on: '2026-11-19', anxiety: -1 }, false],
    [{ on: '2026-11-19', anxiety: 4.5 }, false],
    [{ on: '2026-02-30', anxiety: 4 }, false],
    [{ on: '2026-11-19', anxiety: 4, note: 'x' }, false],
  ])('%o → valid: %s', (check, valid) => {
    expect(weeklyCheckSchema.safeParse(check).success).toBe(valid);
  });
});
