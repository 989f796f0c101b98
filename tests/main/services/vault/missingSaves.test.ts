import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFolder } from '../../../../main/services/vault/backups.js';
import { memoryOnlyStore, SaveMemory } from '../../../../main/services/vault/saveMemory.js';
import { VaultAccess } from '../../../../main/services/vault/vaultAccess.js';
import type { VaultService } from '../../../../main/services/vault/vaultService.js';
import { insertAttempt, vaultFixture, type VaultFixture } from '../../../support/vaultFixture.js';

// Two computers share one journal file: the desk (the fixture's own memory) and the
// laptop (a memory of its own). What each remembers outside the file is what tells a file
// that lost saves from one the other computer changed.
const passphrase = 'pass';
let fixture: VaultFixture;
let laptop: SaveMemory;
beforeEach(async () => {
  fixture = await vaultFixture();
  laptop = new SaveMemory(memoryOnlyStore(), () => 'laptop-computer-0000');
});
afterEach(() => fixture.cleanup());

const idsIn = (vault: VaultService): string[] =>
  vault.read.all<{ id: string }>('SELECT id FROM attempts ORDER BY id').map((row) => row.id);

/** When this computer's last save in the open journal was made, as the journal says. */
const lastSaveOf = (vault: VaultService, device = 'fixture-computer-00'): string | undefined =>
  vault.read.get<{ last_saved_at: string }>(
    'SELECT last_saved_at FROM device_saves WHERE device_id = ?',
    [device],
  )?.last_saved_at;

async function unlockAs(memory?: SaveMemory): Promise<VaultService> {
  const vault = fixture.service(memory ? { memory } : {});
  await vault.unlock(passphrase);
  return vault;
}

async function save(vault: VaultService, ...ids: string[]): Promise<void> {
  for (const id of ids) await insertAttempt(vault, id);
}

/**
 * A journal saved once (`a1`), kept as `older`, then saved again (`later`) on the desk:
 * the older copy lacks the later saves.
 */
async function journalWithOlderCopy(...later: string[]): Promise<Buffer> {
  const { vault } = await fixture.create(passphrase);
  await save(vault, 'a1');
  await vault.lock('manual');
  const older = readFileSync(fixture.vaultPath);
  const desk = await unlockAs();
  await save(desk, ...later);
  await desk.lock('manual');
  return older;
}

describe('saves that go missing from a whole file', () => {
  it('are counted when the file is cut at a record boundary, with when they were made', async () => {
    const { vault } = await fixture.create(passphrase);
    const recordEnds: number[] = [];
    for (const id of ['a1', 'a2', 'a3', 'a4', 'a5']) {
      await insertAttempt(vault, id);
      recordEnds.push(statSync(fixture.vaultPath).size);
    }
    const whole = readFileSync(fixture.vaultPath);
    const lastSave = lastSaveOf(vault);
    await vault.lock('manual');
    // The file as a cut leaves it: whole, two records, nothing to say it had five.
    writeFileSync(fixture.vaultPath, whole.subarray(0, recordEnds[1]));

    const reopened = await unlockAs();
    expect(idsIn(reopened)).toEqual(['a1', 'a2']);
    expect(reopened.missingSaves).toEqual({
      count: 3,
      after: lastSaveOf(reopened),
      upTo: lastSave,
    });
    // And vault.status carries it, for the notice.
    const status = await new VaultAccess(reopened, (n) => new Uint8Array(n)).status();
    expect(status.missingSaves).toEqual(reopened.missingSaves);
  });

  it('are counted when the file is replaced by an older copy of itself', async () => {
    const older = await journalWithOlderCopy('a2', 'a3', 'a4');
    writeFileSync(fixture.vaultPath, older);

    const reopened = await unlockAs();
    expect(idsIn(reopened)).toEqual(['a1']);
    expect(reopened.missingSaves?.count).toBe(3);
  });

  it('are not counted when another computer saved to the journal in between', async () => {
    const { vault } = await fixture.create(passphrase);
    await save(vault, 'a1');
    await vault.lock('manual');
    const onLaptop = await unlockAs(laptop);
    await save(onLaptop, 'l1', 'l2');
    await onLaptop.lock('manual');

    const reopened = await unlockAs();
    expect(idsIn(reopened)).toEqual(['a1', 'l1', 'l2']);
    expect(reopened.missingSaves).toBeUndefined();
  });

  it('are counted when another computer saved to an older copy of the journal', async () => {
    const older = await journalWithOlderCopy('a2', 'a3');
    // A sync tool hands the laptop the older copy; its version comes back over ours.
    writeFileSync(fixture.vaultPath, older);
    const onLaptop = await unlockAs(laptop);
    expect(onLaptop.missingSaves).toBeUndefined();
    await save(onLaptop, 'l1');
    await onLaptop.lock('manual');

    const reopened = await unlockAs();
    expect(idsIn(reopened)).toEqual(['a1', 'l1']);
    expect(reopened.missingSaves?.count).toBe(2);
  });

  it('stay noticed across locks and later saves until dismissed, then are not told again', async () => {
    const older = await journalWithOlderCopy('a2', 'a3');
    writeFileSync(fixture.vaultPath, older);

    const first = await unlockAs();
    const noticed = first.missingSaves;
    expect(noticed?.count).toBe(2);
    await save(first, 'b1');
    await first.lock('manual');

    const second = await unlockAs();
    expect(second.missingSaves).toEqual(noticed);
    second.dismissMissingSaves();
    await second.lock('manual');

    const third = await unlockAs();
    expect(third.missingSaves).toBeUndefined();
    expect(idsIn(third)).toEqual(['a1', 'b1']);
  });

  it('are not counted for a backup restored on purpose, but are for the same bytes put back by hand', async () => {
    await journalWithOlderCopy('a2', 'a3');
    const backups = await fixture.service().backups();
    const oldest = backups.at(-1);
    if (!oldest) throw new Error('no backup was kept');
    const backupBytes = readFileSync(oldest.path);

    const restorer = fixture.service();
    await restorer.restoreBackup(oldest.id);
    const restored = await unlockAs();
    expect(restored.missingSaves).toBeUndefined();
    const restoredIds = idsIn(restored);
    await restored.lock('manual');

    // The same bytes, not restored through the app: the saves since are missing.
    const afterRestore = await unlockAs();
    await save(afterRestore, 'c1');
    await afterRestore.lock('manual');
    writeFileSync(fixture.vaultPath, backupBytes);
    const byHand = await unlockAs();
    expect(idsIn(byHand)).toEqual(restoredIds);
    expect(byHand.missingSaves?.count).toBeGreaterThan(0);
  });
});

