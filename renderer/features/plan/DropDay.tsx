import { useState, type ReactNode } from 'react';
import type { LocalDate } from '../../../shared/domain/practice/calendar.js';
import { carriesDragged, readDragged, type Dragged } from './dragData.js';

/**
 * A day that accepts a dragged challenge or plan item. Dragging is the quick path for
 * pointer users; every drop has a keyboard equivalent (a select and a button) beside it.
 */
export function DropDay({
  day,
  className,
  labelledBy,
  onDrop,
  children,
}: {
  readonly day: LocalDate;
  readonly className: string;
  readonly labelledBy: string;
  readonly onDrop: (dragged: Dragged, day: LocalDate) => void;
  readonly children: ReactNode;
}) {
  const [over, setOver] = useState(false);
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- see above
    <section
      className={over ? `${className} drop-over` : className}
      aria-labelledby={labelledBy}
      data-day={day}
      onDragOver={(event) => {
        if (!carriesDragged(event.dataTransfer)) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        const dragged = readDragged(event.dataTransfer);
        if (!dragged) return;
        event.preventDefault();
        onDrop(dragged, day);
      }}
    >
      {children}
    </section>
  );
}
