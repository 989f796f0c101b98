import { useId } from 'react';
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
}: {
  readonly value: NewPassphrase;
  readonly onChange: (value: NewPassphrase) => void;
  readonly label?: string;
}) {
  const strengthId = useId();
  const mismatch = value.confirmation !== '' && value.confirmation !== value.passphrase;
  return (
    <>
      <PassphraseField
        label={label}
        value={value.passphrase}
        autoComplete="new-password"
        describedBy={strengthId}
        onChange={(passphrase) => onChange({ ...value, passphrase })}
      />
      <StrengthMeter passphrase={value.passphrase} id={strengthId} />
      <PassphraseField
        label="Type it again"
        value={value.confirmation}
        autoComplete="new-password"
        onChange={(confirmation) => onChange({ ...value, confirmation })}
      />
      {mismatch && <p className="hint warning">The two passphrases are not the same yet.</p>}
    </>
  );
}

/** Whether a new passphrase may be submitted: not blank, typed the same twice. */
export const isReady = ({ passphrase, confirmation }: NewPassphrase): boolean =>
  passphrase.trim() !== '' && passphrase === confirmation;
