import { Notification } from 'electron';
import type { Notifier } from '../services/reminders/reminders.js';

/** Reminders as the operating system's notifications, where the system has them. */
export const electronNotifier: Notifier = {
  show({ title, body }) {
    if (Notification.isSupported()) new Notification({ title, body }).show();
  },
};
