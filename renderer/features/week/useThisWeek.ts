import { useEffect, useState } from 'react';
import type { Attempt } from '../../../shared/domain/practice/attempts.js';
import {
  isoWeekOf,
  localDateOf,
  type IsoWeek,
  type LocalDate,
} from '../../../shared/domain/practice/calendar.js';
import type { NextStep } from '../../../shared/domain/practice/nextSteps.js';
import type { PlanItem } from '../../../shared/domain/practice/plans.js';
import type { AppError, Result } from '../../../shared/ipc/result.js';
import type {
  WellbeingReason,
  WellbeingSuggestion,
} from '../../../shared/domain/practice/knowWhenToQuit.js';
import { api } from '../../api/client.js';

/** A challenge planned for today, with the attempt that did it once it is begun. */
export interface TodayItem {
  readonly item: PlanItem;
  readonly attempt: Attempt | null;
}

/** Everything the home screen shows, read in one go. */
export interface ThisWeek {
  readonly today: LocalDate;
  readonly week: IsoWeek;
  readonly items: readonly PlanItem[];
  readonly todayItems: readonly TodayItem[];
  readonly suggestions: readonly NextStep[];
  readonly streakWeeks: number;
  readonly wellbeing: {
    readonly reasons: readonly WellbeingReason[];
    readonly suggestions: readonly WellbeingSuggestion[];
  } | null;
}

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; week: ThisWeek }
  | { status: 'failed'; error: AppError };

/** A call that failed, carried out of `Promise.all` to the one place that shows it. */
class CallFailed extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

const valueOf = <T>(result: Result<T>): T => {
  if (!result.ok) throw new CallFailed(result.error);
  return result.value;
};

/** The items of today's date that still matter: planned, or with an attempt saved for them. */
async function todayItemsOf(items: readonly PlanItem[], today: LocalDate): Promise<TodayItem[]> {
  const todays = items.filter(
    (item) => item.day === today && item.status !== 'skipped' && item.status !== 'moved',
  );
  return Promise.all(
    todays.map(async (item) => ({
      item,
      attempt:
        item.attemptId === null ? null : valueOf(await api.attempts.get({ id: item.attemptId })),
    })),
  );
}

async function readThisWeek(now: Date): Promise<ThisWeek> {
  const today = localDateOf(now);
  const week = isoWeekOf(today);
  const [items, suggestions, streakWeeks, wellbeing] = await Promise.all([
    api.plan.week({ week }).then(valueOf),
    api.plan.suggest().then(valueOf),
    api.insights.streak().then(valueOf),
    api.insights.wellbeing().then(valueOf),
  ]);
  return {
    today,
    week,
    items,
    todayItems: await todayItemsOf(items, today),
    suggestions,
    streakWeeks,
    wellbeing,
  };
}

/** Reads this week's plan, today's items, next steps, streak and wellbeing notice. */
export function useThisWeek(): Loaded {
  const [state, setState] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    readThisWeek(new Date()).then(
      (week) => current && setState({ status: 'ready', week }),
      (error: unknown) => {
        if (!(error instanceof CallFailed)) throw error;
        if (current) setState({ status: 'failed', error: error.error });
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}
