import { z } from 'zod';
import {
  reflectionChoiceSchema,
  reportRangeSchema,
  reportRequestSchema,
} from '../domain/report.js';
import { savedFileSchema } from '../domain/vault.js';

/**
 * The progress report for a therapist or coach (issue 6, docs/report.md). Saving opens a
 * dialog in main: the page never names a path, and cancelling is an answer
 * (`saved: false`), not an error.
 */
export const reportChannels = {
  /** The attempts in a range that have words of reflection, for the user to tick. */
  'report.candidates': {
    request: reportRangeSchema,
    response: z.array(reflectionChoiceSchema),
  },
  /** The report as a PDF or an HTML file, not encrypted, where the user chooses. */
  'report.save': { request: reportRequestSchema, response: savedFileSchema },
} as const;
