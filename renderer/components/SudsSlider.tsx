import { useId, type ReactNode } from 'react';
import './sudsSlider.css';

/** What a SUDS rating means, in the words the scale uses (domain.md, "Vocabulary"). */
export function sudsMeaning(value: number): string {
  if (value === 0) return 'completely calm';
  if (value <= 20) return 'a little uneasy';
  if (value <= 40) return 'noticeably anxious, but manageable';
  if (value <= 60) return 'clearly distressed';
  if (value <= 80) return 'very distressed';
  if (value < 100) return 'close to the worst';
  return 'the worst distress imaginable';
}

interface SudsSliderProps {
  readonly label: ReactNode;
  readonly value: number;
  readonly onChange: (value: number) => void;
}

/**
 * A 0–100 distress rating that says what the number means as it moves, with the scale's
 * two ends always in view, so a first-time rater knows what 0 and 100 stand for.
 */
export function SudsSlider({ label, value, onChange }: SudsSliderProps) {
  const id = useId();
  const scaleId = `${id}-scale`;
  return (
    <div className="field slider">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={100}
        step={5}
        value={value}
        aria-valuetext={`${value} — ${sudsMeaning(value)}`}
        aria-describedby={scaleId}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <p id={scaleId} className="suds-scale hint">
        <span>0 = completely calm</span>
        <span>100 = the worst distress imaginable</span>
      </p>
      <output htmlFor={id} className="suds-value">
        {value} — {sudsMeaning(value)}
      </output>
    </div>
  );
}
