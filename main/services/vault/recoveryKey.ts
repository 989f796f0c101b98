/**
 * The recovery key as text (docs/vault-format.md, "The three keys"): Crockford base32
 * of its 32 bytes read as one big-endian bit string, zero-padded to 260 bits: 52
 * characters, shown in groups of 4.
 */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const recoveryKeyBytes = 32;
export const recoveryKeyLength = 52;
export const recoveryKeyGroupLength = 4;

/** Reading is forgiving of what people mistype: I and L read as 1, O as 0. */
const lookalikes: Record<string, string> = { I: '1', L: '1', O: '0' };

export function encodeRecoveryKey(key: Uint8Array): string {
  if (key.length !== recoveryKeyBytes) throw new RangeError('A recovery key is 32 bytes');
  let bits = 0;
  let buffer = 0;
  let text = '';
  for (const byte of key) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      text += alphabet.charAt((buffer >> bits) & 31);
    }
    buffer &= (1 << bits) - 1;
  }
  // 256 bits leave 1; pad with zero bits to a whole character (260 bits).
  text += alphabet.charAt((buffer << (5 - bits)) & 31);
  return text;
}

/** Groups of four joined by `separator`: how the key is shown and printed. */
export function formatRecoveryKey(text: string, separator = '-'): string {
  return recoveryKeyGroups(text).join(separator);
}

/** Splits a formatted or plain key into its 13 groups of four. */
export function recoveryKeyGroups(text: string): string[] {
  return text.match(/.{1,4}/g) ?? [];
}

/** Key text as people type it, made canonical: case, spaces and hyphens dropped, I/L/O folded. */
export function normaliseRecoveryKeyText(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/[ILO]/g, (c) => lookalikes[c] ?? c);
}

/**
 * Reads a recovery key as typed: case, spaces and hyphens ignored, I/L/O folded.
 * Returns `undefined` when it cannot be a key (wrong length, a foreign character, or
 * non-zero padding bits, which no key we issue has).
 */
export function decodeRecoveryKey(typed: string): Uint8Array | undefined {
  const text = normaliseRecoveryKeyText(typed);
  if (text.length !== recoveryKeyLength) return undefined;
  const key = new Uint8Array(recoveryKeyBytes);
  let bits = 0;
  let buffer = 0;
  let index = 0;
  for (const char of text) {
    const value = alphabet.indexOf(char);
    if (value < 0) return undefined;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      if (index < recoveryKeyBytes) key[index] = (buffer >> bits) & 0xff;
      index += 1;
    }
    buffer &= (1 << bits) - 1;
  }
  // The 4 bits left over are the padding, which must be zero.
  return buffer === 0 ? key : undefined;
}
