import { describe, expect, it } from 'vitest';
import { selfCheckQuestions } from '../../../../shared/domain/practice/selfCheck.js';
import {
  completeAnswers,
  emptySelfCheck,
  withAnswer,
} from '../../../../renderer/features/selfCheck/selfCheckAnswers.js';

const answerAll = (answers: readonly number[]) =>
  answers.reduce((draft, answer, index) => withAnswer(draft, index, answer), emptySelfCheck);

describe('the self-check draft', () => {
  it('starts with one empty slot per question', () => {
    expect(emptySelfCheck).toHaveLength(selfCheckQuestions.length);
    expect(completeAnswers(emptySelfCheck)).toBeUndefined();
  });

  it('is not complete while any question is unanswered, "never" (0) included', () => {
    const allButLast = answerAll([0, 0, 0, 0, 0]);
    expect(completeAnswers(allButLast)).toBeUndefined();
    expect(completeAnswers(withAnswer(allButLast, 5, 0))).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('keeps answers in question order and lets an answer change', () => {
    const draft = withAnswer(answerAll([4, 3, 2, 1, 0, 1]), 1, 0);
    expect(completeAnswers(draft)).toEqual([4, 0, 2, 1, 0, 1]);
  });
});
