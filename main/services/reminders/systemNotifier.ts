import type { Notifier } from './reminders.js';

/** One system notification, as Electron's `Notification` is one (the events the app uses). */
export interface SystemNotification {
  on(event: 'show' | 'click', listener: () => void): unknown;
  on(event: 'failed', listener: (event: unknown, error: string) => void): unknown;
  show(): void;
}

/** The system's notifications: Electron's `Notification` class in the app, a fake in tests. */
export interface SystemNotifications {
  isSupported(): boolean;
  create(options: { readonly title: string; readonly body: string }): SystemNotification;
}

/**
 * A notification may be garbage-collected once nothing refers to it, and its `click` is
 * then lost: the latest few are held. Reminders come a few a day.
 */
const notificationsHeld = 10;

/**
 * Reminders as the operating system's notifications. Only macOS and Windows say when
 * they refuse one (`failed`: on macOS an unsigned app, or one the user has not allowed;
 * Electron's d.ts tags the event darwin,win32), so elsewhere the app listens only for
 * `show`. A click on a reminder calls `onClick`: the app opens its window, locked.
 */
export function systemNotifier(
  system: SystemNotifications,
  platform: NodeJS.Platform,
  onClick: () => void,
): Notifier {
  const saysWhenItFails = platform === 'darwin' || platform === 'win32';
  const held: SystemNotification[] = [];
  return {
    isSupported: () => system.isSupported(),
    show({ title, body }, delivered) {
      const notification = system.create({ title, body });
      notification.on('show', () => delivered({ shown: true }));
      if (saysWhenItFails) {
        notification.on('failed', (_event, error) => delivered({ shown: false, error }));
      }
      notification.on('click', onClick);
      held.push(notification);
      if (held.length > notificationsHeld) held.shift();
      notification.show();
    },
  };
}
