import type { Delivery, Notice, Notifier } from '../../main/services/reminders/reminders.js';

/**
 * A notifier that keeps what it was asked to show, for tests to read. `system` is what
 * the pretend system does: shows each notice, refuses it in its words, has no
 * notifications at all, or never says.
 */
export function recordingNotifier(): Omit<Notifier, 'show'> & {
  show(notice: Notice, delivered?: (delivery: Delivery) => void): void;
  readonly shown: Notice[];
  system: Delivery | 'unsupported' | 'silent';
} {
  const notifier = {
    shown: [] as Notice[],
    system: { shown: true } as Delivery | 'unsupported' | 'silent',
    isSupported: () => notifier.system !== 'unsupported',
    show(notice: Notice, delivered?: (delivery: Delivery) => void) {
      notifier.shown.push(notice);
      if (typeof notifier.system === 'object') delivered?.(notifier.system);
    },
  };
  return notifier;
}
