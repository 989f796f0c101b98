import { addWeeks, isoWeekOf, type IsoWeek, type LocalDate } from './calendar.js';
import { isMadeAttempt, isWithinLastDays, type PracticeRecord } from './history.js';
import type { PlanStatus } from './plans.js';
import type { WeeklyCheck } from './selfCheck.js';

/*
 * Rule 4, "know when to quit": the app watches the trend and, when the practice seems to
 * be hurting more than helping, says so kindly. It never triggers on too little data:
 * one bad week, one skipped day or one anxious check is ordinary life, not a pattern.
 */

/**
 * The trends look at the last eight ISO weeks (this one included): long enough to hold
 * the four practice weeks a trend needs even with a week or two off, short enough to be
 * about how the practice is going now rather than how it started.
 */
export const trendWindowWeeks = 8;

/**
 * Distress needs four weeks with attempts before the app judges its trend: habituation
 * across attempts takes a few weeks to show, and two earlier weeks against two recent
 * ones is the smallest comparison that one odd week cannot decide.
 */
export const minPracticeWeeks = 4;
export const recentPracticeWeeks = 2;

/**
 * Distress counts as falling only when the recent weekly medians sit at least 5 points
 * below the earlier ones: people rate SUDS in rough steps of 5 or 10, so a smaller
 * change is rounding, not progress.
 */
export const meaningfulFall = 5;

/**
 * ... and it is a concern only while peaks stay at 60 or more. Practice aims at
 * "challenging but manageable", roughly 30–60; a user climbing the ladder can keep
 * peaks level inside that band, which is progress, not a warning sign.
 */
export const highPeakSuds = 60;

/**
 * The weekly self-check is worsening when the latest of the last three checks is at
 * least 2 points (of 10) above the first of them: a one-point wobble is any ordinary
 * week, two points sustained over three weeks is a real change.
 */
export const checksCompared = 3;
export const worseningRise = 2;

/**
 * Skipping is looked at over the last two weeks: one hard week is normal, two weeks of
 * mostly skipping is a pattern. It needs at least three skips, so one or two skipped
 * days never trigger it, and more skipped than done, because "mostly" means most.
 */
export const skipWindowDays = 14;
export const minSkips = 3;

export const wellbeingReasons = [
  'distress_not_falling',
  'self_check_worsening',
  'mostly_skipped',
] as const;
export type WellbeingReason = (typeof wellbeingReasons)[number];
export type WellbeingSuggestion = 'easier_steps' | 'pause' | 'professional_help';

/** Why the app is concerned, and what it kindly suggests; shown in the order given. */
export interface WellbeingNotice {
  readonly reasons: readonly WellbeingReason[];
  readonly suggestions: readonly WellbeingSuggestion[];
}

/** Everything the rule weighs; `today` is the user's calendar day. */
export interface WellbeingInput {
  readonly today: LocalDate;
  readonly history: readonly PracticeRecord[];
  readonly weeklyChecks: readonly WeeklyCheck[];
  readonly plan: readonly { readonly day: LocalDate; readonly status: PlanStatus }[];
}

/**
 * Professional help is always offered: that is the heart of rule 4. While overall
 * anxiety is rising, easier steps are not offered on their own: a pause comes first.
 */
const suggestionsFor: Record<WellbeingReason, readonly WellbeingSuggestion[]> = {
  distress_not_falling: ['easier_steps', 'pause', 'professional_help'],
  self_check_worsening: ['pause', 'professional_help'],
  mostly_skipped: ['easier_steps', 'pause', 'professional_help'],
};
const suggestionOrder: readonly WellbeingSuggestion[] = [
  'easier_steps',
  'pause',
  'professional_help',
];

const detectors: Record<WellbeingReason, (input: WellbeingInput) => boolean> = {
  distress_not_falling: isDistressNotFalling,
  self_check_worsening: isSelfCheckWorsening,
  mostly_skipped: isMostlySkipped,
};

/** A kind word when the practice seems to be hurting more than helping; null when all looks fine. */
export function assessWellbeing(input: WellbeingInput): WellbeingNotice | null {
  const reasons = wellbeingReasons.filter((reason) => detectors[reason](input));
  if (reasons.length === 0) return null;
  const suggested = new Set(reasons.flatMap((reason) => suggestionsFor[reason]));
  return { reasons, suggestions: suggestionOrder.filter((s) => suggested.has(s)) };
}

function isDistressNotFalling({ history, today }: WellbeingInput): boolean {
  const firstWeek = addWeeks(isoWeekOf(today), 1 - trendWindowWeeks);
  const peaksByWeek = new Map<IsoWeek, number[]>();
  for (const record of history) {
    const week = isoWeekOf(record.on);
    if (!isMadeAttempt(record) || record.peakSuds === null) continue;
    if (week < firstWeek || record.on > today) continue;
    peaksByWeek.set(week, [...(peaksByWeek.get(week) ?? []), record.peakSuds]);
  }
  if (peaksByWeek.size < minPracticeWeeks) return false;
  // `YYYY-Www` sorts as text in calendar order.
  const weeklyMedians = [...peaksByWeek.keys()]
    .sort()
    .map((week) => median(peaksByWeek.get(week) ?? []));
  const recent = median(weeklyMedians.slice(-recentPracticeWeeks));
  const earlier = median(weeklyMedians.slice(0, -recentPracticeWeeks));
  return recent >= highPeakSuds && recent > earlier - meaningfulFall;
}

function isSelfCheckWorsening({ weeklyChecks, today }: WellbeingInput): boolean {
  const lastChecks = weeklyChecks
    .filter((check) => isWithinLastDays(check.on, today, trendWindowWeeks * 7))
    .sort((a, b) => a.on.localeCompare(b.on))
    .slice(-checksCompared);
  const [first] = lastChecks;
  const last = lastChecks.at(-1);
  if (lastChecks.length < checksCompared || first === undefined || last === undefined) return false;
  return last.anxiety - first.anxiety >= worseningRise;
}

/**
 * Everything avoided against everything asked, each counted once: a plan item by its
 * status (a "didn't try" saved for it makes it `not_tried`), and an attempt only when no
 * plan item speaks for it. Items still "planned" on a past day, begun, or moved, say
 * nothing either way.
 */
function isMostlySkipped({ history, plan, today }: WellbeingInput): boolean {
  const recentItems = plan.filter((item) => isWithinLastDays(item.day, today, skipWindowDays));
  const unplanned = history.filter(
    (record) => !record.forPlanItem && isWithinLastDays(record.on, today, skipWindowDays),
  );
  const avoided =
    recentItems.filter((item) => item.status === 'skipped' || item.status === 'not_tried').length +
    unplanned.filter((record) => record.outcome === 'not_tried').length;
  const asked =
    recentItems.filter((item) => item.status === 'done').length +
    unplanned.filter(isMadeAttempt).length;
  return avoided >= minSkips && avoided > asked;
}

/** The median; of nothing it is NaN, with which no comparison holds. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}
