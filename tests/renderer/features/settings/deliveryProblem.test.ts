import { describe, expect, it } from 'vitest';
import { deliveryProblem } from '../../../../renderer/features/settings/deliveryProblem.js';

describe('what Settings says about reminders the system does not show', () => {
  it('says nothing while they work', () => {
    expect(deliveryProblem({ state: 'working' })).toBeUndefined();
  });

  it('quotes the system and says where to allow them', () => {
    expect(deliveryProblem({ state: 'failed', error: 'Not allowed' })).toBe(
      'Your system did not show the last reminder: it said “Not allowed”. On macOS, check ' +
        'System Settings → Notifications → Ask Anyway. On Windows, check Settings → System → ' +
        'Notifications.',
    );
  });

  it('says when the system has no notifications at all', () => {
    expect(deliveryProblem({ state: 'unsupported' })).toMatch(
      /^Your system cannot show notifications, so reminders will not appear\./,
    );
  });
});
