import { copyFileSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, outsideChangeCheckMs, type Core } from '../../../main/core.js';
import type { Caller } from '../../../main/ipc/router.js';
import { backupFolder } from '../../../main/services/vault/backups.js';
import { recoveryKeyGroups } from '../../../main/services/vault/recoveryKey.js';
import type { JournalPage } from '../../../shared/domain/practice/journal.js';
import type { VaultStatus } from '../../../shared/domain/vault.js';
import type { Result } from '../../../shared/ipc/result.js';
import { madeAttempt } from '../../support/practiceFixture.js';
import { nodeVaultFs, type VaultFs } from '../../../main/services/vault/vaultFs.js';
import { faultyFs } from '../../support/faultyFs.js';
import { manualTimers } from '../../support/manualTimers.js';
import { openVaultFile, testCorePorts } from '../../support/testCore.js';

// The journal on a synced folder (issue 6, item 5): another device's version lands on
// the file while this one is open. Two cores play the two devices.

const app: Caller = { url: 'app://ask-anyway/index.html', isMainFrame: true };
const passphrase = 'a long enough passphrase';

interface Device {
  readonly folder: string;
  readonly vaultPath: string;
  readonly core: Core;
  readonly events: string[];
  readonly timers: ReturnType<typeof manualTimers>;
  call(channel: string, payload?: unknown): Promise<Result<unknown>>;
}

const folders: string[] = [];
const cores: Core[] = [];

async function device(fs: VaultFs = nodeVaultFs): Promise<Device> {
  const folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-sync-'));
  folders.push(folder);
  const events: string[] = [];
  const timers = manualTimers();
  const ports = await testCorePorts(folder, {
    emit: (event) => {
      events.push(event);
      return 0;
    },
    timers,
  });
  const core = createCore({ ...ports, vault: { ...ports.vault, fs } });
  cores.push(core);
  return {
    folder,
    vaultPath: path.join(folder, 'journal.askanyway'),
    core,
    events,
    timers,
    call: (channel, payload) => core.router(channel, payload, app),
  };
}