describe('a last record that cannot be read', () => {
  /** A journal with three saves whose last record has one flipped byte. */
  async function damagedLastRecord(): Promise<Buffer> {
    const { vault } = await fixture.create(passphrase);
    await save(vault, 'a1', 'a2', 'a3');
    const bytes = readFileSync(fixture.vaultPath);
    await vault.lock('manual');
    const lastRecordByte = bytes.length - 5;
    bytes[lastRecordByte] = (bytes[lastRecordByte] ?? 0) ^ 0xff;
    writeFileSync(fixture.vaultPath, bytes);
    return bytes;
  }

  it('is kept in a copy apart from the backups, told, and counted as a missing save', async () => {
    const damaged = await damagedLastRecord();
    const vault = await unlockAs();
    expect(idsIn(vault)).toEqual(['a1', 'a2']);
    expect(vault.missingSaves?.count).toBe(1);
    const [copy, ...more] = await vault.damagedCopies();
    expect(more).toEqual([]);
    if (copy === undefined) throw new Error('no copy was kept');
    expect(readFileSync(path.join(backupFolder(fixture.vaultPath), copy))).toEqual(damaged);
    const status = await new VaultAccess(vault, (n) => new Uint8Array(n)).status();
    expect(status.damagedCopies).toEqual([copy]);
  });

  it('keeps its copy through more lock cycles than there are backups, until the notice is read', async () => {
    const damaged = await damagedLastRecord();
    const first = await unlockAs();
    const [copy] = await first.damagedCopies();
    if (copy === undefined) throw new Error('no copy was kept');
    await first.lock('manual');
    for (let cycle = 0; cycle < 7; cycle += 1) {
      const vault = await unlockAs();
      await save(vault, `c${cycle}`);
      await vault.lock('manual');
    }
    const copyPath = path.join(backupFolder(fixture.vaultPath), copy);
    expect(existsSync(copyPath)).toBe(true);

    const vault = await unlockAs();
    expect(await vault.damagedCopies()).toEqual([copy]);
    await vault.dismissDamagedCopies();
    expect(await vault.damagedCopies()).toEqual([]);
    expect(existsSync(copyPath)).toBe(false);
    // Now an ordinary backup, the newest, that rotates out with the rest.
    const [newest] = await vault.backups();
    expect(newest && readFileSync(newest.path)).toEqual(damaged);
  });
});
