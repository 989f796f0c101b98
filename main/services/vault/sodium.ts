import sodium from 'libsodium-wrappers-sumo';

/**
 * The libsodium primitives the vault format names (vault-format.md, "Primitives"), and
 * nothing else. Everything here is synchronous once `loadSodium` has resolved.
 */
export interface Sodium {
  /** `crypto_pwhash` Argon2id v1.3, 32-byte output. Slow by design: run it in a worker. */
  deriveKey(
    passphrase: Uint8Array,
    salt: Uint8Array,
    opslimit: number,
    memlimitBytes: number,
  ): Uint8Array;
  /**
   * XChaCha20-Poly1305-IETF. The caller passes a fresh `random(nonceBytes)` nonce: the
   * snapshot's associated data includes its own nonce, so it must be chosen first.
   */
  seal(
    key: Uint8Array,
    nonce: Uint8Array,
    plaintext: Uint8Array,
    associatedData: Uint8Array,
  ): Uint8Array;
  /** Opens what `seal` made; `undefined` when authentication fails. */
  open(
    key: Uint8Array,
    nonce: Uint8Array,
    ciphertext: Uint8Array,
    associatedData: Uint8Array,
  ): Uint8Array | undefined;
  /** Unkeyed BLAKE2b-256. */
  hash(data: Uint8Array): Uint8Array;
  random(length: number): Uint8Array;
  /** Overwrites key bytes with zeros (as far as JavaScript allows: see docs/vault.md). */
  wipe(bytes: Uint8Array): void;
}

export const keyBytes = 32;
export const nonceBytes = 24;
export const tagBytes = 16;
export const saltBytes = 16;
export const hashBytes = 32;

let loaded: Promise<Sodium> | undefined;

/** Loads libsodium's WebAssembly once per thread. */
export function loadSodium(): Promise<Sodium> {
  loaded ??= sodium.ready.then((): Sodium => ({
    deriveKey: (passphrase, salt, opslimit, memlimitBytes) =>
      sodium.crypto_pwhash(
        keyBytes,
        passphrase,
        salt,
        opslimit,
        memlimitBytes,
        sodium.crypto_pwhash_ALG_ARGON2ID13,
      ),
    seal: (key, nonce, plaintext, associatedData) =>
      sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
        plaintext,
        associatedData,
        null,
        nonce,
        key,
      ),
    open(key, nonce, ciphertext, associatedData) {
      try {
        return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
          null,
          ciphertext,
          associatedData,
          nonce,
          key,
        );
      } catch {
        return undefined;
      }
    },
    hash: (data) => sodium.crypto_generichash(hashBytes, data, null),
    random: (length) => sodium.randombytes_buf(length),
    wipe: (bytes) => sodium.memzero(bytes),
  }));
  return loaded;
}
