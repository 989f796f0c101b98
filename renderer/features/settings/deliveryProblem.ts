import type { ReminderDelivery } from '../../../shared/domain/reminderDelivery.js';

/**
 * What Settings says beside the reminders when the system does not show them, in plain
 * words with where to look; nothing while they work.
 */
export function deliveryProblem(delivery: ReminderDelivery): string | undefined {
  switch (delivery.state) {
    case 'working':
      return undefined;
    case 'unsupported':
      return (
        'Your system cannot show notifications, so reminders will not appear. On Linux this ' +
        'usually means no notification service is running on your desktop.'
      );
    case 'failed':
      return (
        `Your system did not show the last reminder: it said “${delivery.error}”. On macOS, ` +
        'check System Settings → Notifications → Ask Anyway. On Windows, check Settings → ' +
        'System → Notifications.'
      );
  }
}
