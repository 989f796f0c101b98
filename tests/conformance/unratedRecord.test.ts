import { readFileSync } from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { emptyFields, toInput } from '../../renderer/features/journal/attemptFields.js';
import type { Attempt } from '../../shared/domain/practice/attempts.js';
import { readIndependently } from '../support/independentReader.js';
import { openRouterJournal, value, type RouterJournal } from '../support/routerJournal.js';

// The "done when" of the record telling the truth: one attempt saved from the form as it
// opens, no rating touched, read back through every way out of the app — the API, the
// three exports, the report and a reader that is not the app — as unrated, never a number.

const ratingColumns = [
  'anticipated_suds',
  'predicted_no_percent',
  'peak_suds',
  'after_suds',
  'surprise',
] as const;

let journal: RouterJournal;
beforeEach(async () => {
  journal = await openRouterJournal('unrated');
});
afterEach(() => journal.close());
const call = <T>(channel: string, payload?: unknown) => journal.call<T>(channel, payload);

/** Exports as the user would, the dialog answered with the name it offers; the file's path. */
async function exported(format: 'json' | 'csv' | 'markdown'): Promise<string> {
  const { fileName } = value(
    await call<{ saved: true; fileName: string }>('data.export', { format }),
  );
  return path.join(journal.folder, fileName);
}

it('an attempt saved with no rating touched is unrated through the API, every export, the report and the independent reader', async () => {
  const fields = {
    ...emptyFields('Ask a florist for a single stem'),
    occurredAt: '2026-11-20T10:30',
    outcome: 'rejected' as const,
    whatHappened: 'She smiled and said no.',
  };
  const saved = value(
    await call<Attempt>('attempts.create', { attempt: toInput(fields), planItemId: null }),
  );

  // The API.
  const read = value(await call<Attempt>('attempts.get', { id: saved.id }));
  expect(read.before).toMatchObject({ anticipatedSuds: null, predictedNoPercent: null });
  expect(read.after).toMatchObject({ peakSuds: null, afterSuds: null, surprise: null });

  // JSON: null, as SQLite holds it.
  const json = JSON.parse(readFileSync(await exported('json'), 'utf8')) as {
    tables: { attempts: Record<string, unknown>[] };
  };
  const [row] = json.tables.attempts;
  for (const column of ratingColumns) expect(row?.[column], column).toBeNull();

  // CSV: an empty field.
  const csv = readFileSync(path.join(await exported('csv'), 'attempts.csv'), 'utf8');
  const [header = '', line = ''] = csv.replace('\uFEFF', '').split('\r\n');
  const columns = header.split(',');
  const cells = line.split(',');
  for (const column of ratingColumns) expect(cells[columns.indexOf(column)], column).toBe('');

  // Markdown: said in words.
  expect(readFileSync(await exported('markdown'), 'utf8')).toContain(
    'expected not rated, chance of a “no” not rated, peak not rated, after not rated, surprise not rated',
  );

  // The report for a therapist: the row says "not rated", predicted and at the peak.
  const report = value(
    await call<{ saved: true; fileName: string }>('report.save', {
      from: '2026-11-01',
      to: '2026-11-25',
      include: [saved.id],
      format: 'html',
    }),
  );
  const html = readFileSync(path.join(journal.folder, report.fileName), 'utf8');
  expect(html).toContain(
    'Ask a florist for a single stem</td><td class="number">not rated</td><td class="number">not rated</td>',
  );

  // A reader that is not the app, after the lock has compacted the log into the file.
  await journal.core.vault.lock('manual');
  const independent = readIndependently(path.join(journal.folder, 'journal.askanyway'), {
    ASK_ANYWAY_PASSPHRASE: journal.passphrase,
  });
  expect(independent.error).toBeUndefined();
  const SQL = await initSqlJs();
  const db = new SQL.Database(new Uint8Array(readFileSync(independent.out)));
  const [ratings] = db.exec(`SELECT ${ratingColumns.join(', ')} FROM attempts`);
  db.close();
  expect(ratings?.values).toEqual([[null, null, null, null, null]]);
});
