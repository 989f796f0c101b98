import { useId } from 'react';

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
  readonly label: string;
  readonly value: number;
  readonly onChange: (value: number) => void;
}

/** A 0–100 distress rating that says what the number means as it moves. */
export function SudsSlider({ label, value, onChange }: SudsSliderProps) {
  const id = useId();
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
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <output htmlFor={id} className="hint">
        {value} — {sudsMeaning(value)}
      </output>
    </div>
  );
}
