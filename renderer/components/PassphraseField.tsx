import { useId, useState, type KeyboardEvent } from 'react';
import './textField.css';

interface PassphraseFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly autoComplete: 'current-password' | 'new-password';
  /** For the one field of a screen that exists to be typed into (unlock). */
  readonly focusOnMount?: boolean;
  readonly describedBy?: string;
  /** What is wrong with it (empty, not the same as the first), in plain words; shown beside it. */
  readonly problem?: string | undefined;
}

/** A passphrase input with a show/hide toggle and a Caps Lock hint. */
export function PassphraseField({
  label,
  value,
  onChange,
  autoComplete,
  focusOnMount = false,
  describedBy,
  problem,
}: PassphraseFieldProps) {
  const id = useId();
  const capsId = `${id}-caps`;
  const problemId = `${id}-problem`;
  const [visible, setVisible] = useState(false);
  const [capsLock, setCapsLock] = useState(false);
  const noteCapsLock = (event: KeyboardEvent<HTMLInputElement>): void => {
    setCapsLock(event.getModifierState('CapsLock'));
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="passphrase-row">
        <input
          id={id}
          type={visible ? 'text' : 'password'}
          value={value}
          autoComplete={autoComplete}
          spellCheck={false}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- the one field of a focused dialog-like screen
          autoFocus={focusOnMount}
          aria-invalid={problem ? true : undefined}
          aria-describedby={
            [problem ? problemId : undefined, capsLock ? capsId : undefined, describedBy]
              .filter(Boolean)
              .join(' ') || undefined
          }
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={noteCapsLock}
          onKeyUp={noteCapsLock}
        />
        <button
          type="button"
          className="secondary"
          aria-pressed={visible}
          onClick={() => setVisible(!visible)}
        >
          {visible ? 'Hide' : 'Show'}
        </button>
      </div>
      {problem && (
        <p id={problemId} className="field-problem">
          {problem}
        </p>
      )}
      {capsLock && (
        <p id={capsId} className="hint warning">
          Caps Lock is on.
        </p>
      )}
    </div>
  );
}
