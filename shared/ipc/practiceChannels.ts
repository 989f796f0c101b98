import { z } from 'zod';
import {
  attemptIdSchema,
  attemptInputSchema,
  attemptSchema,
  sudsSchema,
} from '../domain/practice/attempts.js';
import { boundaryAnswersSchema } from '../domain/practice/boundaryCheck.js';
import { isoWeekSchema, localDateSchema } from '../domain/practice/calendar.js';
import {
  categories,
  challengeIdSchema,
  challengeSchema,
  difficultySchema,
  shortTextSchema,
  titleSchema,
} from '../domain/practice/challenges.js';
import {
  attemptFieldsSchema,
  draftKeySchema,
  draftSchema,
  draftTargetSchema,
} from '../domain/practice/drafts.js';
import { stepAssessmentSchema } from '../domain/practice/floodingGuard.js';
import { insightRanges, insightsSchema } from '../domain/practice/insights.js';
import {
  journalCursorSchema,
  journalFilterSchema,
  journalPageSchema,
  searchPageSchema,
  searchQuerySchema,
} from '../domain/practice/journal.js';
import { wellbeingReasons } from '../domain/practice/knowWhenToQuit.js';
import {
  ladderIdSchema,
  ladderSchema,
  maxRungs,
  rungIdSchema,
} from '../domain/practice/ladders.js';
import { nextStepSchema } from '../domain/practice/nextSteps.js';
import { planItemIdSchema, planItemSchema } from '../domain/practice/plans.js';
import { trustedPersonSchema } from '../domain/practice/profile.js';
import {
  selfCheckAnswersSchema,
  weeklyAnxietySchema,
  weeklyCheckSchema,
} from '../domain/practice/selfCheck.js';

const none = z.undefined();
const done = z.void();
const byId = <T extends z.ZodType>(id: T) => z.strictObject({ id });

/**
 * The practice's calls (issue 4): challenges, ladders, weekly plans, attempts, search,
 * self-checks and insights. Every write is one durable save of the journal; every id
 * that names nothing is refused with INVALID_REQUEST naming the field.
 */
