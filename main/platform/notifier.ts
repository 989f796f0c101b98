import { Notification } from 'electron';
import type { Notifier } from '../services/reminders/reminders.js';
import { systemNotifier } from '../services/reminders/systemNotifier.js';

/** Reminders as Electron's notifications; a click on one calls `onClick`. */
export function electronNotifier(onClick: () => void): Notifier {
  return systemNotifier(
    {
      isSupported: () => Notification.isSupported(),
      create: (options) => new Notification(options),
    },
    process.platform,
    onClick,
  );
}
