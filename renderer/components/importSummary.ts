import type { ImportSummary } from '../../shared/domain/dataExport.js';
import { format } from '../app/format.js';

const entries = (count: number): string => format.count(count, { one: 'entry', other: 'entries' });

/** What an import or a merge did, in words: `source` names where the records came from. */
export function importSummaryText(summary: ImportSummary, source: string): string {
  const { added, replaced, keptLocal, keptBoth } = summary;
  const parts = [
    `${entries(added)} added`,
    `${format.number(replaced)} updated from ${source}`,
    `${format.number(keptLocal)} left as your journal had ${format.plural(keptLocal, { one: 'it', other: 'them' })}`,
  ];
  if (keptBoth > 0)
    parts.push(
      `${format.plural(keptBoth, { one: 'one reflection', other: `${format.number(keptBoth)} reflections` })} written differently in both, so both versions are in your journal now`,
    );
  return `${parts.join(', ')}.`;
}
