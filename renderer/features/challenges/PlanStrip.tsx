import { useId, useMemo } from 'react';
import { isoWeekOf, type LocalDate } from '../../../shared/domain/practice/calendar.js';
import type { Dragged } from '../plan/dragData.js';
import { DropDay } from '../plan/DropDay.js';
import { itemsByDay, planDays } from '../plan/weekDays.js';
import type { PlanItem } from '../../../shared/domain/practice/plans.js';

/** This week's days as drop targets: drag a challenge onto one to plan it there. */
export function PlanStrip({
  today,
  items,
  onDrop,
}: {
  readonly today: LocalDate;
  readonly items: readonly PlanItem[];
  readonly onDrop: (dragged: Dragged, day: LocalDate) => void;
}) {
  const id = useId();
  const days = useMemo(() => planDays(isoWeekOf(today), today), [today]);
  const byDay = itemsByDay(days, items);
  return (
    <section className="card plan-strip" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>This week</h2>
      <p className="hint">Drag a challenge onto a day to plan it, or use “Add to plan” below.</p>
      <ol className="strip-days">
        {days.map((day) => {
          const planned = (byDay.get(day.date) ?? []).filter((item) => item.status === 'planned');
          return (
            <li key={day.date}>
              <DropDay
                day={day.date}
                className={day.isToday ? 'strip-day today' : 'strip-day'}
                labelledBy={`${id}-${day.date}`}
                onDrop={onDrop}
              >
                <span id={`${id}-${day.date}`} className="strip-day-name">
                  <span aria-hidden="true">{day.shortName}</span>
                  <span className="visually-hidden">{day.name}</span>
                </span>
                {day.isToday && <span className="strip-today">Today</span>}
                <span className="hint">{planned.length} planned</span>
              </DropDay>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
