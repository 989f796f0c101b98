import { z } from 'zod';

/** The most of the system's own error text kept: enough to search for, not a dump. */
export const deliveryErrorMaxLength = 300;

/**
 * Whether the operating system shows the app's reminders, as far as the app can tell.
 * `working`: the last one was shown, or none was sent yet and nothing says otherwise.
 * `unsupported`: this system has no notifications at all (a Linux desktop without a
 * notification service). `failed`: the system refused the last one (macOS does for an
 * app not allowed to notify); `error` is the system's own words.
 */
export const reminderDeliverySchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('working') }),
  z.strictObject({ state: z.literal('unsupported') }),
  z.strictObject({ state: z.literal('failed'), error: z.string().max(deliveryErrorMaxLength) }),
]);
export type ReminderDelivery = z.infer<typeof reminderDeliverySchema>;
