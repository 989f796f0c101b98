import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupFolder } from '../../../../main/services/vault/backups.js';
import {
  finishInterruptedMove,
  moveVault,
  type MoveDeps,
} from '../../../../main/services/vault/moveVault.js';
import { acquireVaultLock } from '../../../../main/services/vault/vaultLock.js';
import { faultyFs } from '../../../support/faultyFs.js';
import { memoryJournalLocation } from '../../../support/memoryJournalLocation.js';
import { insertAttempt, vaultFixture, type VaultFixture } from '../../../support/vaultFixture.js';

const passphrase = 'correct horse battery staple';
const journalName = 'journal.askanyway';
const otherVersionName = 'journal (other version 2026-11-26 03-40-12).askanyway';
const attemptIds = ['a1', 'a2', 'a3'];

/**
 * A journal with three attempts, backups and another version kept beside it, made once;
 * each case gets its own copy of the folder (`home/`) and an empty `elsewhere/`.
 */
let fixture: VaultFixture;
let backupCount: number;

beforeAll(async () => {
  fixture = await vaultFixture();
  const { vault } = await fixture.create(passphrase);
  for (const id of attemptIds) {
    await insertAttempt(vault, id);
    await vault.compact();
  }
  await vault.lock('manual');
  cpSync(fixture.vaultPath, path.join(fixture.folder, otherVersionName));
  backupCount = readdirSync(backupFolder(fixture.vaultPath)).length;
});
afterAll(() => fixture.cleanup());

interface Case {
  readonly root: string;
  readonly from: string;
  readonly elsewhere: string;
  readonly to: string;
  readonly fs: ReturnType<typeof faultyFs>;
  readonly location: ReturnType<typeof memoryJournalLocation>;
  readonly deps: MoveDeps;
}

function newCase(): Case {
  const root = mkdtempSync(path.join(tmpdir(), 'ask-anyway-move-'));
  const home = path.join(root, 'home');
  cpSync(fixture.folder, home, { recursive: true });
  const elsewhere = path.join(root, 'elsewhere');
  mkdirSync(elsewhere);
  const fs = faultyFs();
  const from = path.join(home, journalName);
  const location = memoryJournalLocation(from);
  return {
    root,
    from,
    elsewhere,
    to: path.join(elsewhere, journalName),
    fs,
    location,
    deps: { fs, location, hash: (data) => fixture.sodium.hash(data) },
  };
}

/** The attempts the journal at `vaultPath` holds, opened as the app opens it. */
async function attemptsAt(vaultPath: string): Promise<string[]> {
  const vault = fixture.service({ vaultPath });
  await vault.unlock(passphrase);
  const ids = vault.read
    .all<{ id: string }>('SELECT id FROM attempts ORDER BY id')
    .map((row) => row.id);
  await vault.lock('quit');
  return ids;
}

/** Whatever of a journal's files is at `vaultPath`'s folder. */
function journalFilesBeside(vaultPath: string): string[] {
  const folder = path.dirname(vaultPath);
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.includes('journal')) : [];
}

/** The journal, its backups and its other version are in exactly one place, the remembered one. */
async function expectInOnePlace(c: Case): Promise<void> {
  const here = c.location.vaultPath();
  expect([c.from, c.to]).toContain(here);
  const gone = here === c.from ? c.to : c.from;
  expect(c.location.pendingMove()).toBeUndefined();
  expect(journalFilesBeside(gone)).toEqual([]);
  expect(journalFilesBeside(here).sort()).toEqual(
    [journalName, otherVersionName, `${journalName}.backups`].sort(),
  );
  const backups = readdirSync(backupFolder(here)).filter((name) => name.endsWith('.askanyway'));
  expect(backups).toHaveLength(backupCount);
  expect(await attemptsAt(here)).toEqual(attemptIds);
}

