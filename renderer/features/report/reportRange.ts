import { addDays, isLocalDate, type LocalDate } from '../../../shared/domain/practice/calendar.js';
import { reportRangeProblem, type ReportRange } from '../../../shared/domain/report.js';

/** Days the report covers unless the user picks others: four weeks, today the last. */
const defaultDays = 28;

/** The last four weeks up to `today`, both ends included. */
export function defaultReportRange(today: LocalDate): ReportRange {
  return { from: addDays(today, 1 - defaultDays), to: today };
}

/** The two date fields as a range main will accept, or what is wrong with them, as a sentence. */
export type RangeInput =
  | { readonly ok: true; readonly range: ReportRange }
  | { readonly ok: false; readonly problem: string };

export function readRangeInput(from: string, to: string): RangeInput {
  if (!isLocalDate(from)) return { ok: false, problem: 'Choose the first day.' };
  if (!isLocalDate(to)) return { ok: false, problem: 'Choose the last day.' };
  const problem = reportRangeProblem({ from, to });
  return problem === null
    ? { ok: true, range: { from, to } }
    : { ok: false, problem: `${problem.charAt(0).toUpperCase()}${problem.slice(1)}.` };
}

/** The ticked ids that are still offered: a reflection outside the new days is unticked. */
export function keepOffered(
  ticked: ReadonlySet<string>,
  offered: readonly { readonly id: string }[],
): Set<string> {
  return new Set(offered.filter((choice) => ticked.has(choice.id)).map((choice) => choice.id));
}
