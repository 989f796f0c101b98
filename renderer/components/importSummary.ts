import type { ImportSummary } from '../../shared/domain/dataExport.js';

const entries = (count: number): string => `${count} ${count === 1 ? 'entry' : 'entries'}`;

/** What an import or a merge did, in words: `source` names where the records came from. */
export function importSummaryText(summary: ImportSummary, source: string): string {
  const { added, replaced, keptLocal, keptBoth } = summary;
  const parts = [
    `${entries(added)} added`,
    `${replaced} updated from ${source}`,
    `${keptLocal} left as your journal had ${keptLocal === 1 ? 'it' : 'them'}`,
  ];
  if (keptBoth > 0)
    parts.push(
      `${keptBoth === 1 ? 'one reflection' : `${keptBoth} reflections`} written differently in both, so both versions are in your journal now`,
    );
  return `${parts.join(', ')}.`;
}
