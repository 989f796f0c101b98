import { z } from 'zod';
import { attemptIdSchema } from './practice/attempts.js';
import { daysBetween, localDateSchema, type LocalDate } from './practice/calendar.js';

/**
 * The progress report a user may hand to a therapist or coach (docs/report.md): a
 * document made from their own journal, over days they pick, with only the reflections
 * they tick.
 */

export const reportFormats = ['pdf', 'html'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/**
 * A report covers at most a year: longer is no longer a progress report, and its table of
 * attempts would run to dozens of pages.
 */
export const maxReportDays = 366;

/** A year of daily reflections, and then some; more in one request is a mistake. */
export const maxReportReflections = 1000;

/** The first and last day a report covers, both included. */
export interface ReportRange {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/** Why a range cannot be reported on, or null. The screen says it before main would. */
export function reportRangeProblem({ from, to }: ReportRange): string | null {
  if (from > to) return 'the first day is after the last';
  if (daysBetween(from, to) + 1 > maxReportDays)
    return `a report covers at most ${maxReportDays} days`;
  return null;
}

const rangeShape = { from: localDateSchema, to: localDateSchema };

/**
 * Refuses a backwards or overlong range, naming `to` (the day the user would change); an
 * overlong one carries its count of days, as a field problem (shared/ipc/fieldIssues.ts).
 */
const checkRange = (range: ReportRange, context: z.RefinementCtx): void => {
  const problem = reportRangeProblem(range);
  if (!problem) return;
  const days = daysBetween(range.from, range.to) + 1;
  context.addIssue({
    code: 'custom',
    path: ['to'],
    message: problem,
    ...(range.from <= range.to && {
      params: { problem: { kind: 'too_many', max: maxReportDays, count: days } },
    }),
  });
};

export const reportRangeSchema = z.strictObject(rangeShape).superRefine(checkRange);

export const reportRequestSchema = z
  .strictObject({
    ...rangeShape,
    /** The attempts whose reflections the report shows in full; every other is left out. */
    include: z
      .array(attemptIdSchema)
      .max(maxReportReflections)
      .refine((ids) => new Set(ids).size === ids.length, 'names an attempt twice'),
    format: z.enum(reportFormats),
  })
  .superRefine(checkRange);
export type ReportRequest = z.infer<typeof reportRequestSchema>;

/** An attempt in range with words of reflection, as the screen offers it to be ticked. */
export const reflectionChoiceSchema = z.strictObject({
  id: attemptIdSchema,
  on: localDateSchema,
  request: z.string(),
  /** The start of its first written part, to recognise it by. */
  excerpt: z.string(),
});
export type ReflectionChoice = z.infer<typeof reflectionChoiceSchema>;
