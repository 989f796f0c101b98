/** Timing statistics for one benchmarked operation, in milliseconds. */
export interface Timing {
  readonly median: number;
  readonly p95: number;
  readonly runs: number;
}

/** One row of the printed table: a case beside the baseline it is compared with. */
export interface BenchRow {
  readonly name: string;
  readonly timing: Timing;
  /** The row this one is divided by; `undefined` marks a baseline. */
  readonly baseline?: string;
}

const percentile = (sorted: readonly number[], fraction: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;

/**
 * Runs `operation` `runs` times after `warmup` unmeasured runs and returns median and
 * p95. Each run is timed alone, so a slow outlier shows in p95 instead of vanishing
 * into an average. An operation that needs setup or cleanup around the part that counts
 * times that part itself (see `timed`) and returns the nanoseconds as a bigint.
 */
export async function measure(
  operation: () => unknown,
  { runs = 200, warmup = 20 }: { runs?: number; warmup?: number } = {},
): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await operation();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    const result = await operation();
    const elapsed = typeof result === 'bigint' ? result : process.hrtime.bigint() - start;
    samples.push(Number(elapsed) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 0.5), p95: percentile(samples, 0.95), runs };
}

/** Times just `section`, for operations that return their own timing to `measure`. */
export async function timed(section: () => unknown): Promise<bigint> {
  const start = process.hrtime.bigint();
  await section();
  return process.hrtime.bigint() - start;
}

const format = (ms: number): string =>
  ms < 0.1 ? ms.toFixed(4) : ms < 10 ? ms.toFixed(3) : ms.toFixed(1);

/** Prints rows as a Markdown table with each case's ratio to its baseline's median. */
export function printTable(title: string, rows: readonly BenchRow[]): void {
  const medians = new Map(rows.map((row) => [row.name, row.timing.median]));
  console.log(`\n### ${title}\n`);
  console.log('| case | median ms | p95 ms | runs | × baseline (median) |');
  console.log('|---|---:|---:|---:|---:|');
  for (const row of rows) {
    const base = row.baseline === undefined ? undefined : medians.get(row.baseline);
    const ratio =
      base === undefined
        ? 'baseline'
        : `${(row.timing.median / base).toPrecision(3)}× ${row.baseline}`;
    console.log(
      `| ${row.name} | ${format(row.timing.median)} | ${format(row.timing.p95)} | ${row.timing.runs} | ${ratio} |`,
    );
  }
}
