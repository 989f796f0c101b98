import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../../shared/domain/practice/attempts.js';
import { statusFromAttempt, type PlanStatus } from '../../../../shared/domain/practice/plans.js';

describe('statusFromAttempt: a plan item is done only when the user asked', () => {
  it.each<[string, { after: { outcome: Outcome } | null } | null, PlanStatus]>([
    ['no attempt (deleted, or never saved)', null, 'planned'],
    ['only the prediction saved', { after: null }, 'begun'],
    ['asked and told no', { after: { outcome: 'rejected' } }, 'done'],
    ['asked and told yes', { after: { outcome: 'accepted' } }, 'done'],
    ['asked and given part of it', { after: { outcome: 'partly' } }, 'done'],
    ['logged as “didn’t try”', { after: { outcome: 'not_tried' } }, 'not_tried'],
  ])('%s → %s', (_, attempt, status) => {
    expect(statusFromAttempt(attempt)).toBe(status);
  });
});
