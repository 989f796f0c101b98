import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  decodeRecoveryKey,
  encodeRecoveryKey,
  formatRecoveryKey,
} from '../../../../main/services/vault/recoveryKey.js';

describe('recovery key text', () => {
  it('encodes 32 bytes as 52 Crockford base32 characters, big-endian, zero-padded', () => {
    expect(encodeRecoveryKey(new Uint8Array(32))).toBe('0'.repeat(52));
    // 256 one-bits then 4 zero bits of padding: 51 × 11111 and a final 10000 (= G).
    expect(encodeRecoveryKey(new Uint8Array(32).fill(0xff))).toBe(`${'Z'.repeat(51)}G`);
    const first = new Uint8Array(32);
    first[0] = 0b10000100; // 10000 100.. → G, then 100 00 → G
    expect(encodeRecoveryKey(first).slice(0, 2)).toBe('GG');
  });

  it('round-trips random keys, shown in groups of four', () => {
    for (let i = 0; i < 200; i += 1) {
      const key = new Uint8Array(randomBytes(32));
      const text = encodeRecoveryKey(key);
      expect(text).toMatch(/^[0-9A-HJKMNP-TV-Z]{52}$/);
      expect(formatRecoveryKey(text)).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
      expect(decodeRecoveryKey(formatRecoveryKey(text))).toEqual(key);
    }
  });

  it('reads what people type: any case, spaces, hyphens, I and L for 1, O for 0', () => {
    const key = new Uint8Array(randomBytes(32));
    const text = encodeRecoveryKey(key);
    const sloppy = formatRecoveryKey(text, ' ').toLowerCase().replace(/1/g, 'l').replace(/0/g, 'O');
    expect(decodeRecoveryKey(`  ${sloppy}  `)).toEqual(key);
    expect(decodeRecoveryKey(text.replace(/1/g, 'I'))).toEqual(key);
  });

  it.each([
    ['too short', '0'.repeat(51)],
    ['too long', '0'.repeat(53)],
    ['a letter outside the alphabet', `U${'0'.repeat(51)}`],
    ['non-zero padding bits', `${'0'.repeat(51)}1`],
    ['empty', ''],
  ])('refuses %s', (_name, text) => {
    expect(decodeRecoveryKey(text)).toBeUndefined();
  });
});
