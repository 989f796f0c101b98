import { useState, type DragEvent } from 'react';
import { categoryNames } from '../../../shared/domain/practice/challenges.js';
import type { Rung } from '../../../shared/domain/practice/ladders.js';
import { SudsSlider, sudsMeaning } from '../../components/SudsSlider.js';
import { stepTarget, type Direction } from './rungOrder.js';
import { describeChange, formatDay, ratingHistory } from './rungRatings.js';

interface RungItemProps {
  readonly rung: Rung;
  readonly index: number;
  readonly count: number;
  /** The rating of the rung before it, when this one is expected to be easier. */
  readonly easierThanAbove: number | undefined;
  /** The rung being dragged is over this one. */
  readonly dropTarget: boolean;
  readonly onMove: (direction: Direction) => void;
  readonly onRate: (suds: number) => void;
  readonly onRemove: () => void;
  readonly onDragStart: () => void;
  readonly onDragOver: () => void;
  readonly onDrop: () => void;
  readonly onDragEnd: () => void;
}

/**
 * One rung: its challenge, its place (move up / move down, or drag by the handle), and
 * how distressing the user expects it to be, now and in each earlier rating.
 */
export function RungItem(props: RungItemProps) {
  const { rung, index, count } = props;
  const { title } = rung.challenge;
  const history = ratingHistory(rung.ratings);
  const [suds, setSuds] = useState<number | null>(history.rated ? history.current.suds : null);
  const change = describeChange(history);

  const startDrag = (event: DragEvent<HTMLElement>): void => {
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', rung.id);
    const item = event.currentTarget.closest('li');
    if (item) event.dataTransfer.setDragImage(item, 16, 16);
    props.onDragStart();
  };

  const orderButton = (direction: Direction, label: string) => (
    <button
      type="button"
      className="secondary icon"
      data-rung={rung.id}
      data-direction={direction}
      disabled={stepTarget(index, direction, count) === null}
      onClick={() => props.onMove(direction)}
    >
      <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span>
      <span className="visually-hidden">
        {label} “{title}”
      </span>
    </button>
  );

  return (
    // Dropping is the pointer's way to reorder; the keyboard's is the move buttons.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <li
      className={props.dropTarget ? 'rung drop-target' : 'rung'}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        props.onDragOver();
      }}
      onDrop={(event) => {
        event.preventDefault();
        props.onDrop();
      }}
    >
      <div className="rung-head">
        <span
          className="drag-handle"
          draggable
          title="Drag to reorder"
          aria-hidden="true"
          onDragStart={startDrag}
          onDragEnd={props.onDragEnd}
        >
          ⠿
        </span>
        <span className="rung-position" aria-hidden="true">
          {index + 1}
        </span>
        <div className="rung-title">
          <h4>
            <span className="visually-hidden">Rung {index + 1}: </span>
            {title}
          </h4>
          <p className="hint">
            Difficulty {rung.challenge.difficulty} · {categoryNames[rung.challenge.category]}
          </p>
        </div>
        <div className="rung-order">
          {orderButton('up', 'Move up')}
          {orderButton('down', 'Move down')}
        </div>
      </div>

      <div className="rung-rating">
        {history.rated ? (
          <p className="current-rating">
            Expected distress: <strong>{history.current.suds}</strong> —{' '}
            {sudsMeaning(history.current.suds)} (rated {formatDay(history.current.ratedOn)})
            {change && <span className="rating-change">, {change}</span>}
          </p>
        ) : (
          <p className="hint">Not rated yet: how distressing do you expect this to be?</p>
        )}
        {props.easierThanAbove !== undefined && (
          <p className="order-hint">
            You expect this to be easier than the rung above it (rated {props.easierThanAbove}).
            Ladders climb from least to most distressing: move it up?
          </p>
        )}
        {history.rated && history.earlier.length > 0 && (
          <div className="earlier-ratings">
            <h5>Earlier ratings</h5>
            <ol aria-label={`Earlier ratings of “${title}”, newest first`}>
              {history.earlier.map((rating, position) => (
                <li key={position}>
                  {rating.suds} on {formatDay(rating.ratedOn)}
                </li>
              ))}
            </ol>
          </div>
        )}
        <SudsSlider
          label={
            <>
              {history.rated ? 'Rate again' : 'Expected distress'}
              <span className="visually-hidden"> for “{title}”</span>
            </>
          }
          value={suds}
          onChange={setSuds}
        />
        <div className="actions">
          {/* Nothing to save until the slider holds a rating of the user's own. */}
          <button
            type="button"
            disabled={suds === null}
            onClick={() => {
              if (suds !== null) props.onRate(suds);
            }}
          >
            Save rating<span className="visually-hidden"> for “{title}”</span>
          </button>
          <button type="button" className="link" onClick={props.onRemove}>
            Remove<span className="visually-hidden"> “{title}” from the ladder</span>
          </button>
        </div>
      </div>
    </li>
  );
}
