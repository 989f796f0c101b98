import {
  deliveryErrorMaxLength,
  type ReminderDelivery,
} from '../../../shared/domain/reminderDelivery.js';
import type { Delivery, Notice, NoticeSink, Notifier } from './reminders.js';

/** Reminders' way to the notifier, remembering whether the system shows them. */
export interface DeliveryWatch extends NoticeSink {
  /** Whether the system shows reminders, as far as the last one told. */
  current(): ReminderDelivery;
}

const fromDelivery = (delivery: Delivery): ReminderDelivery =>
  delivery.shown
    ? { state: 'working' }
    : { state: 'failed', error: delivery.error.slice(0, deliveryErrorMaxLength) };

/**
 * Watches what the system does with each reminder, so Settings can say when reminders
 * cannot be shown rather than leave the user waiting for one. `onChange` hears each
 * change of state (not each reminder). A system without notifications is told at once:
 * no reminder has to be missed first.
 */
export function watchDelivery(
  notifier: Notifier,
  onChange: (delivery: ReminderDelivery) => void,
): DeliveryWatch {
  let last: ReminderDelivery = { state: 'working' };
  const current = (): ReminderDelivery =>
    notifier.isSupported() ? last : { state: 'unsupported' };

  return {
    current,
    show(notice: Notice) {
      if (!notifier.isSupported()) return;
      notifier.show(notice, (delivery) => {
        const next = fromDelivery(delivery);
        if (JSON.stringify(next) === JSON.stringify(last)) return;
        last = next;
        onChange(next);
      });
    },
  };
}
