import sodium from 'libsodium-wrappers-sumo';
import { describe, expect, it } from 'vitest';
import { loadSodium } from '../../../../main/services/vault/sodium.js';

/** Bytes of any length, quickly: libsodium's randomness costs microseconds a byte. */
const patterned = (length: number): Uint8Array =>
  Uint8Array.from({ length }, (_, i) => (i * 31 + 7) & 0xff);

/** Compared as Buffers: a deep equality over megabytes of elements takes minutes. */
const same = (a: Uint8Array | undefined, b: Uint8Array): boolean =>
  a !== undefined && Buffer.from(a).equals(Buffer.from(b));

describe.each([
  ['native ChaCha20-Poly1305 under HChaCha20', true],
  ['libsodium alone (Electron’s BoringSSL)', false],
])('the AEAD, %s', (_name, native) => {
  it('produces exactly libsodium’s XChaCha20-Poly1305-IETF bytes, and opens them', async () => {
    const ours = await loadSodium({ native });
    await sodium.ready;
    for (const length of [0, 1, 15, 16, 17, 63, 64, 65, 1000, 65_537, 300_007]) {
      const key = ours.random(32);
      const nonce = ours.random(24);
      const plaintext = patterned(length);
      const ad = ours.random(length % 70);
      const sealed = ours.seal(key, nonce, plaintext, ad);
      expect(
        same(
          sealed,
          sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, ad, null, nonce, key),
        ),
      ).toBe(true);
      expect(same(ours.open(key, nonce, sealed, ad), plaintext)).toBe(true);
      expect(
        same(
          sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, sealed, ad, nonce, key),
          plaintext,
        ),
      ).toBe(true);
    }
  });

  it('seals in chunks to the same bytes, across chunk boundaries (4 MiB)', async () => {
    const ours = await loadSodium({ native });
    const MiB = 1024 * 1024;
    for (const length of [4 * MiB, 4 * MiB + 1, 9 * MiB + 7]) {
      const key = ours.random(32);
      const nonce = ours.random(24);
      const plaintext = patterned(length);
      const sealed = Buffer.concat([...ours.sealInChunks(key, nonce, plaintext, nonce)]);
      const reference = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
        plaintext,
        nonce,
        null,
        nonce,
        key,
      );
      expect(same(sealed, reference)).toBe(true);
      expect(same(ours.open(key, nonce, sealed, nonce), plaintext)).toBe(true);
    }
  });

  it('hashes pieces as if joined', async () => {
    const ours = await loadSodium({ native });
    const whole = ours.random(1000);
    const hasher = ours.hasher();
    for (const [from, to] of [
      [0, 1],
      [1, 500],
      [500, 500],
      [500, 1000],
    ] as const) {
      hasher.update(whole.subarray(from, to));
    }
    expect(hasher.digest()).toEqual(ours.hash(whole));
  });

  it('refuses a wrong key, nonce, associated data, a flipped bit or a cut tag', async () => {
    const ours = await loadSodium({ native });
    const key = ours.random(32);
    const nonce = ours.random(24);
    const ad = new Uint8Array([1, 2, 3]);
    const sealed = ours.seal(key, nonce, new TextEncoder().encode('a secret reflection'), ad);
    const flipped = sealed.slice();
    flipped[3] = (flipped[3] ?? 0) ^ 1;
    expect(ours.open(ours.random(32), nonce, sealed, ad)).toBeUndefined();
    expect(ours.open(key, ours.random(24), sealed, ad)).toBeUndefined();
    expect(ours.open(key, nonce, sealed, new Uint8Array([1, 2, 4]))).toBeUndefined();
    expect(ours.open(key, nonce, flipped, ad)).toBeUndefined();
    expect(ours.open(key, nonce, sealed.subarray(0, 10), ad)).toBeUndefined();
  });
});
