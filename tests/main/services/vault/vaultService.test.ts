import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hostname } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatRecoveryKey } from '../../../../main/services/vault/recoveryKey.js';
import { insertAttempt, vaultFixture, type VaultFixture } from '../../../support/vaultFixture.js';

let fixture: VaultFixture;
beforeEach(async () => {
  fixture = await vaultFixture();
});
afterEach(() => fixture.cleanup());

const attemptIds = (vault: { read: { all<T extends object>(sql: string): T[] } }): string[] =>
  vault.read.all<{ id: string }>('SELECT id FROM attempts ORDER BY id').map((row) => row.id);

describe('the vault service', () => {
  it('creates, saves, locks and opens again with the passphrase', async () => {
    const { vault } = await fixture.create('pass one');
    expect(await vault.state()).toBe('unlocked');
    await insertAttempt(vault, 'a1');
    await insertAttempt(vault, 'a2');
    await vault.lock('manual');
    expect(await vault.state()).toBe('locked');
    expect(fixture.locks).toEqual(['manual']);
    expect(() => vault.read).toThrow(/locked/);

    const reopened = fixture.service();
    await reopened.unlock('pass one');
    expect(attemptIds(reopened)).toEqual(['a1', 'a2']);
  });

  it('refuses a second process while the journal is open', async () => {
    await fixture.create('pass');
    await expect(fixture.service().unlock('pass')).rejects.toMatchObject({ code: 'VAULT_IN_USE' });
  });

  it('reopens from the log after a crash, taking over the dead process’s lock', async () => {
    const { vault } = await fixture.create('pass');
    await insertAttempt(vault, 'a1');
    await insertAttempt(vault, 'a2');
    // As if the app was killed: the log holds the saves, the lock names a dead process.
    writeFileSync(
      `${fixture.vaultPath}.lock`,
      JSON.stringify({ pid: 2 ** 22 + 17, host: hostname(), since: 'then' }),
    );
    const afterCrash = fixture.service();
    await afterCrash.unlock('pass');
    expect(attemptIds(afterCrash)).toEqual(['a1', 'a2']);
  });

  it('sweeps away temp files a crash left mid-compaction, once it holds the lock', async () => {
    const { vault } = await fixture.create('pass');
    await vault.lock('manual');
    const leftover = path.join(fixture.folder, '.journal.askanyway.99999.1764072000000.tmp');
    writeFileSync(leftover, 'half a snapshot');
    const unrelated = path.join(fixture.folder, 'notes.tmp');
    writeFileSync(unrelated, 'not ours');
    await fixture.service().unlock('pass');
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(unrelated)).toBe(true);
  });

  it('tells a wrong passphrase', async () => {
    const { vault } = await fixture.create('right');
    await vault.lock('manual');
    await expect(fixture.service().unlock('wrong')).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
  });

  it('resets with the recovery key, and the old passphrase no longer opens anything new', async () => {
    const { vault, recoveryKey } = await fixture.create('forgotten');
    await insertAttempt(vault, 'a1');
    await vault.lock('manual');

    const typed = formatRecoveryKey(recoveryKey.toLowerCase(), ' ');
    const service = fixture.service();
    const newKey = await service.resetWithRecoveryKey(typed, 'remembered');
    expect(newKey).not.toBe(recoveryKey);
    expect(attemptIds(service)).toEqual(['a1']);
    await service.lock('manual');

    await expect(fixture.service().unlock('forgotten')).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
    });
    await fixture.service().unlock('remembered');
    await expect(fixture.service().resetWithRecoveryKey(recoveryKey, 'x')).rejects.toMatchObject({
      code: 'VAULT_IN_USE',
    });
  });

  it('never writes the journal’s words in plain text', async () => {
    const { vault } = await fixture.create('pass');
    await insertAttempt(vault, 'a1', 'CANARY-7f3a the barista laughed');
    await vault.lock('manual');
    expect(readFileSync(fixture.vaultPath).includes('CANARY-7f3a')).toBe(false);
  });
});
