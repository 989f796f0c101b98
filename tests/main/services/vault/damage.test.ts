import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerLength, offsets, parseVault } from '../../../../main/services/vault/format.js';
import { hashBytes } from '../../../../main/services/vault/sodium.js';
import { insertAttempt, vaultFixture, type VaultFixture } from '../../../support/vaultFixture.js';

// One small vault with a snapshot and three log records, damaged in every way a disk,
// a crash or a hostile edit can damage it.
let fixture: VaultFixture;
let pristine: Buffer;
let logStart: number;
/** Offsets just past each of the three records. */
let recordEnds: number[];

beforeAll(async () => {
  fixture = await vaultFixture();
  const { vault } = await fixture.create('pass');
  logStart = statSync(fixture.vaultPath).size;
  recordEnds = [];
  for (const id of ['a1', 'a2', 'a3']) {
    await insertAttempt(vault, id);
    recordEnds.push(statSync(fixture.vaultPath).size);
  }
  pristine = readFileSync(fixture.vaultPath);
  // Leave it without compaction and without its lock file, as after a crash.
  writeFileSync(
    `${fixture.vaultPath}.lock`,
    JSON.stringify({ pid: 2 ** 22 + 3, host: 'elsewhere-not', since: 'x' }),
  );
  await vault.lock('manual').catch(() => undefined);
  writeFileSync(fixture.vaultPath, pristine);
});
afterAll(() => fixture.cleanup());

/** Writes `bytes` as the vault, tries to open it, and checks the file was left as it was. */
async function openDamaged(bytes: Uint8Array, passphrase = 'pass') {
  writeFileSync(fixture.vaultPath, bytes);
  const before = statSync(fixture.vaultPath);
  const vault = fixture.service();
  const kdfBefore = fixture.kdfCalls.count;
  let code: string | undefined;
  let rows: string[] | undefined;
  try {
    await vault.unlock(passphrase);
    rows = vault.read
      .all<{ id: string }>('SELECT id FROM attempts ORDER BY id')
      .map((row) => row.id);
    // Closing without compaction would be a write; drop the session by restoring the bytes.
  } catch (error) {
    code = (error as { code?: string }).code ?? String(error);
  }
  const untouched =
    code === undefined || Buffer.compare(readFileSync(fixture.vaultPath), Buffer.from(bytes)) === 0;
  const sameTime = code === undefined || statSync(fixture.vaultPath).mtimeMs === before.mtimeMs;
  await vault.lock('manual').catch(() => undefined);
  return {
    code,
    rows,
    untouched: untouched && sameTime,
    derived: fixture.kdfCalls.count - kdfBefore,
  };
}

const flipped = (at: number): Uint8Array => {
  const bytes = new Uint8Array(pristine);
  bytes[at] = (bytes[at] ?? 0) ^ 0xff;
  return bytes;
};

