import { AppFailure } from '../appFailure.js';
import { hashBytes, keyBytes, nonceBytes, saltBytes, tagBytes } from './sodium.js';

// The byte layout of docs/vault-format.md, version 1. All integers little-endian.

export const magic = new TextEncoder().encode('ASKANYWY');
export const formatVersion = 1;
export const kdfArgon2id13 = 2;

export const offsets = {
  version: 8,
  kdf: 10,
  reserved: 11,
  opslimit: 12,
  memlimitKiB: 16,
  salt: 20,
  pkNonce: 36,
  pkWrap: 60,
  rkNonce: 108,
  rkWrap: 132,
  bodyNonce: 180,
  bodyLength: 204,
  body: 212,
} as const;

export const headerLength = offsets.body;
export const wrapLength = keyBytes + tagBytes;
/** Associated data of each wrap and of the body: a prefix of the header. */
export const pkWrapAdLength = offsets.pkNonce;
export const rkWrapAdLength = offsets.opslimit;
/** A log record's frame before its ciphertext: rec_len (4) and rec_nonce (24). */
export const recordFrameLength = 4 + nonceBytes;

/** Argon2id cost, as stored in the header. */
export interface KdfParams {
  readonly opslimit: number;
  readonly memlimitKiB: number;
}

/**
 * What a header may ask of the KDF. Outside this, the file is treated as damaged or
 * hostile: a forged header must not make the app hash for minutes or allocate gigabytes.
 */
export const kdfBounds = {
  opslimit: { min: 1, max: 10 },
  memlimitKiB: { min: 8 * 1024, max: 1024 * 1024 },
} as const;

export interface VaultHeader {
  readonly kdf: KdfParams;
  readonly salt: Uint8Array;
  readonly pkNonce: Uint8Array;
  readonly pkWrap: Uint8Array;
  readonly rkNonce: Uint8Array;
  readonly rkWrap: Uint8Array;
  readonly bodyNonce: Uint8Array;
  readonly bodyLength: number;
}

/** Encodes the 212 header bytes. */
export function writeHeader(header: VaultHeader): Uint8Array {
  const bytes = new Uint8Array(headerLength);
  const view = new DataView(bytes.buffer);
  bytes.set(magic, 0);
  view.setUint16(offsets.version, formatVersion, true);
  bytes[offsets.kdf] = kdfArgon2id13;
  bytes[offsets.reserved] = 0;
  view.setUint32(offsets.opslimit, header.kdf.opslimit, true);
  view.setUint32(offsets.memlimitKiB, header.kdf.memlimitKiB, true);
  bytes.set(expectLength(header.salt, saltBytes), offsets.salt);
  bytes.set(expectLength(header.pkNonce, nonceBytes), offsets.pkNonce);
  bytes.set(expectLength(header.pkWrap, wrapLength), offsets.pkWrap);
  bytes.set(expectLength(header.rkNonce, nonceBytes), offsets.rkNonce);
  bytes.set(expectLength(header.rkWrap, wrapLength), offsets.rkWrap);
  bytes.set(expectLength(header.bodyNonce, nonceBytes), offsets.bodyNonce);
  view.setBigUint64(offsets.bodyLength, BigInt(header.bodyLength), true);
  return bytes;
}

function expectLength(bytes: Uint8Array, length: number): Uint8Array {
  if (bytes.length !== length)
    throw new RangeError(`expected ${length} bytes, got ${bytes.length}`);
  return bytes;
}

/** One log record as framed on disk; opened later with the data key. */
export interface RecordFrame {
  readonly offset: number;
  readonly nonce: Uint8Array;
  readonly ciphertext: Uint8Array;
  /** Offset just past this record. */
  readonly end: number;
}

/** A vault file taken apart, checked for everything that needs no key. */
export interface ParsedVault {
  readonly header: VaultHeader;
  readonly headerBytes: Uint8Array;
  readonly body: Uint8Array;
  /** Where the log starts: just past the checksum. */
  readonly logStart: number;
  readonly records: readonly RecordFrame[];
  /** Offset where a torn, unacknowledged record starts, if the file ends inside one. */
  readonly tornAt: number | undefined;
}

const corrupt = (message: string): AppFailure => new AppFailure('VAULT_CORRUPT', message);

const startsWithMagic = (bytes: Uint8Array): boolean =>
  bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);

/**
 * Checks magic, version, KDF, lengths, checksum and KDF bounds — everything that can
 * be told without deriving a key (docs/vault-format.md, "Opening a vault", steps 1–2)
 * — and frames the log records. Throws NOT_A_VAULT, UNSUPPORTED_VERSION or VAULT_CORRUPT.
 */
