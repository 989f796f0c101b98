import { rebuildWeekSummaries } from '../../practice/weekSummary.js';
import type { Migration } from './migration.js';

/**
 * Ratings the user did not give. Every rating of an attempt may now be NULL, "not rated"
 * (the attempt columns always allowed it), so the weekly summaries count the ratings each
 * sum holds and an average divides by those, not by every ask. Older rows keep the
 * numbers they were saved with: a default saved as a rating cannot be told apart.
 */
export const unratedRatingsSchema: Migration = {
  version: 5,
  name: 'unrated_ratings',
  statements: [
    // How many asks the week's predicted "no" sum adds up (those with a prediction).
    'ALTER TABLE insight_weeks ADD COLUMN predicted_no_count INTEGER NOT NULL DEFAULT 0',
    // How many asks have a peak rating: the weekly peak median rests on these.
    'ALTER TABLE insight_weeks ADD COLUMN peak_count INTEGER NOT NULL DEFAULT 0',
    // How many asks have both a peak and an after rating: `drop_sum` adds up these.
    'ALTER TABLE insight_weeks ADD COLUMN drop_count INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE insight_week_categories ADD COLUMN predicted_no_count INTEGER NOT NULL DEFAULT 0',
  ],
  // The summaries are derived: rewritten from the attempts, with values as parameters.
  backfill: rebuildWeekSummaries,
};
