import { useId, useRef, type ReactNode } from 'react';
import './ratingSlider.css';

export const notRatedYet = 'Not rated yet';

interface RatingSliderProps {
  readonly label: ReactNode;
  /** Null while the user has not rated: never shown as a position on the scale. */
  readonly value: number | null;
  readonly onChange: (value: number | null) => void;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** The value in words, for the visible read-out and screen readers. */
  readonly valueText: (value: number) => string;
  /** What the scale's ends mean, shown under the track and read as its description. */
  readonly scale?: ReactNode;
}

/**
 * A rating on a range input that can also be "not rated yet". A native range always holds
 * a number, so while unrated the input rests at the middle with its thumb hidden (CSS on
 * `data-unrated`) and says "Not rated yet": a default never passes as the user's answer.
 *
 * The first rating is whatever the native control produces: a click or drag sets the
 * value under the pointer; Home/End set the ends; an arrow or Page key moves one step from
 * the middle. A click that lands on the middle itself changes nothing natively, so the
 * release of the pointer rates it. "Clear rating" returns to unrated.
 */
export function RatingSlider(props: RatingSliderProps) {
  const { label, value, onChange, min, max, step, valueText, scale } = props;
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const middle = min + Math.round((max - min) / 2 / step) * step;
  const rated = value !== null;
  const said = rated ? valueText(value) : notRatedYet;
  return (
    <div className="field slider">
      <label id={`${id}-label`} htmlFor={id}>
        {label}
      </label>
      <input
        ref={input}
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value ?? middle}
        data-unrated={rated ? undefined : ''}
        aria-valuetext={said}
        aria-describedby={scale === undefined ? undefined : `${id}-scale`}
        onChange={(event) => onChange(Number(event.target.value))}
        onPointerUp={(event) => {
          if (!rated) onChange(Number(event.currentTarget.value));
        }}
      />
      {scale !== undefined && (
        <p id={`${id}-scale`} className="rating-scale hint">
          {scale}
        </p>
      )}
      <div className="rating-readout">
        <output htmlFor={id} className={rated ? 'rating-value' : 'rating-value unrated'}>
          {said}
        </output>
        {rated && (
          <button
            type="button"
            className="link"
            id={`${id}-clear`}
            aria-labelledby={`${id}-clear ${id}-label`}
            onClick={() => {
              onChange(null);
              // The button goes with the rating; the slider keeps the keyboard's place.
              input.current?.focus();
            }}
          >
            Clear rating
          </button>
        )}
      </div>
    </div>
  );
}
