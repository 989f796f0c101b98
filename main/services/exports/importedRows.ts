import { z } from 'zod';
import {
  attemptIdSchema,
  copingWays,
  localDateTimeSchema,
  maxSafetyBehaviours,
  outcomes,
  percentSchema,
  reflectionSchema,
  safetyBehaviourMaxLength,
  sudsSchema,
  surpriseSchema,
  tagSchema,
  wasAsked,
} from '../../../shared/domain/practice/attempts.js';
import { isoWeekSchema, localDateSchema } from '../../../shared/domain/practice/calendar.js';
import {
  categories,
  challengeIdSchema,
  difficultySchema,
  shortTextSchema,
  titleSchema,
} from '../../../shared/domain/practice/challenges.js';
import { ladderIdSchema, rungIdSchema } from '../../../shared/domain/practice/ladders.js';
import { planItemIdSchema, planStatuses } from '../../../shared/domain/practice/plans.js';
import { trustedPersonSchema } from '../../../shared/domain/practice/profile.js';
import {
  selfCheckAnswersSchema,
  weeklyAnxietySchema,
} from '../../../shared/domain/practice/selfCheck.js';
import { fieldIssuesOf, type FieldIssue } from '../../../shared/ipc/fieldIssues.js';
import type { ExportRow } from './journalExport.js';

/**
 * A row of each exported table as the journal's own code would have written it, checked
 * with the domain's schemas column by column. Whatever reaches an import — a JSON file,
 * a backup, another version — passes these first: the repositories trust what they
 * read back (a `coping` that is not JSON, an `occurred_at` that is not a time would
 * break every later read of that record).
 */

/** A column holding JSON (a list, a number, an object) that `schema` accepts. */
const jsonText = (schema: z.ZodType) =>
  z.string().refine(
    (text) => {
      try {
        return schema.safeParse(JSON.parse(text)).success;
      } catch {
        return false;
      }
    },
    { message: 'not what this column holds' },
  );

/** When main saved a record: `new Date().toISOString()`. */
const savedAt = z.iso.datetime();
const customChallengeIdSchema = challengeIdSchema.refine((id) => id.startsWith('custom.'), {
  message: 'not a custom challenge id',
});

const attemptRowSchema = z
  .strictObject({
    id: attemptIdSchema,
    challenge_id: challengeIdSchema.nullable(),
    request: titleSchema,
    category: z.enum(categories).nullable(),
    difficulty: difficultySchema.nullable(),
    occurred_at: localDateTimeSchema,
    occurred_on: localDateSchema,
    anticipated_suds: sudsSchema.nullable(),
    predicted_no_percent: percentSchema.nullable(),
    feared_consequence: reflectionSchema,
    safety_behaviours_dropped: jsonText(
      z.array(z.string().trim().min(1).max(safetyBehaviourMaxLength)).max(maxSafetyBehaviours),
    ),
    peak_suds: sudsSchema.nullable(),
    after_suds: sudsSchema.nullable(),
    outcome: z.enum(outcomes).nullable(),
    what_happened: reflectionSchema,
    surprise: surpriseSchema.nullable(),
    learned: reflectionSchema,
    coping: jsonText(z.array(z.enum(copingWays)).max(copingWays.length)),
    coping_note: shortTextSchema,
    created_at: savedAt,
    updated_at: savedAt,
  })
  .superRefine((row, context) => {
    // The day is the time's day: the journal lists and counts by it.
    if (row.occurred_on !== row.occurred_at.slice(0, 10))
      context.addIssue({ code: 'custom', path: ['occurred_on'], message: 'not the day of it' });
    // Only an ask that happened has a peak to rate (attemptAfterSchema).
    if (!wasAsked(row.outcome)) {
      for (const column of ['peak_suds', 'after_suds', 'surprise'] as const) {
        if (row[column] !== null)
          context.addIssue({ code: 'custom', path: [column], message: 'rated without an ask' });
      }
    }
  });

const selfCheckRowSchema = z
  .strictObject({
    id: z.uuid(),
    kind: z.enum(['onboarding', 'weekly']),
    taken_on: localDateSchema,
    answers: z.string(),
    created_at: savedAt,
  })
  .superRefine((row, context) => {
    const answers = jsonText(
      row.kind === 'onboarding' ? selfCheckAnswersSchema : weeklyAnxietySchema,
    );
    if (!answers.safeParse(row.answers).success)
      context.addIssue({ code: 'custom', path: ['answers'], message: 'not answers to this check' });
  });

/** Each exported table's row schema (exportedTables.ts names the tables). */
export const importedRowSchemas: Readonly<Record<string, z.ZodType>> = {
  custom_challenges: z.strictObject({
    id: customChallengeIdSchema,
    title: titleSchema,
    description: shortTextSchema,
    category: z.enum(categories),
    difficulty: difficultySchema,
    boundary_notes: shortTextSchema,
    created_at: savedAt,
    updated_at: savedAt,
  }),
  attempts: attemptRowSchema,
  attempt_tags: z.strictObject({ attempt_id: attemptIdSchema, tag: tagSchema }),
  ladders: z.strictObject({
    id: ladderIdSchema,
    title: titleSchema,
    goal: shortTextSchema,
    created_at: savedAt,
    updated_at: savedAt,
  }),
  ladder_rungs: z.strictObject({
    id: rungIdSchema,
    ladder_id: ladderIdSchema,
    challenge_id: challengeIdSchema,
    position: z.int().min(0),
  }),
  rung_ratings: z.strictObject({
    rung_id: rungIdSchema,
    seq: z.int().min(0),
    suds: sudsSchema,
    rated_on: localDateSchema,
  }),
  plan_items: z.strictObject({
    id: planItemIdSchema,
    week: isoWeekSchema,
    day: localDateSchema,
    challenge_id: challengeIdSchema,
    status: z.enum(planStatuses),
    skip_reason: shortTextSchema.nullable(),
    moved_to: localDateSchema.nullable(),
    attempt_id: attemptIdSchema.nullable(),
    nudge_trusted_person: z.union([z.literal(0), z.literal(1)]),
    created_at: savedAt,
    updated_at: savedAt,
  }),
  self_checks: selfCheckRowSchema,
  journal_settings: z.discriminatedUnion('key', [
    z.strictObject({ key: z.literal('trusted_person'), value: jsonText(trustedPersonSchema) }),
  ]),
};

/** The first problem of a row that does not fit, with its path from the file's root. */
export interface RowProblem {
  readonly table: string;
  readonly index: number;
  readonly issue: FieldIssue;
}

/**
 * Checks every row of every table; the first that does not fit is returned (its table,
 * its place in the file, the column and what is wrong), or `undefined` when all do.
 */
export function firstRowProblem(
  tables: Readonly<Record<string, readonly ExportRow[]>>,
): RowProblem | undefined {
  for (const [table, rows] of Object.entries(tables)) {
    const schema = importedRowSchemas[table];
    if (!schema) continue;
    for (const [index, row] of rows.entries()) {
      const parsed = schema.safeParse(row);
      if (parsed.success) continue;
      const [issue] = fieldIssuesOf(parsed.error, row);
      if (issue) return { table, index, issue };
    }
  }
  return undefined;
}
