import { useId } from 'react';
import { countShownFrom, lengthCountWords, tooLongWords } from './fieldWords.js';
import './textField.css';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /**
   * The most characters the field may save; more may be typed or pasted, never cut.
   * A list typed as one line (tags) has limits per item instead, said as its `problem`.
   */
  readonly maxLength?: number;
  readonly multiline?: boolean;
  readonly placeholder?: string;
  /** What the field is for, or an example; always shown under it. */
  readonly hint?: string;
  /** For a field in a form opened at the user's request, where they will type next. */
  readonly autoFocus?: boolean;
  /** What else is wrong with it (e.g. empty), in plain words; shown beside it. */
  readonly problem?: string | undefined;
}

/**
 * A text input or area that never cuts what is typed or pasted. Near its limit it shows
 * a count; past it, it keeps every character, says how far over it is, and is marked
 * invalid, so the form refuses to save it until the user has trimmed it themselves.
 */
export function TextField({
  label,
  value,
  onChange,
  maxLength,
  multiline = false,
  placeholder,
  hint,
  autoFocus,
  problem,
}: TextFieldProps) {
  const id = useId();
  const over =
    maxLength !== undefined && value.length > maxLength
      ? tooLongWords(maxLength, value.length)
      : undefined;
  const count =
    maxLength !== undefined && over === undefined && value.length >= maxLength * countShownFrom
      ? lengthCountWords(value.length, maxLength)
      : undefined;
  const shown = over ?? problem;
  const describedBy = [
    shown && `${id}-problem`,
    count && `${id}-count`,
    hint && `${id}-hint`,
  ].filter(Boolean);
  const props = {
    id,
    value,
    placeholder,
    autoFocus,
    'aria-invalid': shown ? true : undefined,
    'aria-describedby': describedBy.length > 0 ? describedBy.join(' ') : undefined,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <div className="field text-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea {...props} /> : <input {...props} />}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {count && (
        <p id={`${id}-count`} className="hint length-count">
          {count}
        </p>
      )}
      {shown && (
        <p id={`${id}-problem`} className="field-problem">
          {shown}
        </p>
      )}
    </div>
  );
}
