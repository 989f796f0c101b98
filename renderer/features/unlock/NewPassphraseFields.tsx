import { useId } from 'react';
import type { ProblemsByField } from '../../components/fieldProblems.js';
import { PassphraseField } from '../../components/PassphraseField.js';
import { StrengthMeter } from './StrengthMeter.js';

export interface NewPassphrase {
  readonly passphrase: string;
  readonly confirmation: string;
}

/** A new passphrase typed twice, with strength feedback and a mismatch notice. */
export function NewPassphraseFields({
  value,
  onChange,
  label = 'New passphrase',
  problems = {},
}: {
  readonly value: NewPassphrase;
  readonly onChange: (value: NewPassphrase) => void;
  readonly label?: string;
  /** What keeps each from being sent, once a send was refused (see `passphraseProblems`). */
  readonly problems?: ProblemsByField<keyof NewPassphrase>;
}) {
  const strengthId = useId();
  // Said beside the field once a send was refused; until then, a gentle notice below.
  const mismatch =
    problems.confirmation === undefined &&
    value.confirmation !== '' &&
    value.confirmation !== value.passphrase;
  return (
    <>
      <PassphraseField
        label={label}
        value={value.passphrase}
        autoComplete="new-password"
        describedBy={strengthId}
        problem={problems.passphrase}
        onChange={(passphrase) => onChange({ ...value, passphrase })}
      />
      <StrengthMeter passphrase={value.passphrase} id={strengthId} />
      <PassphraseField
        label="Type it again"
        value={value.confirmation}
        autoComplete="new-password"
        problem={problems.confirmation}
        onChange={(confirmation) => onChange({ ...value, confirmation })}
      />
      {mismatch && <p className="hint warning">The two passphrases are not the same yet.</p>}
    </>
  );
}

/** Whether a new passphrase may be submitted: not blank, typed the same twice. */
export const isReady = ({ passphrase, confirmation }: NewPassphrase): boolean =>
  passphrase.trim() !== '' && passphrase === confirmation;
