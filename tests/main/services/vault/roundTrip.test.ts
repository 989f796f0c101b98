import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VaultService } from '../../../../main/services/vault/vaultService.js';
import { seededRandom } from '../../../support/random.js';
import { vaultFixture, type VaultFixture } from '../../../support/vaultFixture.js';

let fixture: VaultFixture;
beforeEach(async () => {
  fixture = await vaultFixture();
});
afterEach(() => fixture.cleanup());

const snapshotOf = (vault: VaultService) => ({
  attempts: vault.read.all('SELECT * FROM attempts ORDER BY id'),
  tags: vault.read.all('SELECT * FROM attempt_tags ORDER BY attempt_id, tag'),
  search: vault.read.all(
    "SELECT docid FROM attempts_fts WHERE attempts_fts MATCH 'refill' ORDER BY docid",
  ),
  integrity: vault.read.all('PRAGMA integrity_check'),
});

const words = [
  'refill',
  'mint',
  'queue',
  'discount',
  'barista',
  'stranger',
  'laughed',
  'fine',
  'é ü 日本 🙂',
];

/** One random edit: insert, update, tag, untag or delete an attempt. */
async function randomEdit(
  vault: VaultService,
  random: ReturnType<typeof seededRandom>,
  step: number,
): Promise<void> {
  const ids = vault.read.all<{ id: string }>('SELECT id FROM attempts').map((row) => row.id);
  const text = Array.from({ length: 1 + random.int(30) }, () => random.pick(words)).join(' ');
  const kind = ids.length === 0 ? 0 : random.int(5);
  await vault.write((tx) => {
    if (kind === 0) {
      const id = `attempt-${step}`;
      tx.run(
        `INSERT INTO attempts (id, request, occurred_at, occurred_on, what_happened, peak_suds, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          id,
          'Ask anyway',
          '2026-11-25T12:00:00Z',
          '2026-11-25',
          text,
          random.int(101),
          `t${step}`,
          `t${step}`,
        ],
      );
    } else if (kind === 1) {
      tx.run('UPDATE attempts SET what_happened = ?, updated_at = ? WHERE id = ?', [
        text,
        `t${step}`,
        random.pick(ids),
      ]);
    } else if (kind === 2) {
      tx.run('INSERT OR IGNORE INTO attempt_tags (attempt_id, tag) VALUES (?, ?)', [
        random.pick(ids),
        random.pick(words),
      ]);
    } else if (kind === 3) {
      tx.run('DELETE FROM attempt_tags WHERE attempt_id = ?', [random.pick(ids)]);
    } else {
      tx.run('DELETE FROM attempts WHERE id = ?', [random.pick(ids)]);
    }
  });
}

describe('round trips', () => {
  it.each([1, 2, 3, 4, 5])(
    'random edits with compactions at random points reopen identical (seed %i)',
    async (seed) => {
      const random = seededRandom(seed);
      let { vault } = await fixture.create('pass');
      for (let step = 0; step < 60; step += 1) {
        await randomEdit(vault, random, step);
        const roll = random.next();
        if (roll < 0.08) {
          await vault.compact();
        } else if (roll < 0.14) {
          const before = snapshotOf(vault);
          await vault.lock('manual');
          vault = fixture.service();
          await vault.unlock('pass');
          expect(snapshotOf(vault)).toEqual(before);
        }
      }
      const before = snapshotOf(vault);
      expect(before.integrity).toEqual([{ integrity_check: 'ok' }]);
      await vault.lock('manual');
      const reopened = fixture.service();
      await reopened.unlock('pass');
      expect(snapshotOf(reopened)).toEqual(before);
    },
  );

  it('opens with the passphrase typed in NFD when it was set in NFC', async () => {
    const nfc = 'Café crème, s’il vous plaît'.normalize('NFC');
    const { vault } = await fixture.create(nfc);
    await vault.lock('manual');
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    await fixture.service().unlock(nfd);
  });

  it('raises the KDF cost on unlock when the app asks for more, keeping the data', async () => {
    const { vault } = await fixture.create('pass');
    await vault.write((tx) =>
      tx.run(
        "INSERT INTO attempts (id, request, occurred_at, occurred_on, created_at, updated_at) VALUES ('k1', 'r', 'a', 'b', 'c', 'd')",
      ),
    );
    await vault.lock('manual');
    const stronger = { opslimit: 2, memlimitKiB: 16 * 1024 };
    const upgraded = fixture.service({ kdfPolicy: stronger });
    await upgraded.unlock('pass');
    await upgraded.lock('manual');
    const { parseVault } = await import('../../../../main/services/vault/format.js');
    const { readFileSync } = await import('node:fs');
    const header = parseVault(new Uint8Array(readFileSync(fixture.vaultPath)), (d) =>
      fixture.sodium.hash(d),
    ).header;
    expect(header.kdf).toEqual(stronger);
    const again = fixture.service({ kdfPolicy: stronger });
    await again.unlock('pass');
    expect(again.read.all('SELECT id FROM attempts')).toEqual([{ id: 'k1' }]);
  });

  it('changes the passphrase: a new recovery key, the old passphrase refused, older backups still open with it', async () => {
    const { vault, recoveryKey } = await fixture.create('old pass');
    await vault.compact(); // a backup sealed under the old secrets
    const newKey = await vault.changePassphrase('old pass', 'new pass');
    expect(newKey).not.toBe(recoveryKey);
    await expect(vault.changePassphrase('wrong', 'x')).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    const checks = await vault.verifyBackups();
    expect(checks.map((check) => check.status)).toContain('older-secrets');
    await vault.lock('manual');
    await expect(fixture.service().unlock('old pass')).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    const reopened = fixture.service();
    await reopened.unlock('new pass');
    await reopened.lock('manual');
    await expect(fixture.service().resetWithRecoveryKey(recoveryKey, 'x')).rejects.toMatchObject({
      code: 'WRONG_RECOVERY_KEY',
    });
    await fixture.service().resetWithRecoveryKey(newKey, 'newest');
  });

  it('keeps at most five backup generations, each a vault that opens', async () => {
    const { vault } = await fixture.create('pass');
    for (let i = 0; i < 8; i += 1) await vault.compact();
    const backups = await vault.backups();
    expect(backups).toHaveLength(5);
    expect((await vault.verifyBackups()).map((check) => check.status)).toEqual(
      Array(5).fill('opens-now'),
    );
    expect(readdirSync(fixture.folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('restores a backup in place of a damaged vault; the damaged one is kept as a backup', async () => {
    const { vault } = await fixture.create('pass');
    await vault.write((tx) =>
      tx.run(
        "INSERT INTO attempts (id, request, occurred_at, occurred_on, created_at, updated_at) VALUES ('b1', 'r', 'a', 'b', 'c', 'd')",
      ),
    );
    await vault.compact();
    await vault.lock('manual');
    const { readFileSync, writeFileSync } = await import('node:fs');
    const damaged = readFileSync(fixture.vaultPath);
    damaged[300] = (damaged[300] ?? 0) ^ 0xff;
    writeFileSync(fixture.vaultPath, damaged);
    const service = fixture.service();
    const failure = await service.unlock('pass').catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'VAULT_CORRUPT' });
    const offered = (failure as { backups: { id: string }[] }).backups;
    expect(offered.length).toBeGreaterThan(0);
    await service.restoreBackup(offered[0]?.id ?? '');
    await service.unlock('pass');
    expect(service.read.all('SELECT id FROM attempts')).toEqual([{ id: 'b1' }]);
    const kept = await service.verifyBackups();
    expect(kept.map((check) => check.status)).toContain('damaged');
    await expect(service.restoreBackup('../../etc/passwd')).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
    });
  });
});
