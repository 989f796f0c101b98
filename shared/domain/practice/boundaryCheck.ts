import { z } from 'zod';

/**
 * The boundary check a custom challenge passes before it is saved (domain.md, rule 2):
 * one question per boundary. The point of the practice is hearing "no" from someone who
 * is free to say it; a request that crosses their boundaries stops being practice and
 * starts costing them.
 */
export const boundaryQuestionIds = [
  'no_touching',
  'nothing_sexual',
  'no_pestering',
  'no_pressure_on_staff',
  'no_filming',
  'safe_and_legal',
] as const;
export type BoundaryQuestionId = (typeof boundaryQuestionIds)[number];

/** One question; an answer other than `safeAnswer` blocks saving, and `why` says why. */
export interface BoundaryQuestion {
  readonly id: BoundaryQuestionId;
  readonly question: string;
  readonly safeAnswer: boolean;
  readonly why: string;
}

// Each question is asked the way people would naturally say it, so some are safe with
// "no" and some with "yes"; `safeAnswer` keeps that straight.
const questionsById: Record<BoundaryQuestionId, Omit<BoundaryQuestion, 'id'>> = {
  no_touching: {
    question: 'Could this involve touching anyone, even a hug, a kiss or a hand on the arm?',
    safeAnswer: false,
    why: 'Touch needs a clear, freely given yes, and a stranger put on the spot cannot give one. Keep the request to words: that is where the practice happens.',
  },
  nothing_sexual: {
    question: 'Could this come across as flirting or as sexual in any way?',
    safeAnswer: false,
    why: 'A flirtatious or sexual request can make the other person feel unsafe, whatever you meant by it. Choose something that anyone could hear without discomfort.',
  },
  no_pestering: {
    question: 'Will you take the first "no" as the answer and not ask that same person again?',
    safeAnswer: true,
    why: 'Hearing "no" and walking away calmly is the whole exercise. Asking the same person again turns practice into pressure on them.',
  },
  no_pressure_on_staff: {
    question:
      'Could saying yes get someone in trouble at work, for example by bending a rule that might cost them their job?',
    safeAnswer: false,
    why: 'Staff may not be free to say yes, and a yes could cost them. Ask for something they can refuse, or grant, without risk to themselves.',
  },
  no_filming: {
    question: 'Will you film, photograph or record anyone who has not agreed to it?',
    safeAnswer: false,
    why: 'Being recorded without agreeing to it takes away someone’s choice. Keep your notes in the journal instead.',
  },
  safe_and_legal: {
    question: 'Is it legal, and will everyone involved stay safe and feel safe?',
    safeAnswer: true,
    why: 'A challenge is meant to feel a little awkward, never dangerous or frightening for you or anyone else. Pick a request that leaves everyone safe.',
  },
};

/** The checklist, in the order it is asked. */
export const boundaryQuestions: readonly BoundaryQuestion[] = boundaryQuestionIds.map((id) => ({
  id,
  ...questionsById[id],
}));

/** What crosses IPC while the user fills in the checklist: any subset, booleans only. */
export const boundaryAnswersSchema = z.partialRecord(z.enum(boundaryQuestionIds), z.boolean());
export type BoundaryAnswers = z.infer<typeof boundaryAnswersSchema>;

export const unansweredWhy =
  'Please answer every question: the challenge can be saved once each one has an answer.';

export type BoundaryCheck =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly failures: readonly { readonly id: BoundaryQuestionId; readonly why: string }[];
    };

/** Passes when every question has its safe answer; otherwise lists each one that does not. */
export function checkBoundaries(answers: BoundaryAnswers): BoundaryCheck {
  const failures = boundaryQuestions.flatMap(({ id, safeAnswer, why }) => {
    const answer = answers[id];
    if (answer === undefined) return [{ id, why: unansweredWhy }];
    return answer === safeAnswer ? [] : [{ id, why }];
  });
  return failures.length === 0 ? { ok: true } : { ok: false, failures };
}
