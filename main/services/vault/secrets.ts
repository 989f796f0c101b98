import { AppFailure } from '../appFailure.js';
import type { KdfParams } from './format.js';
import { passphraseBytes, type Kdf } from './kdf.js';
import { encodeRecoveryKey, recoveryKeyBytes } from './recoveryKey.js';
import { keyBytes, saltBytes, type Sodium } from './sodium.js';
import { wrapDataKey, type KeyWraps } from './vaultCodec.js';

/** Fresh secrets: made together whenever the passphrase or recovery key changes. */
export interface NewSecrets {
  readonly dataKey: Uint8Array;
  readonly wraps: KeyWraps;
  readonly recoveryKey: string;
}

/** Derives the passphrase key for `passphrase` with the given salt and cost. */
export function derivePassphraseKey(
  kdf: Kdf,
  passphrase: string,
  salt: Uint8Array,
  params: KdfParams,
): Promise<Uint8Array> {
  return kdf({ passphrase: passphraseBytes(passphrase), salt, ...params });
}

/** A new data key and recovery key, wrapped under `passphrase` at cost `params`. */
export async function makeSecrets(
  sodium: Sodium,
  kdf: Kdf,
  passphrase: string,
  params: KdfParams,
): Promise<NewSecrets> {
  assertUsablePassphrase(passphrase);
  const salt = sodium.random(saltBytes);
  const passphraseKey = await derivePassphraseKey(kdf, passphrase, salt, params);
  const dataKey = sodium.random(keyBytes);
  const recoveryKey = sodium.random(recoveryKeyBytes);
  const wraps = wrapDataKey(sodium, { kdf: params, salt, passphraseKey, recoveryKey, dataKey });
  const text = encodeRecoveryKey(recoveryKey);
  sodium.wipe(passphraseKey);
  sodium.wipe(recoveryKey);
  return { dataKey, wraps, recoveryKey: text };
}

/**
 * The KDF cost to raise a vault to, parameter by parameter, or `undefined` when it is
 * already at or above the policy: a raise never lowers either parameter.
 */
export function raiseTo(current: KdfParams, policy: KdfParams): KdfParams | undefined {
  const raised = {
    opslimit: Math.max(current.opslimit, policy.opslimit),
    memlimitKiB: Math.max(current.memlimitKiB, policy.memlimitKiB),
  };
  return raised.opslimit === current.opslimit && raised.memlimitKiB === current.memlimitKiB
    ? undefined
    : raised;
}

/** New passphrases must have something in them besides spaces. */
export function assertUsablePassphrase(passphrase: string): void {
  if (passphrase.trim().length === 0) {
    throw AppFailure.invalid(['passphrase'], { kind: 'required' }, 'a passphrase cannot be empty.');
  }
}

/** A vault made but not yet written: holds its secrets until committed or dropped. */
export class PreparedVault {
  private secrets: NewSecrets | undefined;

  constructor(
    secrets: NewSecrets,
    private readonly sodium: Sodium,
  ) {
    this.secrets = secrets;
  }

  get recoveryKey(): string {
    if (!this.secrets) throw new Error('This prepared vault was already used or dropped');
    return this.secrets.recoveryKey;
  }

  /** Hands the secrets over, once. */
  take(): NewSecrets {
    const secrets = this.secrets;
    if (!secrets) throw new Error('This prepared vault was already used or dropped');
    this.secrets = undefined;
    return secrets;
  }

  /** Forgets the secrets without writing anything. */
  drop(): void {
    if (this.secrets) this.sodium.wipe(this.secrets.dataKey);
    this.secrets = undefined;
  }
}
