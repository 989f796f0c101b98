import { useCallback, useEffect, useState } from 'react';
import type { IsoWeek } from '../../../shared/domain/practice/calendar.js';
import type { PlanItem } from '../../../shared/domain/practice/plans.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';

/** One week's plan, read again after each change: only the week shown is ever loaded. */
export function useWeekPlan(week: IsoWeek): {
  readonly items: readonly PlanItem[] | undefined;
  readonly error: string | undefined;
  readonly reload: () => void;
} {
  const [items, setItems] = useState<readonly PlanItem[]>();
  const [error, setError] = useState<string>();
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    void api.plan.week({ week }).then((result) => {
      // A slower answer for a week the user has already left must not replace this one.
      if (!current) return;
      if (result.ok) {
        setItems(result.value);
        setError(undefined);
      } else setError(describeError(result.error));
    });
    return () => {
      current = false;
    };
  }, [week, version]);

  const reload = useCallback(() => setVersion((n) => n + 1), []);
  return { items, error, reload };
}
