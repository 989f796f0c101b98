import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../../../main/services/appFailure.js';
import {
  recoveryKeyFileName,
  saveRecoveryKeyFile,
} from '../../../../main/services/vault/recoveryKeyFile.js';
import type { UserFiles } from '../../../../main/services/userFiles.js';
import { testUserFiles } from '../../../support/userFiles.js';

const recoveryKey = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH-JKMN-PQRS-TVWX';

let folder: string;
let userFiles: UserFiles;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-key-file-'));
  userFiles = testUserFiles(path.join(folder, 'journal.askanyway'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const failureOf = async (promise: Promise<unknown>): Promise<AppFailure> => {
  const error: unknown = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof AppFailure))
    throw new Error(`expected an AppFailure, got ${String(error)}`);
  return error;
};

const fsError = (code: string) => Object.assign(new Error(code), { code });

describe('saveRecoveryKeyFile', () => {
  it('suggests its file name, writes nothing and reports "not saved" when the dialog is cancelled', async () => {
    const chooseSavePath = vi.fn(() => Promise.resolve(null));
    const save = vi.fn(() => Promise.resolve());
    await expect(
      saveRecoveryKeyFile(recoveryKey, { chooseSavePath, userFiles: { save } }),
    ).resolves.toEqual({ saved: false });
    expect(chooseSavePath).toHaveBeenCalledWith(recoveryKeyFileName);
    expect(save).not.toHaveBeenCalled();
  });

  it('writes the key with what it is for, readable only by its owner', async () => {
    const file = path.join(folder, 'my key.txt');
    const saved = await saveRecoveryKeyFile(recoveryKey, {
      chooseSavePath: () => Promise.resolve(file),
      userFiles,
    });
    expect(saved).toEqual({ saved: true, fileName: 'my key.txt' });
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')).toContain(recoveryKey);
    expect(text).toMatch(/opens your journal if you forget your passphrase/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('makes a file it saves over private too', async () => {
    const file = path.join(folder, 'existing.txt');
    writeFileSync(file, 'old', { mode: 0o644 });
    await saveRecoveryKeyFile(recoveryKey, {
      chooseSavePath: () => Promise.resolve(file),
      userFiles,
    });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toContain(recoveryKey);
  });

  it('turns a path that cannot be written into a typed failure, not a crash', async () => {
    const missingFolder = path.join(folder, 'no such folder', 'key.txt');
    const failure = await failureOf(
      saveRecoveryKeyFile(recoveryKey, {
        chooseSavePath: () => Promise.resolve(missingFolder),
        userFiles,
      }),
    );
    expect(failure.code).toBe('INTERNAL');
    expect(failure.message).toBe('Could not save the recovery key.');
    expect(failure.message).not.toContain(folder);
  });

  it.each([
    ['EACCES', 'PERMISSION_DENIED'],
    ['EROFS', 'PERMISSION_DENIED'],
    ['ENOSPC', 'DISK_FULL'],
  ])('reports %s from the disk as %s', async (errno, code) => {
    const failure = await failureOf(
      saveRecoveryKeyFile(recoveryKey, {
        chooseSavePath: () => Promise.resolve(path.join(folder, 'key.txt')),
        userFiles: { save: () => Promise.reject(fsError(errno)) },
      }),
    );
    expect(failure.code).toBe(code);
  });
});
