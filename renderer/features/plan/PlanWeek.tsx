import { useId } from 'react';
import type { LocalDate } from '../../../shared/domain/practice/calendar.js';
import type { PlanItem } from '../../../shared/domain/practice/plans.js';
import type { Dragged } from './dragData.js';
import { DropDay } from './DropDay.js';
import { PlanItemCard, type PlanItemActions } from './PlanItemCard.js';
import { itemsByDay, type PlanDay } from './weekDays.js';

/** Monday to Sunday, each day with its items; items and challenges can be dropped on a day. */
export function PlanWeek({
  days,
  items,
  today,
  actions,
  onDrop,
}: {
  readonly days: readonly PlanDay[];
  readonly items: readonly PlanItem[] | undefined;
  readonly today: LocalDate;
  readonly actions: PlanItemActions;
  readonly onDrop: (dragged: Dragged, day: LocalDate) => void;
}) {
  const id = useId();
  const byDay = itemsByDay(days, items ?? []);
  return (
    <div className="plan-week">
      {days.map((day) => {
        const dayItems = byDay.get(day.date) ?? [];
        const headingId = `${id}-${day.date}`;
        return (
          <DropDay
            key={day.date}
            day={day.date}
            className={day.isToday ? 'plan-day today' : 'plan-day'}
            labelledBy={headingId}
            onDrop={onDrop}
          >
            <h3 id={headingId}>
              {day.name}
              {day.isToday && (
                <>
                  {' '}
                  <span className="today-mark">Today</span>
                </>
              )}
            </h3>
            {items !== undefined && dayItems.length === 0 ? (
              <p className="hint empty-day">Nothing planned.</p>
            ) : (
              <ul className="plan-items" aria-label={`Planned for ${day.name}`}>
                {dayItems.map((item) => (
                  <PlanItemCard key={item.id} item={item} today={today} actions={actions} />
                ))}
              </ul>
            )}
          </DropDay>
        );
      })}
    </div>
  );
}
