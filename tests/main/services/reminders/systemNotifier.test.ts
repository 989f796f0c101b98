import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { Delivery } from '../../../../main/services/reminders/reminders.js';
import {
  systemNotifier,
  type SystemNotification,
} from '../../../../main/services/reminders/systemNotifier.js';

/** A system whose notifications the test shows, refuses or clicks, as the OS would. */
function fakeSystem(supported = true) {
  const created: (EventEmitter & { options: object; shown: boolean })[] = [];
  return {
    created,
    isSupported: () => supported,
    create(options: { title: string; body: string }): SystemNotification {
      const notification = Object.assign(new EventEmitter(), {
        options,
        shown: false,
        show() {
          notification.shown = true;
        },
      });
      created.push(notification);
      return notification;
    },
  };
}

const notice = { title: 'Ask Anyway', body: 'One challenge is planned for today.' };

describe('the system notifier', () => {
  it('shows the notice and reports it shown when the system says so', () => {
    const system = fakeSystem();
    const heard: Delivery[] = [];
    systemNotifier(system, 'linux', () => undefined).show(notice, (d) => heard.push(d));
    const [notification] = system.created;
    expect(notification).toMatchObject({ options: notice, shown: true });
    notification?.emit('show', {});
    expect(heard).toEqual([{ shown: true }]);
  });

  it.each(['darwin', 'win32'] as const)(
    'on %s reports a refusal in the system’s own words',
    (platform) => {
      const system = fakeSystem();
      const heard: Delivery[] = [];
      systemNotifier(system, platform, () => undefined).show(notice, (d) => heard.push(d));
      system.created[0]?.emit('failed', {}, 'Notifications are not allowed for this application');
      expect(heard).toEqual([
        { shown: false, error: 'Notifications are not allowed for this application' },
      ]);
    },
  );

  it('on Linux does not listen for `failed`, which Electron never emits there', () => {
    const system = fakeSystem();
    systemNotifier(system, 'linux', () => undefined).show(notice, () => undefined);
    expect(system.created[0]?.listenerCount('failed')).toBe(0);
    expect(system.created[0]?.listenerCount('show')).toBe(1);
  });

  it('calls back when the user clicks a notice', () => {
    const system = fakeSystem();
    let clicks = 0;
    systemNotifier(system, 'win32', () => (clicks += 1)).show(notice, () => undefined);
    system.created[0]?.emit('click', {});
    expect(clicks).toBe(1);
  });

  it('says whether the system has notifications at all', () => {
    expect(systemNotifier(fakeSystem(false), 'linux', () => undefined).isSupported()).toBe(false);
    expect(systemNotifier(fakeSystem(true), 'linux', () => undefined).isSupported()).toBe(true);
  });
});
