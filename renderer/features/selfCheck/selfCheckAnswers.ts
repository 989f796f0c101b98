import {
  selfCheckQuestions,
  type SelfCheckAnswers,
} from '../../../shared/domain/practice/selfCheck.js';

/** The self-check while it is filled in: one slot per question, empty until answered. */
export type SelfCheckDraft = readonly (number | undefined)[];

export const emptySelfCheck: SelfCheckDraft = selfCheckQuestions.map(() => undefined);

/** The draft with one question answered. */
export const withAnswer = (draft: SelfCheckDraft, index: number, answer: number): SelfCheckDraft =>
  draft.map((current, i) => (i === index ? answer : current));

/** The answers to send, once every question has one; `undefined` before that. */
export function completeAnswers(draft: SelfCheckDraft): SelfCheckAnswers | undefined {
  const answers = draft.filter((answer) => answer !== undefined);
  return answers.length === selfCheckQuestions.length ? answers : undefined;
}
