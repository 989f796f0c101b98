import { readDb } from '../main/services/database/statements.js';
import { chartQueries, rangeFor, streakWeeks } from '../main/services/practice/insights.js';
import { listAttempts, searchAttempts } from '../main/services/practice/journalQueries.js';
import type { LocalDate } from '../shared/domain/practice/calendar.js';
import { lastDayOf, openRealisticJournal } from './journalVault.js';
import { measure, type BenchRow } from './measure.js';

/**
 * The insights (each chart's query on its own, over all time and over the last year) and
 * the journal's search and list, on `attempts` days of practice (bench/realisticJournal.ts).
 * Baseline: reading the weekly summaries of the range, which every weekly chart reads.
 */
export async function benchPracticeQueries(attempts: number, label: string): Promise<BenchRow[]> {
  const db = await openRealisticJournal(attempts);
  const read = readDb(db);
  const today = lastDayOf(attempts).toISOString().slice(0, 10) as LocalDate;
  const runs = { runs: 15, warmup: 2 };
  const rows: BenchRow[] = [];
  const name = (what: string) => `${label}: ${what}`;
  for (const range of ['all', '1y'] as const) {
    const bounds = rangeFor(range, today);
    const baseline = name(`read the weekly summaries (${range}, baseline)`);
    rows.push({
      name: baseline,
      timing: await measure(
        () => read.all('SELECT * FROM insight_weeks WHERE week BETWEEN ? AND ?', [...bounds.weeks]),
        runs,
      ),
    });
    for (const [chart, query] of Object.entries(chartQueries)) {
      rows.push({
        name: name(`insights ${chart} (${range})`),
        timing: await measure(() => query(read, bounds), runs),
        baseline,
      });
    }
  }
  const countAll = name('read the weekly summaries (all, baseline)');
  rows.push({
    name: name('insights streak'),
    timing: await measure(() => streakWeeks(read, today), runs),
    baseline: countAll,
  });
  const searches: [string, string, Parameters<typeof searchAttempts>[2]][] = [
    ['a common word', 'heart', {}],
    ['a rare word', 'zebra', {}],
    ['two words and an outcome filter', 'kind stare', { outcome: 'rejected' }],
    ['a word and a tag filter', 'walked', { tag: 'café' }],
  ];
  for (const [what, text, filter] of searches) {
    rows.push({
      name: name(`search: ${what}`),
      timing: await measure(() => searchAttempts(read, text, filter, null, 50), runs),
      baseline: countAll,
    });
  }
  rows.push({
    name: name('journal list: first page'),
    timing: await measure(() => listAttempts(read, {}, null, 50), runs),
    baseline: countAll,
  });
  db.close();
  return rows;
}
