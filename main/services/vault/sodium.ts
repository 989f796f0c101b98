import { createCipheriv, createDecipheriv } from 'node:crypto';
import sodium from 'libsodium-wrappers-sumo';

/**
 * The libsodium primitives the vault format names (docs/vault-format.md,
 * "Cryptography"), and nothing else. Everything here is synchronous once `loadSodium` has resolved.
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
  /**
   * `seal`, produced piece by piece as it is consumed (the ciphertext in chunks, then the
   * tag), for the snapshot: a stress-size journal is sealed, hashed and written a few
   * MiB at a time instead of as one copy of the whole. `plaintext` must not change until
   * the last piece has been taken.
   */
  sealInChunks(
    key: Uint8Array,
    nonce: Uint8Array,
    plaintext: Uint8Array,
    associatedData: Uint8Array,
  ): Iterable<Uint8Array>;
  /** Opens what `seal` made; `undefined` when authentication fails. */
  open(
    key: Uint8Array,
    nonce: Uint8Array,
    ciphertext: Uint8Array,
    associatedData: Uint8Array,
  ): Uint8Array | undefined;
  /** Unkeyed BLAKE2b-256. */
  hash(data: Uint8Array): Uint8Array;
  /** Incremental BLAKE2b-256: of the pieces given to `update`, as if joined. */
  hasher(): { update(part: Uint8Array): void; digest(): Uint8Array };
  random(length: number): Uint8Array;
  /** Overwrites key bytes with zeros (as far as JavaScript allows: see docs/vault.md). */
  wipe(bytes: Uint8Array): void;
}

export const keyBytes = 32;
export const nonceBytes = 24;
export const tagBytes = 16;
export const saltBytes = 16;
export const hashBytes = 32;

/** An XChaCha20-Poly1305-IETF implementation. */
interface Aead {
  readonly seal: Sodium['sealInChunks'];
  readonly open: Sodium['open'];
}

/**
 * libsodium's own XChaCha20-Poly1305-IETF, for platforms without a native ChaCha20-Poly1305.
 * It has no incremental form of this AEAD, so it seals in one piece.
 */
const libsodiumAead: Aead = {
  seal: (key, nonce, plaintext, associatedData) => [
    sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, associatedData, null, nonce, key),
  ],
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
};

const nativeAead: Aead = {
  seal: (key, nonce, plaintext, associatedData) =>
    xchachaSeal(key, nonce, plaintext, associatedData),
  open: (key, nonce, ciphertext, associatedData) =>
    xchachaOpen(key, nonce, ciphertext, associatedData),
};

/**
 * Whether the platform's crypto can run ChaCha20-Poly1305 (with a 16-byte tag). Node's
 * OpenSSL can; Electron's BoringSSL may not, and there the AEAD stays in libsodium. Tried
 * rather than looked up in getCiphers(), which need not match what createCipheriv takes.
 */
export function hasNativeChaCha(): boolean {
  try {
    createCipheriv('chacha20-poly1305', new Uint8Array(keyBytes), new Uint8Array(12), {
      authTagLength: tagBytes,
    }).final();
    return true;
  } catch {
    return false;
  }
}

const loaded = new Map<boolean, Promise<Sodium>>();

/**
 * Loads libsodium's WebAssembly once per thread. The AEAD runs natively where the
 * platform can (`native`, detected by default); both ways produce the same bytes.
 */
export function loadSodium({
  native = hasNativeChaCha(),
}: { native?: boolean } = {}): Promise<Sodium> {
  let pending = loaded.get(native);
  if (!pending) {
    pending = sodium.ready.then(() => withAead(native ? nativeAead : libsodiumAead));
    loaded.set(native, pending);
  }
  return pending;
}

function withAead(aead: Aead): Sodium {
  return {
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
      joined([...aead.seal(key, nonce, plaintext, associatedData)]),
    sealInChunks: (key, nonce, plaintext, associatedData) =>
      aead.seal(key, nonce, plaintext, associatedData),
    open: (key, nonce, ciphertext, associatedData) =>
      aead.open(key, nonce, ciphertext, associatedData),
    hash: (data) => sodium.crypto_generichash(hashBytes, data, null),
    hasher() {
      const state = sodium.crypto_generichash_init(null, hashBytes);
      return {
        update: (part) => sodium.crypto_generichash_update(state, part),
        digest: () => sodium.crypto_generichash_final(state, hashBytes),
      };
    },
    random: (length) => sodium.randombytes_buf(length),
    wipe: (bytes) => sodium.memzero(bytes),
  };
}

/*
 * XChaCha20-Poly1305-IETF, built as the construction defines it: HChaCha20 (libsodium)
 * derives a subkey from the key and the nonce's first 16 bytes, and ChaCha20-Poly1305
 * with the nonce 0x00000000 ‖ nonce[16..24] seals under it. The bytes are exactly
 * libsodium's crypto_aead_xchacha20poly1305_ietf_* (tests/main/services/vault/sodium.test.ts
 * compares them); the bulk cipher runs in Node's native OpenSSL, several times faster
 * than WebAssembly on a ten-year snapshot.
 */
function subkeyAndNonce(
  key: Uint8Array,
  nonce: Uint8Array,
): { subkey: Uint8Array; iv: Uint8Array } {
  const subkey = sodium.crypto_core_hchacha20(nonce.subarray(0, 16), key, null);
  const iv = new Uint8Array(12);
  iv.set(nonce.subarray(16, nonceBytes), 4);
  return { subkey, iv };
}

/** Plaintext sealed per piece: large enough to amortise each call, small enough to stay in cache. */
const chunkBytes = 4 * 1024 * 1024;

/** The ciphertext in pieces, then the tag, each made as it is taken. */
function* xchachaSeal(
  key: Uint8Array,
  nonce: Uint8Array,
  plaintext: Uint8Array,
  associatedData: Uint8Array,
): Generator<Uint8Array, void, undefined> {
  const { subkey, iv } = subkeyAndNonce(key, nonce);
  try {
    const cipher = createCipheriv('chacha20-poly1305', subkey, iv, { authTagLength: tagBytes });
    cipher.setAAD(associatedData, { plaintextLength: plaintext.length });
    for (let at = 0; at < plaintext.length; at += chunkBytes) {
      yield cipher.update(plaintext.subarray(at, at + chunkBytes));
    }
    const last = cipher.final();
    if (last.length > 0) yield last;
    yield cipher.getAuthTag();
  } finally {
    sodium.memzero(subkey);
  }
}

function xchachaOpen(
  key: Uint8Array,
  nonce: Uint8Array,
  ciphertext: Uint8Array,
  associatedData: Uint8Array,
): Uint8Array | undefined {
  if (ciphertext.length < tagBytes) return undefined;
  const { subkey, iv } = subkeyAndNonce(key, nonce);
  try {
    const decipher = createDecipheriv('chacha20-poly1305', subkey, iv, { authTagLength: tagBytes });
    decipher.setAAD(associatedData, { plaintextLength: ciphertext.length - tagBytes });
    decipher.setAuthTag(ciphertext.subarray(ciphertext.length - tagBytes));
    const body = decipher.update(ciphertext.subarray(0, ciphertext.length - tagBytes));
    // final() checks the tag; on failure the unauthenticated plaintext is wiped and dropped.
    try {
      decipher.final();
    } catch {
      body.fill(0);
      return undefined;
    }
    return new Uint8Array(body.buffer, body.byteOffset, body.length);
  } finally {
    sodium.memzero(subkey);
  }
}

function joined(parts: readonly Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
