import type { ReactNode } from 'react';
import { RatingSlider } from './RatingSlider.js';

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

const sudsText = (value: number) => `${value} — ${sudsMeaning(value)}`;

interface SudsSliderProps {
  readonly label: ReactNode;
  /** Null while unrated (see RatingSlider). */
  readonly value: number | null;
  readonly onChange: (value: number | null) => void;
}

/**
 * A 0–100 distress rating that says what the number means as it moves, with the scale's
 * two ends always in view, so a first-time rater knows what 0 and 100 stand for.
 */
export function SudsSlider({ label, value, onChange }: SudsSliderProps) {
  return (
    <RatingSlider
      label={label}
      value={value}
      onChange={onChange}
      min={0}
      max={100}
      step={5}
      valueText={sudsText}
      scale={
        <>
          <span>0 = completely calm</span>
          <span>100 = the worst distress imaginable</span>
        </>
      }
    />
  );
}
