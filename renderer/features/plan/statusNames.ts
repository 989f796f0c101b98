import type { PlanStatus } from '../../../shared/domain/practice/plans.js';

/**
 * The words for the statuses that need nothing more said, the same on the plan and on
 * This week. Skipped and moved add their reason or day where they are shown.
 */
export const statusNames: Record<Exclude<PlanStatus, 'skipped' | 'moved'>, string> = {
  planned: 'Planned',
  begun: 'Begun — you wrote your prediction',
  done: 'Done',
  not_tried: 'Didn’t try',
};
