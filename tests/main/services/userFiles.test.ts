import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UserFiles } from '../../../main/services/userFiles.js';
import { backupFolder } from '../../../main/services/vault/backups.js';
import { lockFileOf } from '../../../main/services/vault/vaultLock.js';
import { faultyFs, type FsStep } from '../../support/faultyFs.js';
import { testUserFiles } from '../../support/userFiles.js';

let folder: string;
let vaultPath: string;
let fs: ReturnType<typeof faultyFs>;
let userFiles: UserFiles;

/** The journal's files as the app leaves them: the vault, its lock, a kept version, a backup. */
const journalFiles = () => {
  const backups = backupFolder(vaultPath);
  const backup = path.join(backups, '00000001-2026-11-25T12-00-00-000Z.askanyway');
  const otherVersion = path.join(folder, 'journal (other version 2026-11-25 12-00-00).askanyway');
  return { vault: vaultPath, lock: lockFileOf(vaultPath), otherVersion, backups, backup };
};

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-user-files-'));
  vaultPath = path.join(folder, 'journal.askanyway');
  const files = journalFiles();
  mkdirSync(files.backups, { mode: 0o700 });
  for (const file of [files.vault, files.lock, files.otherVersion, files.backup]) {
    writeFileSync(file, `the journal’s own ${path.basename(file)}`, { mode: 0o600 });
  }
  fs = faultyFs();
  userFiles = testUserFiles(vaultPath, fs);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Every file under the test folder with its contents: what a refused or failed save must not change. */
const everything = (): Record<string, string> => {
  const found: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) found[path.relative(folder, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(folder);
  return found;
};

const failAt = (step: FsStep, code: string) => {
  fs.rule = (at) => (at === step ? code : undefined);
};

describe('saving a file the user chose', () => {
  it('creates it readable by its owner only, with no temp file left beside it', async () => {
    const target = path.join(folder, 'export.md');
    await userFiles.save(target, '# My journal\n');
    expect(readFileSync(target, 'utf8')).toBe('# My journal\n');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces an older file with a new private one, never writing into the old one', async () => {
    const target = path.join(folder, 'report.html');
    writeFileSync(target, 'old report', { mode: 0o644 });
    // A second name for the old file: a write in place (then a chmod) would show through it.
    const oldFile = path.join(folder, 'old name for the report');
    linkSync(target, oldFile);

    await userFiles.save(target, new TextEncoder().encode('new report'));
    expect(readFileSync(target, 'utf8')).toBe('new report');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readFileSync(oldFile, 'utf8')).toBe('old report');
    expect(statSync(oldFile).mode & 0o777).toBe(0o644);
  });

  it.each([
    ['handle.write', 'ENOSPC'],
    ['handle.sync', 'EIO'],
    ['rename', 'EIO'],
  ] as const)(
    'a save failing at %s (%s) leaves the old file as it was and no temp file',
    async (step, errno) => {
      const target = path.join(folder, 'export.json');
      writeFileSync(target, 'the export from last week', { mode: 0o600 });
      const before = everything();
      failAt(step, errno);
      await expect(userFiles.save(target, '{"new":true}')).rejects.toMatchObject({ code: errno });
      fs.rule = undefined;
      expect(everything()).toEqual(before);
    },
  );
});

describe('the journal’s own files', () => {
  it.each(['vault', 'lock', 'otherVersion', 'backup'] as const)(
    'refuses to save over the %s, and changes nothing',
    async (which) => {
      const before = everything();
      await expect(userFiles.save(journalFiles()[which], 'an export')).rejects.toMatchObject({
        code: 'JOURNAL_FILE_TARGET',
      });
      expect(everything()).toEqual(before);
    },
  );

  it('refuses a new file inside the backups folder, and the folder itself for a CSV export', async () => {
    const { backups } = journalFiles();
    await expect(userFiles.save(path.join(backups, 'export.md'), 'x')).rejects.toMatchObject({
      code: 'JOURNAL_FILE_TARGET',
    });
    await expect(userFiles.makeFolder(backups)).rejects.toMatchObject({
      code: 'JOURNAL_FILE_TARGET',
    });
    expect(readdirSync(backups)).toEqual([path.basename(journalFiles().backup)]);
  });

  it('sees the vault through a symbolic link, a linked folder and a hard link', async () => {
    const before = everything();
    const viaSymlink = path.join(folder, 'shortcut.md');
    symlinkSync(vaultPath, viaSymlink);
    const linkedFolder = path.join(folder, 'same folder');
    symlinkSync(folder, linkedFolder);
    const viaHardLink = path.join(folder, 'hard link.md');
    linkSync(vaultPath, viaHardLink);

    for (const target of [viaSymlink, path.join(linkedFolder, 'journal.askanyway'), viaHardLink]) {
      await expect(userFiles.save(target, 'an export')).rejects.toMatchObject({
        code: 'JOURNAL_FILE_TARGET',
      });
    }
    expect(readFileSync(vaultPath, 'utf8')).toBe(before['journal.askanyway']);
  });

  it('saves beside the journal under any other name', async () => {
    const target = path.join(folder, 'journal export.md');
    await userFiles.save(target, 'an export');
    await userFiles.makeFolder(path.join(folder, 'csv'));
    expect(readFileSync(target, 'utf8')).toBe('an export');
    expect(statSync(path.join(folder, 'csv')).mode & 0o777).toBe(0o700);
  });
});
