import { z } from 'zod';
import { localDateSchema } from './calendar.js';

/*
 * The onboarding self-check and the weekly check (domain.md, rule 4). Neither is a
 * clinical questionnaire and neither diagnoses anything: they are a few plain questions
 * about avoidance that help the app decide how gently to start and when to suggest that
 * a professional may be the better path. The cut-offs are our own judgement, not
 * validated clinical scores, and they err on the side of recommending guidance.
 */

export type SelfCheckQuestionId =
  | 'asking_for_help'
  | 'places_with_strangers'
  | 'cancelled_plans'
  | 'phone_and_messages'
  | 'someone_else_speaks'
  | 'kept_from_going_out';

export interface SelfCheckQuestion {
  readonly id: SelfCheckQuestionId;
  readonly question: string;
}

/** Shown above the questions: each one is about the last month. */
export const selfCheckIntro =
  'A few questions about the last month. This is not a test and not a diagnosis: it helps the app suggest how to begin.';

/** Asked in this order, milder first. */
export const selfCheckQuestions: readonly SelfCheckQuestion[] = [
  {
    id: 'asking_for_help',
    question:
      'How often did you go without something rather than ask someone for it: directions, help in a shop, a question at work or school?',
  },
  {
    id: 'places_with_strangers',
    question:
      'How often did you stay away from places where you might have to talk to people you don’t know, such as shops, cafés or buses?',
  },
  {
    id: 'cancelled_plans',
    question:
      'How often did you cancel or skip plans with others because you dreaded how they would go?',
  },
  {
    id: 'phone_and_messages',
    question:
      'How often did you let calls ring or leave messages unanswered because replying felt like too much?',
  },
  {
    id: 'someone_else_speaks',
    question:
      'How often did you ask someone else to speak for you (order, call, complain) because you could not face doing it?',
  },
  {
    id: 'kept_from_going_out',
    question: 'How often did worry about how others would react keep you from going out at all?',
  },
];

/** 0 = never … 4 = almost always. */
export const selfCheckAnswerLabels = [
  'Never',
  'Rarely',
  'Sometimes',
  'Often',
  'Almost always',
] as const;

export const selfCheckAnswerSchema = z
  .int()
  .min(0)
  .max(selfCheckAnswerLabels.length - 1);

/** One answer per question, in the order of `selfCheckQuestions`. */
export const selfCheckAnswersSchema = z
  .array(selfCheckAnswerSchema)
  .length(selfCheckQuestions.length);
export type SelfCheckAnswers = z.infer<typeof selfCheckAnswersSchema>;

/** How the app suggests the user begins. */
export type OnboardingAdvice = 'ready' | 'start_gently' | 'professional_first';

/**
 * Being kept from going out at all is the avoidance domain.md names. "Often" or more:
 * someone already that held back should not take this on alone, whatever the rest says.
 * "Sometimes" is reason enough to start with the easiest steps.
 */
export const severeAvoidanceQuestion: SelfCheckQuestionId = 'kept_from_going_out';
export const severeAvoidanceFrom = 3;
export const notableAvoidanceFrom = 2;

/**
 * Totals over the six answers (0–24). "Rarely" everywhere is 6 and "sometimes"
 * everywhere is 12: from 9, halfway between, avoidance is part of most weeks and the
 * app starts with the easiest steps. "Often" everywhere is 18: from there avoidance
 * shapes daily life, and a professional's guidance should come first.
 */
export const startGentlyFrom = 9;
export const professionalFirstFrom = 18;

/** The onboarding advice for a complete set of answers (as `selfCheckAnswersSchema` checks). */
export function assessOnboarding(answers: SelfCheckAnswers): OnboardingAdvice {
  if (answers.length !== selfCheckQuestions.length) {
    throw new RangeError('The self-check needs exactly one answer per question.');
  }
  const severeIndex = selfCheckQuestions.findIndex(({ id }) => id === severeAvoidanceQuestion);
  const keptFromGoingOut = answers[severeIndex] ?? 0;
  const total = answers.reduce((sum, answer) => sum + answer, 0);
  if (keptFromGoingOut >= severeAvoidanceFrom || total >= professionalFirstFrom) {
    return 'professional_first';
  }
  if (keptFromGoingOut >= notableAvoidanceFrom || total >= startGentlyFrom) return 'start_gently';
  return 'ready';
}

/** The weekly check: one question, 0 = not anxious at all … 10 = the most I can imagine. */
export const weeklyCheckQuestion =
  'Over the past week, how anxious have you felt, overall, about dealing with other people?';

export const weeklyAnxietySchema = z.int().min(0).max(10);

export const weeklyCheckSchema = z.strictObject({
  on: localDateSchema,
  anxiety: weeklyAnxietySchema,
});
export type WeeklyCheck = z.infer<typeof weeklyCheckSchema>;
