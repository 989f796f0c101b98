import { AppFailure } from '../appFailure.js';
import {
  pkWrapAdLength,
  recordAssociatedData,
  rkWrapAdLength,
  writeHeader,
  type KdfParams,
  type ParsedVault,
  type VaultHeader,
} from './format.js';
import { hashBytes, nonceBytes, tagBytes, type Sodium } from './sodium.js';

/** The header fields that wrap the data key; they change only when secrets change. */
export type KeyWraps = Omit<VaultHeader, 'bodyNonce' | 'bodyLength'>;

/** Header bytes 0..36 or 0..12, which the wraps authenticate, for given KDF settings. */
function wrapAssociatedData(kdf: KdfParams, salt: Uint8Array, length: number): Uint8Array {
  const zeros = new Uint8Array(nonceBytes);
  const placeholder = new Uint8Array(48);
  return writeHeader({
    kdf,
    salt,
    pkNonce: zeros,
    pkWrap: placeholder,
    rkNonce: zeros,
    rkWrap: placeholder,
    bodyNonce: zeros,
    bodyLength: 0,
  }).subarray(0, length);
}

/** The passphrase wrap: a fresh nonce, the data key sealed under the passphrase key. */
function passphraseWrap(
  sodium: Sodium,
  keys: { kdf: KdfParams; salt: Uint8Array; passphraseKey: Uint8Array; dataKey: Uint8Array },
): Pick<KeyWraps, 'kdf' | 'salt' | 'pkNonce' | 'pkWrap'> {
  const pkNonce = sodium.random(nonceBytes);
  const ad = wrapAssociatedData(keys.kdf, keys.salt, pkWrapAdLength);
  return {
    kdf: keys.kdf,
    salt: keys.salt,
    pkNonce,
    pkWrap: sodium.seal(keys.passphraseKey, pkNonce, keys.dataKey, ad),
  };
}

/** Wraps the data key under the passphrase key and under the recovery key. */
export function wrapDataKey(
  sodium: Sodium,
  keys: {
    kdf: KdfParams;
    salt: Uint8Array;
    passphraseKey: Uint8Array;
    recoveryKey: Uint8Array;
    dataKey: Uint8Array;
  },
): KeyWraps {
  const rkNonce = sodium.random(nonceBytes);
  const ad = wrapAssociatedData(keys.kdf, keys.salt, rkWrapAdLength);
  return {
    ...passphraseWrap(sodium, keys),
    rkNonce,
    rkWrap: sodium.seal(keys.recoveryKey, rkNonce, keys.dataKey, ad),
  };
}

/** Replaces only the passphrase wrap (new salt and KDF settings), keeping the data key. */
export function rewrapPassphrase(
  sodium: Sodium,
  wraps: KeyWraps,
  keys: { kdf: KdfParams; salt: Uint8Array; passphraseKey: Uint8Array; dataKey: Uint8Array },
): KeyWraps {
  return { ...wraps, ...passphraseWrap(sodium, keys) };
}

/** A sealed snapshot: the file's pieces in order (written as they are, never joined). */
export interface SealedSnapshot {
  /** Single use: made as they are taken. */
  readonly parts: Iterable<Uint8Array>;
  readonly length: number;
  readonly bodyNonce: Uint8Array;
}

/**
 * A complete vault with an empty log: header, sealed SQLite image, checksum. The parts
 * are sealed and hashed as they are taken (once), so a writer can put each on disk while
 * the next is made, and a stress-size snapshot is never held twice; `image` must not
 * change until the last part has been taken.
 */
