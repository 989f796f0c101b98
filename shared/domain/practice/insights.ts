import { z } from 'zod';
import { attemptIdSchema } from './attempts.js';
import { isoWeekSchema, localDateSchema } from './calendar.js';
import { categories } from './challenges.js';

/** The ranges the insights screen offers. */
export const insightRanges = ['4w', '3m', '1y', 'all'] as const;
export type InsightRange = (typeof insightRanges)[number];

/** How many ISO weeks each range covers, counting the current one. */
export const rangeWeeks: Record<Exclude<InsightRange, 'all'>, number> = {
  '4w': 4,
  '3m': 13,
  '1y': 52,
};

/**
 * Charts draw individual attempts only up to this many (the most recent); beyond it
 * the weekly series carry the trend. A chart of ten thousand dots shows nothing more
 * than its weekly medians, and costs the renderer far more to draw.
 */
export const maxPoints = 400;

/**
 * A weekly series longer than this (ten years of weeks) comes in equal spans of
 * consecutive weeks, each labelled by its first (`insightSpans.ts`). The charts draw at
 * most a few hundred marks anyway, and every row of the answer is copied to the renderer
 * and collected again: 274 years of weeks cost the page more to receive than to draw.
 */
export const maxWeeklyRows = 520;

/** How many weeks each row of a weekly series gathers: 1 unless it was spanned. */
const weeksPerRow = z.number().int().min(1);

const week = isoWeekSchema;
const median = z.number().nullable();

/**
 * How many asks a figure rests on: `rated` of the `asked` it could use, the others having
 * left that rating unrated. Each summary says so, so a figure from few asks reads as such.
 */
const basisSchema = z.strictObject({ rated: z.number().int(), asked: z.number().int() });
export type Basis = z.infer<typeof basisSchema>;

export const insightsSchema = z.strictObject({
  range: z.enum(insightRanges),
  /** First day covered (a Monday), or null for all time. */
  from: localDateSchema.nullable(),
  /** Last day covered: the Sunday of the current week. */
  to: localDateSchema,
  attempts: z.number().int(),
  /** Before, peak and after SUDS: per attempt, and weekly medians. */
  distress: z.strictObject({
    points: z.array(
      z.strictObject({
        id: attemptIdSchema,
        on: localDateSchema,
        /** Null where unrated (or, for peak and after, where the user did not ask). */
        before: z.number().nullable(),
        peak: z.number().nullable(),
        after: z.number().nullable(),
      }),
    ),
    pointsTruncated: z.boolean(),
    /** The asks with a peak rating. */
    basis: basisSchema,
    weeksPerRow,
    weekly: z.array(
      z.strictObject({
        week,
        attempts: z.number().int(),
        before: median,
        peak: median,
        after: median,
      }),
    ),
  }),
  /** The centrepiece: what the user feared against what happened. */
  prediction: z.strictObject({
    /** Oldest first, each dated, so the chart runs over time. */
    points: z.array(
      z.strictObject({
        id: attemptIdSchema,
        on: localDateSchema,
        anticipated: z.number(),
        peak: z.number(),
      }),
    ),
    anticipatedMean: z.number().nullable(),
    peakMean: z.number().nullable(),
    /** The asks rated both before and at the peak: the points and the two means. */
    basis: basisSchema,
    /**
     * Mean predicted chance of a "no" (over the asks that predicted one) against the share
     * of all asks that got one, in %.
     */
    overall: z.strictObject({
      attempts: z.number().int(),
      predictedNo: z.number().nullable(),
      actualNo: z.number().nullable(),
      /** The asks that got a "no": the count behind `actualNo`. */
      rejected: z.number().int(),
      /** The asks with a predicted chance of a "no". */
      predictedBasis: basisSchema,
    }),
    byCategory: z.array(
      z.strictObject({
        category: z.enum(categories),
        attempts: z.number().int(),
        /** Null when no ask of the setting predicted a chance. */
        predictedNo: z.number().nullable(),
        actualNo: z.number(),
        /** The count behind `actualNo`, of `attempts`. */
        rejected: z.number().int(),
      }),
    ),
  }),
  rejections: z.strictObject({
    total: z.number().int(),
    weeksPerRow,
    weekly: z.array(z.strictObject({ week, count: z.number().int() })),
  }),
  /** Distress falling across repeats of the same challenge (mean peak by repeat number). */
  habituation: z.strictObject({
    /** Mean of peak − after within an attempt, over the asks with both rated. */
    withinAttempt: z.number().nullable(),
    withinAttemptBasis: basisSchema,
    byChallenge: z.array(
      z.strictObject({
        challengeId: z.string(),
        request: z.string(),
        repeats: z.array(z.strictObject({ repeat: z.number().int(), peak: z.number() })),
      }),
    ),
    byCategory: z.array(
      z.strictObject({
        category: z.enum(categories),
        repeats: z.array(z.strictObject({ repeat: z.number().int(), peak: z.number() })),
      }),
    ),
  }),
  difficulty: z.strictObject({
    weeksPerRow,
    weekly: z.array(z.strictObject({ week, highest: z.number().int(), mean: z.number() })),
  }),
  planCompletion: z.strictObject({
    weeksPerRow,
    weekly: z.array(
      z.strictObject({
        week,
        planned: z.number().int(),
        /** Asked: rejected, accepted or partly. */
        done: z.number().int(),
        /** Logged as "didn't try". */
        notTried: z.number().int(),
        skipped: z.number().int(),
      }),
    ),
  }),
  /** Consecutive weeks with practice, up to this one; days off inside a week never break it. */
  streakWeeks: z.number().int(),
});
export type Insights = z.infer<typeof insightsSchema>;