describe('a damaged vault', () => {
  it('opens intact with all three saves', async () => {
    expect((await openDamaged(pristine)).rows).toEqual(['a1', 'a2', 'a3']);
  });

  it('answers every flipped header or checksum byte with the right error, before any KDF runs, leaving the file untouched', async () => {
    const checksumStart = logStart - hashBytes;
    const positions = [
      ...Array.from({ length: headerLength }, (_, i) => i),
      ...Array.from({ length: hashBytes }, (_, i) => checksumStart + i),
    ];
    for (const at of positions) {
      const result = await openDamaged(flipped(at));
      const expected =
        at < offsets.version
          ? 'NOT_A_VAULT'
          : at <= offsets.kdf
            ? 'UNSUPPORTED_VERSION'
            : 'VAULT_CORRUPT';
      expect({
        at,
        code: result.code,
        derived: result.derived,
        untouched: result.untouched,
      }).toEqual({
        at,
        code: expected,
        derived: 0,
        untouched: true,
      });
    }
  });

  /** Shorter than the magic, a file cannot be told from any other (format step 1). */
  const expectedForLength = (length: number) => (length < 8 ? 'NOT_A_VAULT' : 'VAULT_CORRUPT');

  it('answers every truncation inside the snapshot with NOT_A_VAULT (under 8 bytes) or VAULT_CORRUPT, without deriving a key', () => {
    // Every length through the parser, which is where the verdict is made…
    for (let length = 0; length < logStart; length += 1) {
      let code: string | undefined;
      try {
        parseVault(pristine.subarray(0, length), (data) => fixture.sodium.hash(data));
      } catch (error) {
        code = (error as { code?: string }).code;
      }
      expect({ length, code }).toEqual({ length, code: expectedForLength(length) });
    }
  });

  it('leaves a truncated vault untouched when it refuses it', async () => {
    // …and a spread of lengths through the whole service, files and all.
    const lengths = [0, 7, 8, 11, headerLength, headerLength + 1, logStart - 1];
    for (let length = 0; length < logStart; length += 997) lengths.push(length);
    for (const length of lengths) {
      const result = await openDamaged(pristine.subarray(0, length));
      expect({
        length,
        code: result.code,
        derived: result.derived,
        untouched: result.untouched,
      }).toEqual({
        length,
        code: expectedForLength(length),
        derived: 0,
        untouched: true,
      });
    }
  });

  it('opens a vault cut anywhere inside its log at the last whole record', async () => {
    for (let length = logStart; length <= pristine.length; length += 1) {
      const result = await openDamaged(pristine.subarray(0, length));
      const whole = recordEnds.filter((end) => end <= length).length;
      expect({ length, rows: result.rows }).toEqual({
        length,
        rows: ['a1', 'a2', 'a3'].slice(0, whole),
      });
    }
  }, 60_000);

  it('drops a last record that fails to open (torn write) and refuses a damaged earlier one', async () => {
    const lastRecordByte = (recordEnds[2] ?? 0) - 5;
    expect((await openDamaged(flipped(lastRecordByte))).rows).toEqual(['a1', 'a2']);
    const middleRecordByte = (recordEnds[1] ?? 0) - 5;
    const middle = await openDamaged(flipped(middleRecordByte));
    expect(middle.code).toBe('VAULT_CORRUPT');
    expect(middle.untouched).toBe(true);
  });

  it('tells a wrong passphrase from damage', async () => {
    expect((await openDamaged(pristine, 'not it')).code).toBe('WRONG_PASSPHRASE');
    // Damage inside the sealed snapshot, with the checksum recomputed so only the AEAD can tell.
    const bytes = new Uint8Array(pristine);
    const bodyByte = headerLength + 100;
    bytes[bodyByte] = (bytes[bodyByte] ?? 0) ^ 1;
    bytes.set(fixture.sodium.hash(bytes.subarray(0, logStart - hashBytes)), logStart - hashBytes);
    expect((await openDamaged(bytes)).code).toBe('VAULT_CORRUPT');
  });

  it.each([
    ['opslimit 0', offsets.opslimit, 0],
    ['opslimit 11', offsets.opslimit, 11],
    ['opslimit 4 billion', offsets.opslimit, 0xffffffff],
    ['memlimit 4 MiB', offsets.memlimitKiB, 4 * 1024],
    ['memlimit 4 GiB', offsets.memlimitKiB, 4 * 1024 * 1024],
  ])('refuses hostile KDF settings (%s) before deriving', async (_name, at, value) => {
    const bytes = new Uint8Array(pristine);
    new DataView(bytes.buffer).setUint32(at, value, true);
    bytes.set(fixture.sodium.hash(bytes.subarray(0, logStart - hashBytes)), logStart - hashBytes);
    const result = await openDamaged(bytes);
    expect(result).toMatchObject({ code: 'VAULT_CORRUPT', derived: 0, untouched: true });
  });

  it('says NOT_A_VAULT for some other file', async () => {
    expect(
      (await openDamaged(new TextEncoder().encode('SQLite format 3\0 and then some more bytes')))
        .code,
    ).toBe('NOT_A_VAULT');
  });
});