export function parseVault(bytes: Uint8Array, hash: (data: Uint8Array) => Uint8Array): ParsedVault {
  if (!startsWithMagic(bytes)) {
    throw new AppFailure('NOT_A_VAULT', 'This file is not an Ask Anyway vault.');
  }
  if (bytes.length < offsets.reserved) throw corrupt('The vault file is cut off.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (
    view.getUint16(offsets.version, true) !== formatVersion ||
    bytes[offsets.kdf] !== kdfArgon2id13
  ) {
    throw new AppFailure(
      'UNSUPPORTED_VERSION',
      'This vault was made by a newer version of Ask Anyway. Update the app to open it.',
    );
  }
  if (bytes.length < headerLength + hashBytes) throw corrupt('The vault file is cut off.');
  // The wraps' associated data is rebuilt from the parsed fields (vaultCodec.ts), which
  // equals the file's bytes only if this byte is the 0 the format requires.
  if (bytes[offsets.reserved] !== 0) throw corrupt('The vault’s header is damaged.');

  const bodyLength = view.getBigUint64(offsets.bodyLength, true);
  const checksumAt = BigInt(headerLength) + bodyLength;
  if (checksumAt + BigInt(hashBytes) > BigInt(bytes.length))
    throw corrupt('The vault’s snapshot is cut off.');
  const logStart = Number(checksumAt) + hashBytes;
  const expected = hash(bytes.subarray(0, Number(checksumAt)));
  const stored = bytes.subarray(Number(checksumAt), logStart);
  if (!expected.every((byte, i) => stored[i] === byte))
    throw corrupt('The vault’s snapshot is damaged.');

  const kdf = {
    opslimit: view.getUint32(offsets.opslimit, true),
    memlimitKiB: view.getUint32(offsets.memlimitKiB, true),
  };
  const { opslimit, memlimitKiB } = kdfBounds;
  if (
    kdf.opslimit < opslimit.min ||
    kdf.opslimit > opslimit.max ||
    kdf.memlimitKiB < memlimitKiB.min ||
    kdf.memlimitKiB > memlimitKiB.max
  ) {
    throw corrupt('The vault asks for key-derivation settings outside safe limits.');
  }

  const slice = (at: number, length: number): Uint8Array => bytes.slice(at, at + length);
  const header: VaultHeader = {
    kdf,
    salt: slice(offsets.salt, saltBytes),
    pkNonce: slice(offsets.pkNonce, nonceBytes),
    pkWrap: slice(offsets.pkWrap, wrapLength),
    rkNonce: slice(offsets.rkNonce, nonceBytes),
    rkWrap: slice(offsets.rkWrap, wrapLength),
    bodyNonce: slice(offsets.bodyNonce, nonceBytes),
    bodyLength: Number(bodyLength),
  };
  const { records, tornAt } = frameRecords(bytes, logStart);
  return {
    header,
    headerBytes: bytes.slice(0, headerLength),
    body: bytes.subarray(headerLength, Number(checksumAt)),
    logStart,
    records,
    tornAt,
  };
}

/** Frames the log from `start`; a record the file ends inside marks the torn tail. */
export function frameRecords(
  bytes: Uint8Array,
  start: number,
): { records: RecordFrame[]; tornAt: number | undefined } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: RecordFrame[] = [];
  let offset = start;
  while (offset < bytes.length) {
    if (bytes.length - offset < recordFrameLength) return { records, tornAt: offset };
    const length = view.getUint32(offset, true);
    const end = offset + recordFrameLength + length;
    if (end > bytes.length) return { records, tornAt: offset };
    records.push({
      offset,
      nonce: bytes.subarray(offset + 4, offset + recordFrameLength),
      ciphertext: bytes.subarray(offset + recordFrameLength, end),
      end,
    });
    offset = end;
  }
  return { records, tornAt: undefined };
}

/** A record's associated data: the snapshot it follows, and its position after it. */
export function recordAssociatedData(bodyNonce: Uint8Array, seq: number): Uint8Array {
  const ad = new Uint8Array(nonceBytes + 8);
  ad.set(bodyNonce, 0);
  new DataView(ad.buffer).setBigUint64(nonceBytes, BigInt(seq), true);
  return ad;
}

/** Frames one sealed record for appending. */
export function frameRecord(nonce: Uint8Array, ciphertext: Uint8Array): Uint8Array {
  const frame = new Uint8Array(recordFrameLength + ciphertext.length);
  new DataView(frame.buffer).setUint32(0, ciphertext.length, true);
  frame.set(nonce, 4);
  frame.set(ciphertext, recordFrameLength);
  return frame;
}
