import type { Attempt } from '../../../shared/domain/practice/attempts.js';
import type { AttemptSummary } from '../../../shared/domain/practice/journal.js';

/** An attempt as the list shows it. */
export function summaryOf(attempt: Attempt): AttemptSummary {
  const { before, after } = attempt;
  const tried = after !== null && after.outcome !== 'not_tried' ? after : null;
  return {
    id: attempt.id,
    request: before.request,
    occurredAt: before.occurredAt,
    category: before.category,
    difficulty: before.difficulty,
    outcome: after?.outcome ?? null,
    anticipatedSuds: before.anticipatedSuds,
    peakSuds: tried?.peakSuds ?? null,
    afterSuds: tried?.afterSuds ?? null,
    tags: attempt.tags,
  };
}