afterEach(async () => {
  for (const core of cores.splice(0)) {
    await core.vault.lock('quit').catch(() => undefined);
    core.stop();
  }
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};
const failure = (result: Result<unknown>) => (result.ok ? undefined : result.error.code);

async function createJournal(on: Device): Promise<void> {
  const prepared = value(
    (await on.call('vault.prepare', { passphrase, confirmation: passphrase })) as Result<{
      recoveryKey: string;
      confirmGroups: number[];
    }>,
  );
  const groups = recoveryKeyGroups(prepared.recoveryKey.replace(/-/g, ''));
  value(
    await on.call('vault.confirm', {
      answers: prepared.confirmGroups.map((position) => (groups[position - 1] ?? '').toLowerCase()),
    }),
  );
}

const save = (on: Device, whatHappened: string) =>
  on.call('attempts.create', { attempt: madeAttempt({ whatHappened }), planItemId: null });

/** What each reflection says happened: enough to tell the entries apart. */
async function happenedIn(on: Device): Promise<string[]> {
  const page = value(
    (await on.call('attempts.list', { filter: {}, after: null })) as Result<JournalPage>,
  );
  const happened = await Promise.all(
    page.items.map(async (item) => {
      const attempt = value(
        (await on.call('attempts.get', { id: item.id })) as Result<{
          after: { whatHappened: string };
        }>,
      );
      return attempt.after.whatHappened;
    }),
  );
  return happened.sort();
}

/** What a vault file holds, opened on its own: what each reflection says happened. */
async function happenedInFile(file: string, secret = passphrase): Promise<string[]> {
  const db = await openVaultFile(file, { passphrase: secret });
  try {
    const rows =
      db.exec('SELECT what_happened FROM attempts ORDER BY what_happened')[0]?.values ?? [];
    return rows.map(([happened]) => String(happened));
  } finally {
    db.close();
  }
}

const status = async (on: Device) => value((await on.call('vault.status')) as Result<VaultStatus>);

let desk: Device;
let laptop: Device;

/**
 * The desk makes the journal; the laptop gets a synced copy and adds to it; the desk
 * saves once more; then the sync tool puts the laptop's version over the desk's file,
 * as sync tools do: a new file renamed into place.
 */
async function divergedVersions(
  laptopWork?: (laptop: Device) => Promise<void>,
  deskFs?: VaultFs,
): Promise<void> {
  desk = await device(deskFs);
  await createJournal(desk);
  value(await save(desk, 'Before the trip'));
  laptop = await device();
  copyFileSync(desk.vaultPath, laptop.vaultPath);
  value(await laptop.call('vault.unlock', { passphrase }));
  value(await save(laptop, 'From the laptop'));
  await laptopWork?.(laptop);
  value(await laptop.call('vault.lock'));
  value(await save(desk, 'From the desk'));
  copyFileSync(laptop.vaultPath, `${desk.vaultPath}.sync-tmp`);
  renameSync(`${desk.vaultPath}.sync-tmp`, desk.vaultPath);
}

describe('a vault changed on disk while open', () => {
  beforeEach(() => divergedVersions());

  it('is not saved over: the save is refused, the renderer told once, and the status says so', async () => {
    expect(failure(await save(desk, 'Not yet'))).toBe('VAULT_CHANGED_ON_DISK');
    expect(failure(await save(desk, 'Still not'))).toBe('VAULT_CHANGED_ON_DISK');
    expect(desk.events.filter((event) => event === 'vault.changedOnDisk')).toHaveLength(1);
    expect(await status(desk)).toMatchObject({ state: 'unlocked', changedOnDisk: true });
    expect(await happenedInFile(desk.vaultPath)).toEqual(['Before the trip', 'From the laptop']);
  });

  it('is noticed without a save: the file is checked every few seconds', async () => {
    expect(desk.events).not.toContain('vault.changedOnDisk');
    desk.timers.advance(outsideChangeCheckMs);
    await expect.poll(() => desk.events).toContain('vault.changedOnDisk');
    expect(await status(desk)).toMatchObject({ changedOnDisk: true });
    desk.timers.advance(outsideChangeCheckMs);
    // A read waits for the session's queue, where the check runs.
    await happenedIn(desk);
    expect(desk.events.filter((event) => event === 'vault.changedOnDisk')).toHaveLength(1);
  });

  it('merges: both devices’ entries, written over the changed file, which is kept as a backup', async () => {
    expect(failure(await save(desk, 'Typed after the sync'))).toBe('VAULT_CHANGED_ON_DISK');
    expect(
      failure(await desk.call('vault.mergeChanged', { passphrase: 'not the passphrase' })),
    ).toBe('WRONG_PASSPHRASE');
    const summary = value(await desk.call('vault.mergeChanged', { passphrase }));
    expect(summary).toEqual({ added: 1, replaced: 0, keptLocal: 1, keptBoth: 0 });
    expect((await status(desk)).changedOnDisk).toBeUndefined();
    // Saving works again; the refused save is typed again by the user.
    value(await save(desk, 'Typed after the sync'));
    const all = ['Before the trip', 'From the desk', 'From the laptop', 'Typed after the sync'];
    expect(await happenedIn(desk)).toEqual(all);
    expect(await happenedInFile(desk.vaultPath)).toEqual(all);
    const [backup] = readdirSync(backupFolder(desk.vaultPath)).sort().reverse();
    expect(await happenedInFile(path.join(backupFolder(desk.vaultPath), backup ?? 'none'))).toEqual(
      ['Before the trip', 'From the laptop'],
    );
  });

  it('keeps both: the other version moved beside the journal, this one written in its place', async () => {
    const { otherVersion } = value(
      (await desk.call('vault.keepBoth')) as Result<{ otherVersion: string | null }>,
    );
    expect(otherVersion).toMatch(
      /^journal \(other version \d{4}-\d\d-\d\d \d\d-\d\d-\d\d\)\.askanyway$/,
    );
    expect(await happenedInFile(path.join(desk.folder, otherVersion ?? ''))).toEqual([
      'Before the trip',
      'From the laptop',
    ]);
    expect(await happenedInFile(desk.vaultPath)).toEqual(['Before the trip', 'From the desk']);
    value(await save(desk, 'Saved again'));
    expect(await happenedInFile(desk.vaultPath)).toContain('Saved again');
  });

  it('keeps both by itself when it locks, and says so at the unlock screen until the next unlock', async () => {
    value(await desk.call('vault.lock'));
    const locked = await status(desk);
    expect(locked).toMatchObject({ state: 'locked', lockedBecause: 'manual' });
    expect(locked.otherVersionKept).toMatch(/^journal \(other version .*\)\.askanyway$/);
    expect(await happenedInFile(desk.vaultPath)).toEqual(['Before the trip', 'From the desk']);
    expect(await happenedInFile(path.join(desk.folder, locked.otherVersionKept ?? ''))).toEqual([
      'Before the trip',
      'From the laptop',
    ]);
    value(await desk.call('vault.unlock', { passphrase }));
    value(await desk.call('vault.lock'));
    expect((await status(desk)).otherVersionKept).toBeUndefined();
  });
});

describe('the other versions kept beside the journal', () => {
  beforeEach(async () => {
    await divergedVersions();
    value(await desk.call('vault.keepBoth'));
  });

  const listed = async () =>
    value((await desk.call('data.otherVersions')) as Result<{ fileName: string }[]>);

  it('are listed, merged in with their passphrase, and deleted', async () => {
    const [version, ...more] = await listed();
    expect(more).toEqual([]);
    expect(version).toMatchObject({
      fileName: expect.stringMatching(/^journal \(other version .*\)\.askanyway$/) as string,
      sizeBytes: expect.any(Number) as number,
    });
    const fileName = version?.fileName ?? '';
    expect(
      failure(await desk.call('data.mergeOtherVersion', { fileName, passphrase: 'wrong one' })),
    ).toBe('WRONG_PASSPHRASE');
    expect(value(await desk.call('data.mergeOtherVersion', { fileName, passphrase }))).toEqual({
      added: 1,
      replaced: 0,
      keptLocal: 1,
      keptBoth: 0,
    });
    expect(await happenedIn(desk)).toEqual(['Before the trip', 'From the desk', 'From the laptop']);

    value(await desk.call('data.deleteOtherVersion', { fileName }));
    expect(existsSync(path.join(desk.folder, fileName))).toBe(false);
    expect(await listed()).toEqual([]);
  });

  it('are named only from the list: a path, another file or the journal itself is refused', async () => {
    for (const fileName of [
      'journal.askanyway',
      '../journal.askanyway',
      path.join(desk.folder, (await listed())[0]?.fileName ?? ''),
      'journal (other version 1999-01-01 00-00-00).askanyway',
    ]) {
      expect(failure(await desk.call('data.deleteOtherVersion', { fileName }))).toBe(
        'INVALID_REQUEST',
      );
    }
    expect(await listed()).toHaveLength(1);
    expect(existsSync(desk.vaultPath)).toBe(true);
  });
});

describe('keeping both when the disk refuses', () => {
  it('writes nothing over the other version when this one cannot be written (a full disk)', async () => {
    const fs = faultyFs();
    await divergedVersions(undefined, fs);
    fs.rule = (step, file) => (step === 'open' && file.endsWith('.tmp') ? 'ENOSPC' : undefined);
    expect(failure(await desk.call('vault.lock'))).toBe('DISK_FULL');
    fs.rule = undefined;
    // The other version stays where it was; only what was never written is gone.
    expect(await status(desk)).toMatchObject({ state: 'locked' });
    expect(await happenedInFile(desk.vaultPath)).toEqual(['Before the trip', 'From the laptop']);
  });

  it('keeps this version under a name of its own when the other cannot be moved (a sync tool holds it)', async () => {
    const fs = faultyFs();
    await divergedVersions(undefined, fs);
    fs.rule = (step, file) =>
      (step === 'link' || step === 'rename') && file === desk.vaultPath ? 'EBUSY' : undefined;
    expect(failure(await desk.call('vault.keepBoth'))).not.toBeUndefined();
    fs.rule = undefined;
    expect(await happenedInFile(desk.vaultPath)).toEqual(['Before the trip', 'From the laptop']);
    const [kept, ...more] = value(
      (await desk.call('data.otherVersions')) as Result<{ fileName: string }[]>,
    );
    expect(more).toEqual([]);
    expect(kept?.fileName).toMatch(/^journal \(this version .*\)\.askanyway$/);
    expect(await happenedInFile(path.join(desk.folder, kept?.fileName ?? ''))).toEqual([
      'Before the trip',
      'From the desk',
    ]);
    // Still unresolved: saving is refused until the user chooses again.
    expect(failure(await save(desk, 'Not yet'))).toBe('VAULT_CHANGED_ON_DISK');
  });
});

describe('resolving an outside change', () => {
  it('opens the changed file with its own passphrase, changed on the other device', async () => {
    const laptopPassphrase = 'the laptop’s newer passphrase';
    await divergedVersions(async (on) => {
      value(
        await on.call('vault.changePassphrase', {
          current: passphrase,
          next: { passphrase: laptopPassphrase, confirmation: laptopPassphrase },
        }),
      );
    });
    expect(failure(await desk.call('vault.mergeChanged', { passphrase }))).toBe('WRONG_PASSPHRASE');
    value(await desk.call('vault.mergeChanged', { passphrase: laptopPassphrase }));
    // The merged journal is sealed under this device's secrets.
    expect(await happenedInFile(desk.vaultPath)).toEqual([
      'Before the trip',
      'From the desk',
      'From the laptop',
    ]);
  });

  it('is refused when nothing changed, and while locked', async () => {
    desk = await device();
    await createJournal(desk);
    // Its own saves are not someone else's change.
    value(await save(desk, 'Mine'));
    desk.timers.advance(outsideChangeCheckMs);
    await happenedIn(desk);
    expect(desk.events).not.toContain('vault.changedOnDisk');
    expect(failure(await desk.call('vault.mergeChanged', { passphrase }))).toBe('INVALID_REQUEST');
    expect(failure(await desk.call('vault.keepBoth'))).toBe('INVALID_REQUEST');
    value(await desk.call('vault.lock'));
    expect(failure(await desk.call('vault.keepBoth'))).toBe('VAULT_LOCKED');
    expect((await status(desk)).otherVersionKept).toBeUndefined();
  });

  it('writes this journal back when the file was deleted: nothing to merge, both “kept”', async () => {
    desk = await device();
    await createJournal(desk);
    value(await save(desk, 'Still here'));
    rmSync(desk.vaultPath);
    expect(failure(await save(desk, 'Refused'))).toBe('VAULT_CHANGED_ON_DISK');
    expect(failure(await desk.call('vault.mergeChanged', { passphrase }))).toBe('NO_VAULT');
    expect(value(await desk.call('vault.keepBoth'))).toEqual({ otherVersion: null });
    expect(existsSync(desk.vaultPath)).toBe(true);
    expect(await happenedInFile(desk.vaultPath)).toEqual(['Still here']);
  });
});