export function sealSnapshot(
  sodium: Sodium,
  wraps: KeyWraps,
  dataKey: Uint8Array,
  image: Uint8Array,
): SealedSnapshot {
  const bodyNonce = sodium.random(nonceBytes);
  const bodyLength = image.length + tagBytes;
  const headerBytes = writeHeader({ ...wraps, bodyNonce, bodyLength });
  function* parts(): Generator<Uint8Array, void, undefined> {
    const checksum = sodium.hasher();
    checksum.update(headerBytes);
    yield headerBytes;
    for (const piece of sodium.sealInChunks(dataKey, bodyNonce, image, headerBytes)) {
      checksum.update(piece);
      yield piece;
    }
    yield checksum.digest();
  }
  return { parts: parts(), length: headerBytes.length + bodyLength + hashBytes, bodyNonce };
}

/**
 * The data key, if `passphraseKey` opens the passphrase wrap. The associated data is
 * rebuilt from the wraps' own KDF settings and salt, which is exactly header bytes
 * 0..36 of any vault they came from (parseVault has checked the rest of that prefix).
 */
export function unwrapWithPassphraseKey(
  sodium: Sodium,
  wraps: KeyWraps,
  passphraseKey: Uint8Array,
): Uint8Array | undefined {
  return sodium.open(
    passphraseKey,
    wraps.pkNonce,
    wraps.pkWrap,
    wrapAssociatedData(wraps.kdf, wraps.salt, pkWrapAdLength),
  );
}

/** The data key, if `recoveryKey` opens the recovery wrap. */
export function unwrapWithRecoveryKey(
  sodium: Sodium,
  wraps: KeyWraps,
  recoveryKey: Uint8Array,
): Uint8Array | undefined {
  return sodium.open(
    recoveryKey,
    wraps.rkNonce,
    wraps.rkWrap,
    wrapAssociatedData(wraps.kdf, wraps.salt, rkWrapAdLength),
  );
}

/** The SQLite image; the checksum was intact, so a failure here is damage, not a wrong key. */
export function openSnapshot(sodium: Sodium, vault: ParsedVault, dataKey: Uint8Array): Uint8Array {
  const image = sodium.open(dataKey, vault.header.bodyNonce, vault.body, vault.headerBytes);
  if (!image) throw new AppFailure('VAULT_CORRUPT', 'The vault’s snapshot does not decrypt.');
  return image;
}

/** The log's batches in order, and where the last acknowledged record ends. */
export interface OpenedLog {
  readonly batches: readonly Uint8Array[];
  /** Offset just past the last record that opened: where the next append goes. */
  readonly end: number;
  /** True when a torn or unreadable last record was left out. */
  readonly droppedTail: boolean;
}

/**
 * Opens each record with its position. Only the last record may fail (a crash during
 * its append, never acknowledged); any earlier failure is damage.
 */
export function openLog(sodium: Sodium, vault: ParsedVault, dataKey: Uint8Array): OpenedLog {
  const batches: Uint8Array[] = [];
  let end = vault.logStart;
  for (const [index, record] of vault.records.entries()) {
    const plaintext = sodium.open(
      dataKey,
      record.nonce,
      record.ciphertext,
      recordAssociatedData(vault.header.bodyNonce, index + 1),
    );
    if (!plaintext) {
      const isLast = index === vault.records.length - 1 && vault.tornAt === undefined;
      if (isLast) return { batches, end, droppedTail: true };
      throw new AppFailure(
        'VAULT_CORRUPT',
        `The vault’s change log is damaged at entry ${index + 1}.`,
      );
    }
    batches.push(plaintext);
    end = record.end;
  }
  return { batches, end, droppedTail: vault.tornAt !== undefined };
}

/**
 * Seals one batch as log record `seq` after the snapshot named by `bodyNonce`, under
 * `nonce`: fresh from `sodium.random(nonceBytes)` and never used for anything else.
 */
export function sealRecord(
  sodium: Sodium,
  dataKey: Uint8Array,
  bodyNonce: Uint8Array,
  seq: number,
  batch: Uint8Array,
  nonce: Uint8Array,
): { nonce: Uint8Array; ciphertext: Uint8Array } {
  return {
    nonce,
    ciphertext: sodium.seal(dataKey, nonce, batch, recordAssociatedData(bodyNonce, seq)),
  };
}
