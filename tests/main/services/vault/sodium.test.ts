import sodium from 'libsodium-wrappers-sumo';
import { describe, expect, it } from 'vitest';
import { loadSodium } from '../../../../main/services/vault/sodium.js';

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
      const plaintext = ours.random(length);
      const ad = ours.random(length % 70);
      const sealed = ours.seal(key, nonce, plaintext, ad);
      expect(sealed).toEqual(
        sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, ad, null, nonce, key),
      );
      expect(ours.open(key, nonce, sealed, ad)).toEqual(plaintext);
      expect(
        sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, sealed, ad, nonce, key),
      ).toEqual(plaintext);
    }
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
