import { localDateOf, type LocalDate } from '../../../shared/domain/practice/calendar.js';
import type { Reminders } from '../../../shared/domain/settings.js';
import type { Format } from '../../../shared/format/format.js';
import type { Timers } from '../vault/autoLock.js';

/**
 * An OS notification. Its words are the app's own, never the journal's: a notification
 * shows on a screen that may be shared, and stays in the system's notification list.
 */
export interface Notice {
  readonly title: string;
  readonly body: string;
}

/** What the system did with a notice: showed it, or refused it in its own words. */
export type Delivery = { readonly shown: true } | { readonly shown: false; readonly error: string };

/** Shows notifications: Electron's in the app, a recorder in tests. */
export interface Notifier {
  /** False where the system has no notifications at all (Linux without a notification service). */
  isSupported(): boolean;
  /**
   * Shows `notice`. `delivered` hears what became of it when the system says; a system
   * that never says (no `failed` event on Linux) leaves it unheard.
   */
  show(notice: Notice, delivered: (delivery: Delivery) => void): void;
}

/** Where reminders are handed to be shown (the notifier, as `reminderDelivery` watches it). */
export interface NoticeSink {
  show(notice: Notice): void;
}

/** What the open journal says about one day: all a day's reminders need. */
export interface DayFacts {
  /** Challenges of that day still to do: planned, or begun with the ask still to come. */
  readonly planned: number;
  /**
   * Items done that day (the user asked) whose user wanted a nudge to call their trusted
   * person, with when each became done; begun and "didn't try" items are not nudged.
   */
  readonly nudges: readonly { readonly id: string; readonly doneAt: string }[];
}

/** How often reminders are checked: fine enough for a time set in minutes. */
export const reminderCheckMs = 30_000;
/** The nudge comes an hour after the challenge, when the feeling has settled (rule 3). */
export const nudgeDelayMs = 60 * 60_000;
/** A nudge missed by more than this (the app was closed) is stale: it is dropped, not sent late. */
export const nudgeGraceMs = 60 * 60_000;

export interface ReminderOptions {
  readonly timers: Timers;
  readonly notifier: NoticeSink;
  /** Read at every check, so a changed setting applies at once. */
  readonly settings: () => Reminders;
  /** A day's facts from the journal, or null while it is locked. */
  readonly readFacts: (day: LocalDate) => Promise<DayFacts | null>;
  readonly onError: (error: unknown) => void;
  /** The words' numbers and plurals, in the user's locale. */
  readonly format: Format;
}

const minutesOfDay = (moment: Date): number => moment.getHours() * 60 + moment.getMinutes();

const minutesOfTime = (time: string): number =>
  Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

const dailyNotice = (planned: number, format: Format): Notice => ({
  title: 'Ask Anyway',
  body: format.plural(planned, {
    one: 'One challenge is planned for today. A small ask is enough.',
    other: `${format.number(planned)} challenges are planned for today. One small ask is enough.`,
  }),
});

/**
 * For a day the app could not read (locked since before it began: started at login, or a
 * night in the tray). It claims nothing about the plan, which it does not know.
 */
const unreadDayNotice: Notice = {
  title: 'Ask Anyway',
  body: 'Your daily reminder. Open Ask Anyway to see what is planned for today.',
};

const nudgeNotice: Notice = {
  title: 'Ask Anyway',
  body: 'You asked for a nudge: how about calling your trusted person now?',
};

/**
 * The daily reminder and the trusted-person nudges. While the journal is open each check
 * reads the day's facts; while it is locked the last facts read stand (in memory only,
 * so nothing of the plan is ever written outside the vault), and reminders still come.
 * A day never read while open gets a daily reminder that claims nothing: the point of
 * starting at login or staying in the tray is that the 9:00 reminder arrives.
 */
export function startReminders(options: ReminderOptions): {
  readonly check: () => Promise<void>;
  readonly stop: () => void;
} {
  const { timers, notifier } = options;
  let known: { day: LocalDate; facts: DayFacts } | undefined;
  let dailySentOn: LocalDate | undefined;
  const nudged = new Set<string>();

  const check = async (): Promise<void> => {
    const now = new Date(timers.now());
    const today = localDateOf(now);
    const facts = await options.readFacts(today);
    if (facts) known = { day: today, facts };
    const todays = known?.day === today ? known.facts : undefined;

    const { daily, time } = options.settings();
    if (daily && dailySentOn !== today && minutesOfDay(now) >= minutesOfTime(time)) {
      if (todays === undefined) {
        dailySentOn = today;
        notifier.show(unreadDayNotice);
      } else if (todays.planned > 0) {
        dailySentOn = today;
        notifier.show(dailyNotice(todays.planned, options.format));
      }
    }
    if (todays === undefined) return;
    for (const { id, doneAt } of todays.nudges) {
      const due = Date.parse(doneAt) + nudgeDelayMs;
      if (nudged.has(id) || now.getTime() < due) continue;
      nudged.add(id);
      if (now.getTime() - due <= nudgeGraceMs) notifier.show(nudgeNotice);
    }
  };

  const stop = timers.every(reminderCheckMs, () => {
    check().catch(options.onError);
  });
  return { check, stop };
}
