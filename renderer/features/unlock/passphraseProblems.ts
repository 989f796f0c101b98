import { newPassphraseSchema } from '../../../shared/domain/vault.js';
import { topLevelField, type FieldWordsFor } from '../../components/fieldProblems.js';
import type { NewPassphrase } from './NewPassphraseFields.js';

/** What a new passphrase is checked with: the very schema main checks `vault.prepare` with. */
export { newPassphraseSchema as passphraseSchema };

export const passphraseFieldOf = topLevelField<keyof NewPassphrase>(['passphrase', 'confirmation']);

/**
 * The schema's own checks (not blank, the same twice) are custom ones, so they come as
 * `not_allowed`: here they get words that say what to do.
 */
export const passphraseWordsFor: FieldWordsFor<keyof NewPassphrase> = (field, { problem }) => {
  if (problem.kind !== 'not_allowed') return undefined;
  return field === 'passphrase'
    ? 'Choose a passphrase — four or more unrelated words are easy to remember.'
    : 'Type the same passphrase again — the two are not the same yet.';
};
