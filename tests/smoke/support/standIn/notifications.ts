import type { StandInContext } from './core.js';

/** Electron's `Notification` (reminders): every notification the app made, in order; the test emits their events. */
export function createNotifications(context: StandInContext) {
  const { calls, recorded, checkKeys } = context;
  const notifications: StandInNotification[] = [];
  const notificationSystem = { supported: true };
  class StandInNotification extends context.CheckedEmitter {
    static isSupported(): boolean {
      calls.push({ api: 'Notification', method: 'isSupported', args: [] });
      return notificationSystem.supported;
    }
    shown = false;
    constructor(readonly options: Record<string, unknown> = {}) {
      super('Notification');
      checkKeys('NotificationConstructorOptions', options);
      const notification = recorded('Notification', this);
      notifications.push(notification);
      return notification;
    }
    show(): void {
      this.shown = true;
    }
    close(): void {
      // Recorded: the stand-in shows nothing on a screen.
    }
  }
  return { Notification: StandInNotification, notifications, notificationSystem };
}