describe('moving the journal to another folder', () => {
  it('carries the journal, its backups and its other versions, and switches the remembered path', async () => {
    const c = newCase();
    await expect(moveVault(c.deps, c.from, c.elsewhere)).resolves.toBe(c.to);
    expect(c.location.vaultPath()).toBe(c.to);
    await expectInOnePlace(c);
    expect(existsSync(`${c.from}.lock`)).toBe(false);
    rmSync(c.root, { recursive: true, force: true });
  });

  it.each([
    ['the folder it is in', (c: Case) => path.dirname(c.from)],
    ['its backups folder', (c: Case) => backupFolder(c.from)],
    [
      'a folder inside its backups folder',
      (c: Case) => {
        const inside = path.join(backupFolder(c.from), 'inside');
        mkdirSync(inside);
        return inside;
      },
    ],
  ])('refuses %s, writing nothing', async (_, folderOf) => {
    const c = newCase();
    await expect(moveVault(c.deps, c.from, folderOf(c))).rejects.toMatchObject({
      code: 'FOLDER_NOT_ALLOWED',
    });
    expect(c.location.pendingMove()).toBeUndefined();
    await expectInOnePlace(c);
    rmSync(c.root, { recursive: true, force: true });
  });

  it.each([
    ['a journal', journalName],
    ['a journal’s backups', `${journalName}.backups`],
    ['another version of a journal', otherVersionName],
  ])('refuses a folder that already holds %s, touching nothing there', async (_, name) => {
    const c = newCase();
    writeFileSync(path.join(c.elsewhere, name), 'theirs');
    await expect(moveVault(c.deps, c.from, c.elsewhere)).rejects.toMatchObject({
      code: 'VAULT_EXISTS',
    });
    expect(readdirSync(c.elsewhere)).toEqual([name]);
    expect(c.location.vaultPath()).toBe(c.from);
    rmSync(c.root, { recursive: true, force: true });
  });

  it('refuses while another program holds the journal’s lock', async () => {
    const c = newCase();
    const held = await acquireVaultLock(c.fs, c.from);
    await expect(moveVault(c.deps, c.from, c.elsewhere)).rejects.toMatchObject({
      code: 'VAULT_IN_USE',
    });
    await held.release();
    expect(readdirSync(c.elsewhere)).toEqual([]);
    await expectInOnePlace(c);
    rmSync(c.root, { recursive: true, force: true });
  });
});

describe('a move whose old files would not go', () => {
  it.each([
    ['the old file left behind', (c: Case) => c.from],
    ['another journal', (c: Case) => path.join(c.root, 'third.askanyway')],
  ])(
    'never removes the moved journal when %s was opened before the next start',
    async (_, opened) => {
      const c = newCase();
      // The old journal file is held (an antivirus scan, say): the move switches, and its
      // old files stay, the move still noted as pending.
      c.fs.rule = (step, file) => (step === 'unlink' && file === c.from ? 'EBUSY' : undefined);
      await moveVault(c.deps, c.from, c.elsewhere);
      c.fs.rule = undefined;
      expect(c.location.pendingMove()).toEqual({ from: c.from, to: c.to, switched: true });
      // The user opens the old file left behind, or any other journal, and restarts.
      c.location.setVaultPath(opened(c));

      await finishInterruptedMove(c.deps);
      expect(c.location.pendingMove()).toBeUndefined();
      expect(await attemptsAt(c.to)).toEqual(attemptIds);
      expect(existsSync(c.from)).toBe(true);
      rmSync(c.root, { recursive: true, force: true });
    },
  );
});

describe('a move interrupted at any file-system step', () => {
  /** How many file-system calls a whole move makes, each a place to fail or crash. */
  let steps = 0;
  beforeAll(async () => {
    const c = newCase();
    c.fs.rule = () => {
      steps += 1;
      return undefined;
    };
    await moveVault(c.deps, c.from, c.elsewhere);
    rmSync(c.root, { recursive: true, force: true });
    expect(steps).toBeGreaterThan(20);
  });

  /**
   * Runs a move whose `failAt`-th call fails; a crash also fails every call and every
   * preference write after it, as a dead process does nothing more. Then the next start:
   * the crashed process's lock file is stale (its pid is gone; vaultLock.test.ts), and
   * the interrupted move is finished.
   */
  async function interrupt(failAt: number, crash: boolean): Promise<Case> {
    const c = newCase();
    let call = 0;
    c.fs.rule = () => {
      call += 1;
      if (crash && call >= failAt) c.location.failWrites = true;
      return call === failAt || (crash && call > failAt) ? 'EIO' : undefined;
    };
    await moveVault(c.deps, c.from, c.elsewhere).catch(() => undefined);
    expect(call).toBeGreaterThanOrEqual(failAt);

    c.fs.rule = undefined;
    c.location.failWrites = false;
    rmSync(`${c.from}.lock`, { force: true });
    await finishInterruptedMove(c.deps);
    return c;
  }

  it('leaves the journal whole in exactly one place, which the preference names, after each failed step', async () => {
    for (let failAt = 1; failAt <= steps; failAt += 1) {
      const c = await interrupt(failAt, false);
      await expectInOnePlace(c).catch((error: unknown) => {
        throw new Error(`failing call ${failAt} of ${steps}: ${String(error)}`);
      });
      rmSync(c.root, { recursive: true, force: true });
    }
  });

  it('leaves the journal whole in exactly one place, which the preference names, after a crash at each step', async () => {
    const places = new Set<string>();
    for (let failAt = 1; failAt <= steps; failAt += 1) {
      const c = await interrupt(failAt, true);
      await expectInOnePlace(c).catch((error: unknown) => {
        throw new Error(`crash at call ${failAt} of ${steps}: ${String(error)}`);
      });
      places.add(c.location.vaultPath() === c.from ? 'old' : 'new');
      rmSync(c.root, { recursive: true, force: true });
    }
    // Crashes before the switch keep the old place; crashes after it the new one.
    expect([...places].sort()).toEqual(['new', 'old']);
  });
});
