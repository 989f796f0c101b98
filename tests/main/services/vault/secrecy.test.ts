import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPreferences } from '../../../../main/platform/preferences.js';
import { createSettingsService } from '../../../../main/services/settings/settingsService.js';
import type { Sodium } from '../../../../main/services/vault/sodium.js';
import { insertAttempt, vaultFixture, type VaultFixture } from '../../../support/vaultFixture.js';

let fixture: VaultFixture;
beforeEach(async () => {
  fixture = await vaultFixture();
});
afterEach(() => fixture.cleanup());

/** Every regular file under `folder`, recursively. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(entry.parentPath, entry.name);
    return entry.isDirectory() ? filesUnder(full) : entry.isFile() ? [full] : [];
  });
}

describe('what stays secret', () => {
  it('a canary written into a reflection appears in no file: vault, log, backups, temp files or settings', async () => {
    const started = Date.now();
    const canary = 'CANARY-b7e1-9f2c-reflection';
    const { vault } = await fixture.create('pass');
    createSettingsService(openPreferences(fixture.folder).settings).update({ theme: 'dark' });
    await insertAttempt(vault, 'c1', `The barista said ${canary} and smiled`);
    await vault.write((tx) =>
      tx.run('UPDATE attempts SET learned = ? WHERE id = ?', [`${canary} again`, 'c1']),
    );
    await vault.compact();
    await insertAttempt(vault, 'c2', canary);
    await vault.lock('manual');

    const recentTemp = filesUnder(tmpdir()).filter((file) => {
      try {
        return statSync(file).mtimeMs >= started && statSync(file).size < 50_000_000;
      } catch {
        return false;
      }
    });
    const files = [...filesUnder(fixture.folder), ...recentTemp];
    expect(files.length).toBeGreaterThan(3);
    const leaks = files.filter((file) => {
      try {
        return readFileSync(file).includes(canary);
      } catch {
        return false;
      }
    });
    expect(leaks).toEqual([]);
    // It walks the whole temp folder, which on a shared machine holds other projects' trees.
  }, 60_000);

  it('lock zeroes the data key and refuses reads and saves until unlocked again', async () => {
    const seenKeys: Uint8Array[] = [];
    const sodium: Sodium = {
      ...fixture.sodium,
      seal(key, nonce, plaintext, ad) {
        seenKeys.push(key);
        return fixture.sodium.seal(key, nonce, plaintext, ad);
      },
    };
    const { vault } = await fixture.create('pass', { sodium });
    await insertAttempt(vault, 'z1');
    const dataKey = seenKeys.at(-1);
    expect(dataKey?.some((byte) => byte !== 0)).toBe(true);

    await vault.lock('manual');

    expect(dataKey?.every((byte) => byte === 0)).toBe(true);
    expect(() => vault.read).toThrow(expect.objectContaining({ code: 'VAULT_LOCKED' }) as Error);
    await expect(insertAttempt(vault, 'z2')).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
  });
});
