import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseVault } from '../../../../main/services/vault/format.js';
import { compactionThreshold } from '../../../../main/services/vault/session.js';
import { insertAttempt, vaultFixture, type VaultFixture } from '../../../support/vaultFixture.js';

const KiB = 1024;
const MiB = 1024 * KiB;

let fixture: VaultFixture;
beforeEach(async () => {
  fixture = await vaultFixture();
});
afterEach(() => fixture.cleanup());

const onDisk = () => {
  const bytes = new Uint8Array(readFileSync(fixture.vaultPath));
  const vault = parseVault(bytes, (data) => fixture.sodium.hash(data));
  const fileLength = bytes.length;
  return {
    snapshot: vault.logStart,
    log: fileLength - vault.logStart,
    records: vault.records.length,
  };
};

describe('when the log is compacted', () => {
  it.each([
    ['a new journal: the format’s quarter of the snapshot', 100 * KiB, 25 * KiB],
    ['a year: the 256 KiB the app always allows', 1.3 * MiB, 256 * KiB],
    ['ten years: 1/32 of the snapshot, to keep unlocking fast', 12.5 * MiB, 400 * KiB],
    ['a stress-size journal: the format’s 4 MiB', 300 * MiB, 4 * MiB],
  ])('%s', (_, snapshot, threshold) => {
    expect(compactionThreshold(snapshot)).toBeCloseTo(threshold, 0);
  });

  it('by itself, once a save takes the log past the threshold, and not before', async () => {
    const { vault } = await fixture.create('pass');
    const threshold = compactionThreshold(onDisk().snapshot);
    const reflection = 'I asked, they said no, and the sky stayed up. '.repeat(100);
    let saves = 0;
    // Each save is followed by an empty write, which queues behind any compaction it caused.
    while (onDisk().log + 5 * KiB < threshold) {
      await insertAttempt(vault, `a${saves++}`, reflection);
      await vault.write(() => undefined);
      expect(onDisk().records).toBe(saves);
    }
    while (onDisk().records > 0) {
      expect(onDisk().log).toBeLessThanOrEqual(threshold);
      await insertAttempt(vault, `a${saves++}`, reflection);
      await vault.write(() => undefined);
    }
    expect(onDisk().log).toBe(0);
    expect(vault.read.get<{ n: number }>('SELECT count(*) AS n FROM attempts')?.n).toBe(saves);
  });
});
