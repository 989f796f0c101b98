import { describe, expect, it } from 'vitest';
import {
  nudgeDelayMs,
  nudgeGraceMs,
  reminderCheckMs,
  startReminders,
  type DayFacts,
} from '../../../../main/services/reminders/reminders.js';
import type { LocalDate } from '../../../../shared/domain/practice/calendar.js';
import type { Reminders } from '../../../../shared/domain/settings.js';
import { manualTimers } from '../../../support/manualTimers.js';
import { recordingNotifier } from '../../../support/recordingNotifier.js';
import { pinnedFormat } from '../../../support/pinnedFormat.js';

/** A moment on the computer's own clock: reminders follow local time, not UTC. */
const local = (day: number, hours: number, minutes = 0) =>
  new Date(2026, 10, day, hours, minutes).getTime();
const minute = 60_000;

/** Reminders over a journal whose facts the test sets, per day; `null` while "locked". */
function setUp(options: { reminders?: Reminders; start?: number } = {}) {
  const timers = manualTimers(options.start ?? local(25, 8, 0));
  const notifier = recordingNotifier();
  const facts = new Map<LocalDate, DayFacts>();
  const state = { locked: false, reminders: options.reminders ?? { daily: true, time: '09:00' } };
  const errors: unknown[] = [];
  const reminders = startReminders({
    timers,
    notifier,
    format: pinnedFormat,
    settings: () => state.reminders,
    readFacts: (day) =>
      Promise.resolve(state.locked ? null : (facts.get(day) ?? { planned: 0, nudges: [] })),
    onError: (error) => errors.push(error),
  });
  /** Moves the clock in check-sized steps, letting each check's read settle. */
  const advance = async (ms: number) => {
    for (let left = ms; left > 0; left -= reminderCheckMs) {
      timers.advance(Math.min(reminderCheckMs, left));
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { timers, notifier, facts, state, errors, reminders, advance };
}

describe('the daily reminder', () => {
  it('comes once, at the chosen time, on a day with a planned challenge', async () => {
    const { notifier, facts, advance } = setUp();
    facts.set('2026-11-25' as LocalDate, { planned: 2, nudges: [] });
    await advance(59 * minute);
    expect(notifier.shown).toEqual([]);
    await advance(2 * minute);
    expect(notifier.shown).toEqual([
      {
        title: 'Ask Anyway',
        body: '2 challenges are planned for today. One small ask is enough.',
      },
    ]);
    await advance(3 * 60 * minute);
    expect(notifier.shown).toHaveLength(1);
  });

  it('comes again the next day, if that day has a plan too', async () => {
    const { notifier, facts, advance } = setUp({ start: local(25, 10, 0) });
    facts.set('2026-11-25' as LocalDate, { planned: 1, nudges: [] });
    facts.set('2026-11-26' as LocalDate, { planned: 1, nudges: [] });
    await advance(24 * 60 * minute);
    expect(notifier.shown.map((notice) => notice.body)).toEqual([
      'One challenge is planned for today. A small ask is enough.',
      'One challenge is planned for today. A small ask is enough.',
    ]);
  });

  it('stays quiet when nothing is planned, or when the user has not asked for it', async () => {
    const quietDay = setUp();
    await quietDay.advance(3 * 60 * minute);
    expect(quietDay.notifier.shown).toEqual([]);

    const notAsked = setUp({ reminders: { daily: false, time: '09:00' } });
    notAsked.facts.set('2026-11-25' as LocalDate, { planned: 3, nudges: [] });
    await notAsked.advance(3 * 60 * minute);
    expect(notAsked.notifier.shown).toEqual([]);
  });

  it('still comes while the journal is locked, from what was read while it was open', async () => {
    const { notifier, facts, state, advance } = setUp();
    facts.set('2026-11-25' as LocalDate, { planned: 1, nudges: [] });
    await advance(minute);
    state.locked = true;
    await advance(90 * minute);
    expect(notifier.shown).toHaveLength(1);
  });

  it('for a day it could not read (locked since yesterday), comes claiming nothing of the plan', async () => {
    const { notifier, facts, state, advance } = setUp({ start: local(24, 20, 0) });
    facts.set('2026-11-24' as LocalDate, { planned: 0, nudges: [] });
    facts.set('2026-11-25' as LocalDate, { planned: 1, nudges: [] });
    await advance(minute);
    state.locked = true;
    await advance(12 * 60 * minute);
    expect(notifier.shown).toEqual([]);
    await advance(2 * 60 * minute);
    expect(notifier.shown).toEqual([
      {
        title: 'Ask Anyway',
        body: 'Your daily reminder. Open Ask Anyway to see what is planned for today.',
      },
    ]);
    // Opened later that day, the journal's plan brings no second reminder.
    state.locked = false;
    await advance(60 * minute);
    expect(notifier.shown).toHaveLength(1);
  });

  it('started locked (at login), the day’s reminder still comes at its time', async () => {
    const { notifier, state, advance } = setUp({ start: local(25, 7, 0) });
    state.locked = true;
    await advance(2 * 60 * minute + minute);
    expect(notifier.shown).toHaveLength(1);
    expect(notifier.shown[0]?.body).not.toMatch(/\d/);
  });

  it('claims nothing when the user has not asked for a daily reminder', async () => {
    const { notifier, state, advance } = setUp({
      start: local(25, 7, 0),
      reminders: { daily: false, time: '09:00' },
    });
    state.locked = true;
    await advance(4 * 60 * minute);
    expect(notifier.shown).toEqual([]);
  });
});

describe('the trusted-person nudge', () => {
  const doneAt = new Date(local(25, 8, 30)).toISOString();

  it('comes an hour after the challenge was done, once', async () => {
    const { notifier, facts, advance } = setUp({ reminders: { daily: false, time: '09:00' } });
    facts.set('2026-11-25' as LocalDate, { planned: 0, nudges: [{ id: 'a', doneAt }] });
    await advance(89 * minute);
    expect(notifier.shown).toEqual([]);
    await advance(2 * minute);
    expect(notifier.shown).toEqual([
      {
        title: 'Ask Anyway',
        body: 'You asked for a nudge: how about calling your trusted person now?',
      },
    ]);
    await advance(60 * minute);
    expect(notifier.shown).toHaveLength(1);
  });

  it('is dropped, not sent late, when the app was not running to send it in time', async () => {
    const start = local(25, 8, 30) + nudgeDelayMs + nudgeGraceMs + minute;
    const { notifier, facts, advance } = setUp({ start });
    facts.set('2026-11-25' as LocalDate, { planned: 0, nudges: [{ id: 'a', doneAt }] });
    await advance(10 * minute);
    expect(notifier.shown).toEqual([]);
  });
});

it('reports a failed read and keeps checking', async () => {
  const timers = manualTimers(local(25, 8, 0));
  const errors: unknown[] = [];
  let calls = 0;
  startReminders({
    timers,
    notifier: recordingNotifier(),
    format: pinnedFormat,
    settings: () => ({ daily: true, time: '09:00' }),
    readFacts: () => {
      calls += 1;
      return Promise.reject(new Error('disk on fire'));
    },
    onError: (error) => errors.push(error),
  });
  timers.advance(3 * reminderCheckMs);
  await new Promise((resolve) => setImmediate(resolve));
  expect(calls).toBe(3);
  expect(errors).toHaveLength(3);
});

it('stops checking once stopped', async () => {
  const { reminders, facts, notifier, advance } = setUp();
  facts.set('2026-11-25' as LocalDate, { planned: 1, nudges: [] });
  reminders.stop();
  await advance(3 * 60 * minute);
  expect(notifier.shown).toEqual([]);
});
