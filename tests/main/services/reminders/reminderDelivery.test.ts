import { describe, expect, it } from 'vitest';
import { watchDelivery } from '../../../../main/services/reminders/reminderDelivery.js';
import type { ReminderDelivery } from '../../../../shared/domain/reminderDelivery.js';
import { recordingNotifier } from '../../../support/recordingNotifier.js';

const notice = { title: 'Ask Anyway', body: 'A small ask is enough.' };

function setUp() {
  const notifier = recordingNotifier();
  const changes: ReminderDelivery[] = [];
  const watch = watchDelivery(notifier, (delivery) => changes.push(delivery));
  return { notifier, changes, watch };
}

describe('watching whether reminders are shown', () => {
  it('is working until a reminder says otherwise', () => {
    const { watch, notifier, changes } = setUp();
    expect(watch.current()).toEqual({ state: 'working' });
    watch.show(notice);
    expect(notifier.shown).toEqual([notice]);
    expect(watch.current()).toEqual({ state: 'working' });
    expect(changes).toEqual([]);
  });

  it('remembers a refusal with the system’s words, and a later success clears it', () => {
    const { watch, notifier, changes } = setUp();
    notifier.system = { shown: false, error: 'Notifications are not allowed' };
    watch.show(notice);
    watch.show(notice);
    expect(watch.current()).toEqual({ state: 'failed', error: 'Notifications are not allowed' });
    notifier.system = { shown: true };
    watch.show(notice);
    expect(watch.current()).toEqual({ state: 'working' });
    // One event per change of state, not per reminder.
    expect(changes).toEqual([
      { state: 'failed', error: 'Notifications are not allowed' },
      { state: 'working' },
    ]);
  });

  it('keeps a long system message within what the contract carries', () => {
    const { watch, notifier } = setUp();
    notifier.system = { shown: false, error: 'x'.repeat(5000) };
    watch.show(notice);
    const current = watch.current();
    expect(current.state === 'failed' && current.error.length).toBe(300);
  });

  it('says at once when the system has no notifications, and does not try to show', () => {
    const { watch, notifier } = setUp();
    notifier.system = 'unsupported';
    expect(watch.current()).toEqual({ state: 'unsupported' });
    watch.show(notice);
    expect(notifier.shown).toEqual([]);
  });
});
