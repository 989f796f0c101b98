import type { Insights } from './insights.js';

/** A weekly series in spans of `weeks` weeks each (1 when week by week). */
export interface Spanned<T> {
  readonly rows: readonly T[];
  readonly weeks: number;
}

/**
 * Groups consecutive entries of a weekly series into equal spans so that at most
 * `limit` are drawn, the last span ending on the newest week; the oldest span may be
 * shorter. Each span is labelled by its first week and merged by `merge`. Short series
 * are returned as they are. Main uses it to bound an answer's size; the renderer, to
 * bound what a chart draws.
 */
export function spanWeeks<T extends { readonly week: string }>(
  weekly: readonly T[],
  merge: (span: readonly T[]) => Omit<T, 'week'>,
  limit: number,
): Spanned<T> {
  if (weekly.length <= limit) return { rows: weekly, weeks: 1 };
  const weeks = Math.ceil(weekly.length / limit);
  const rows: T[] = [];
  for (let end = weekly.length; end > 0; end -= weeks) {
    const span = weekly.slice(Math.max(0, end - weeks), end);
    const first = span[0];
    if (first) rows.push({ ...merge(span), week: first.week } as T);
  }
  return { rows: rows.reverse(), weeks };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** The mean of the values present, each weighted; null when none is. */
function weightedMean(pairs: readonly (readonly [number | null, number])[]): number | null {
  const present = pairs.filter((pair): pair is [number, number] => pair[0] !== null);
  const weight = sum(present.map(([, w]) => w));
  return weight === 0 ? null : sum(present.map(([value, w]) => value * w)) / weight;
}

type Week<K extends keyof Insights> = Insights[K] extends { weekly: readonly (infer R)[] }
  ? R
  : never;

/** Distress: the weekly medians, averaged over the span by how many attempts each week had. */
export function mergeDistress(span: readonly Week<'distress'>[]): Omit<Week<'distress'>, 'week'> {
  const by = (key: 'before' | 'peak' | 'after') =>
    weightedMean(span.map((row) => [row[key], row.attempts] as const));
  return {
    attempts: sum(span.map((row) => row.attempts)),
    before: by('before'),
    peak: by('peak'),
    after: by('after'),
  };
}

/** Rejections: counted over the whole span. */
export function mergeRejections(
  span: readonly Week<'rejections'>[],
): Omit<Week<'rejections'>, 'week'> {
  return { count: sum(span.map((row) => row.count)) };
}

/** Difficulty: the hardest of the span, and the mean of its weekly means. */
export function mergeDifficulty(
  span: readonly Week<'difficulty'>[],
): Omit<Week<'difficulty'>, 'week'> {
  return {
    highest: Math.max(...span.map((row) => row.highest)),
    mean: sum(span.map((row) => row.mean)) / span.length,
  };
}

/** Plan completion: planned, done, not tried and skipped, counted over the whole span. */
export function mergePlan(
  span: readonly Week<'planCompletion'>[],
): Omit<Week<'planCompletion'>, 'week'> {
  return {
    planned: sum(span.map((row) => row.planned)),
    done: sum(span.map((row) => row.done)),
    notTried: sum(span.map((row) => row.notTried)),
    skipped: sum(span.map((row) => row.skipped)),
  };
}