export const practiceChannels = {
  'challenges.list': { request: none, response: z.array(challengeSchema) },
  'challenges.create': {
    request: z.strictObject({
      title: titleSchema,
      description: shortTextSchema,
      category: z.enum(categories),
      difficulty: difficultySchema,
      boundaryNotes: shortTextSchema,
      answers: boundaryAnswersSchema,
    }),
    response: challengeSchema,
  },
  'challenges.delete': { request: byId(challengeIdSchema), response: done },

  'ladders.list': { request: none, response: z.array(ladderSchema) },
  'ladders.create': {
    request: z.strictObject({ title: titleSchema, goal: shortTextSchema }),
    response: ladderSchema,
  },
  'ladders.update': {
    request: z.strictObject({ id: ladderIdSchema, title: titleSchema, goal: shortTextSchema }),
    response: ladderSchema,
  },
  'ladders.delete': { request: byId(ladderIdSchema), response: done },
  'ladders.addRung': {
    request: z.strictObject({
      ladderId: ladderIdSchema,
      challengeId: challengeIdSchema,
      anticipatedSuds: sudsSchema.nullable(),
    }),
    response: ladderSchema,
  },
  'ladders.moveRung': {
    request: z.strictObject({
      ladderId: ladderIdSchema,
      rungId: rungIdSchema,
      toIndex: z
        .number()
        .int()
        .min(0)
        .max(maxRungs - 1),
    }),
    response: ladderSchema,
  },
  'ladders.removeRung': {
    request: z.strictObject({ ladderId: ladderIdSchema, rungId: rungIdSchema }),
    response: ladderSchema,
  },
  /** Re-rating keeps every earlier rating. */
  'ladders.rate': {
    request: z.strictObject({
      ladderId: ladderIdSchema,
      ratings: z
        .array(z.strictObject({ rungId: rungIdSchema, suds: sudsSchema }))
        .min(1)
        .max(maxRungs),
    }),
    response: ladderSchema,
  },

  'plan.week': {
    request: z.strictObject({ week: isoWeekSchema }),
    response: z.array(planItemSchema),
  },
  /** The flooding guard's advice, asked before the user commits to a step. */
  'plan.assess': {
    request: z.strictObject({ challengeId: challengeIdSchema, day: localDateSchema }),
    response: stepAssessmentSchema,
  },
  'plan.add': {
    request: z.strictObject({
      day: localDateSchema,
      challengeId: challengeIdSchema,
      nudgeTrustedPerson: z.boolean(),
    }),
    response: planItemSchema,
  },
  /** Marks the item moved and returns the new planned item on `to`. */
  'plan.move': {
    request: z.strictObject({ id: planItemIdSchema, to: localDateSchema }),
    response: planItemSchema,
  },
  'plan.skip': {
    request: z.strictObject({ id: planItemIdSchema, reason: shortTextSchema }),
    response: planItemSchema,
  },
  'plan.remove': { request: byId(planItemIdSchema), response: done },
  'plan.suggest': {
    request: none,
    response: z.array(nextStepSchema),
  },

  'attempts.create': {
    request: z.strictObject({
      attempt: attemptInputSchema,
      planItemId: planItemIdSchema.nullable(),
    }),
    response: attemptSchema,
  },
  'attempts.update': {
    request: z.strictObject({ id: attemptIdSchema, attempt: attemptInputSchema }),
    response: attemptSchema,
  },
  /** Deletes for good; the response is the attempt, for undo through `attempts.restore`. */
  'attempts.delete': { request: byId(attemptIdSchema), response: attemptSchema },
  'attempts.restore': {
    request: z.strictObject({ attempt: attemptSchema }),
    response: attemptSchema,
  },
  'attempts.get': { request: byId(attemptIdSchema), response: attemptSchema },
  'attempts.list': {
    request: z.strictObject({ filter: journalFilterSchema, after: journalCursorSchema.nullable() }),
    response: journalPageSchema,
  },
  'attempts.search': {
    request: z.strictObject({
      query: searchQuerySchema,
      filter: journalFilterSchema,
      after: journalCursorSchema.nullable(),
    }),
    response: searchPageSchema,
  },

  /** The attempt form's autosaved draft, kept in the journal: 'new' or an attempt's id. */
  'drafts.get': {
    request: z.strictObject({ key: draftKeySchema }),
    response: draftSchema.nullable(),
  },
  /** Replaces the draft; saving the attempt itself discards it (`attempts.create`/`update`). */
  'drafts.save': {
    request: z.strictObject({ target: draftTargetSchema, fields: attemptFieldsSchema }),
    response: draftSchema,
  },
  'drafts.discard': { request: z.strictObject({ key: draftKeySchema }), response: done },

  'checks.onboarding': {
    request: z.strictObject({ answers: selfCheckAnswersSchema }),
    response: z.strictObject({ advice: z.enum(['ready', 'start_gently', 'professional_first']) }),
  },
  'checks.weekly': { request: z.strictObject({ anxiety: weeklyAnxietySchema }), response: done },
  /** This ISO week's check, or null: asked once a week, on the home screen. */
  'checks.thisWeek': { request: none, response: weeklyCheckSchema.nullable() },
  'profile.trustedPerson': { request: none, response: trustedPersonSchema.nullable() },
  'profile.setTrustedPerson': {
    request: z.strictObject({ person: trustedPersonSchema.nullable() }),
    response: done,
  },

  'insights.get': {
    request: z.strictObject({ range: z.enum(insightRanges) }),
    response: insightsSchema,
  },
  /** Weeks in a row with practice, up to this one: the home screen's count, without the charts. */
  'insights.streak': { request: none, response: z.number().int().min(0) },
  /** Rule 4: a kind notice when the practice seems to hurt more than it helps. */
  'insights.wellbeing': {
    request: none,
    response: z
      .strictObject({
        reasons: z.array(z.enum(wellbeingReasons)).readonly(),
        suggestions: z.array(z.enum(['easier_steps', 'pause', 'professional_help'])).readonly(),
      })
      .nullable(),
  },
} as const;
