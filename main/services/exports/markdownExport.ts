import {
  outcomeNames,
  ratingText,
  type Attempt,
} from '../../../shared/domain/practice/attempts.js';
import { categoryNames } from '../../../shared/domain/practice/challenges.js';
import type { Format } from '../../../shared/format/format.js';
import type { ReadDb } from '../database/statements.js';
import { attemptColumns, attemptFromRow, type AttemptRow } from '../practice/attemptRepository.js';
import { writtenParts } from '../practice/writtenParts.js';
import { markdownInline, markdownText } from './markdownText.js';

/** A line for each written part that has words (the user's, escaped); none for an empty one. */
const said = (label: string, text: string): string[] =>
  text.trim() === '' ? [] : [`**${label}:** ${markdownText(text.trim())}`, ''];

function section(attempt: Attempt, format: Format): string[] {
  const { before, after } = attempt;
  const setting = [
    before.category && categoryNames[before.category],
    before.difficulty !== null && `difficulty ${before.difficulty}`,
    after ? outcomeNames[after.outcome].toLowerCase() : 'not yet done',
  ].filter(Boolean);
  const numbers = [
    `expected ${ratingText(before.anticipatedSuds)}`,
    `chance of a “no” ${ratingText(before.predictedNoPercent, ' %')}`,
    ...(after && after.outcome !== 'not_tried'
      ? [
          `peak ${ratingText(after.peakSuds)}`,
          `after ${ratingText(after.afterSuds)}`,
          `surprise ${ratingText(after.surprise, '/10')}`,
        ]
      : []),
  ];
  return [
    `## ${format.localMoment(before.occurredAt)} · ${markdownInline(before.request)}`,
    '',
    `*${setting.join(' · ')}* — ${numbers.join(', ')}`,
    '',
    ...writtenParts(attempt).flatMap(({ label, text }) => said(label, text)),
    ...said('Tags', attempt.tags.join(', ')),
  ];
}

/**
 * The reflections as one readable document, oldest first, as a journal is read; dates and
 * numbers in `format`'s locale.
 */
export function markdownJournal(db: ReadDb, exportedAt: Date, format: Format): string {
  const attempts = db
    .all<AttemptRow>(`SELECT ${attemptColumns} FROM attempts a ORDER BY a.occurred_at, a.id`)
    .map(attemptFromRow);
  return [
    '# Ask Anyway — my journal',
    '',
    `Exported ${format.moment(exportedAt)}: ${format.count(attempts.length, { one: 'attempt', other: 'attempts' })}. This copy is not encrypted.`,
    '',
    ...attempts.flatMap((attempt) => section(attempt, format)),
  ].join('\n');
}
