import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../main/core.js';
import type { ChooseSavePath } from '../../../main/services/userFiles.js';
import type { Caller } from '../../../main/ipc/router.js';
import { recordingLog } from '../../support/recordingLog.js';
import { testCorePorts } from '../../support/testCore.js';

const app: Caller = { url: 'app://ask-anyway/index.html', isMainFrame: true };
const recoveryKey = '0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ-0123-4567-89AB-CDEF-GHJK';

let folder: string;
let answer: string | null;
let core: Core;
let log: ReturnType<typeof recordingLog>;
beforeEach(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-save-key-'));
  log = recordingLog();
  const chooseSavePath: ChooseSavePath = () => Promise.resolve(answer);
  core = createCore(await testCorePorts(folder, { chooseSavePath, log }));
});
afterEach(() => {
  core.stop();
  rmSync(folder, { recursive: true, force: true });
});

const save = (payload: unknown) => core.router('vault.saveRecoveryKey', payload, app);

describe('vault.saveRecoveryKey', () => {
  it('writes nothing and answers "not saved" when the user cancels the dialog', async () => {
    answer = null;
    await expect(save({ recoveryKey })).resolves.toEqual({ ok: true, value: { saved: false } });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('writes the key where the user chose and names the file, not its folder', async () => {
    answer = path.join(folder, 'key.txt');
    await expect(save({ recoveryKey })).resolves.toEqual({
      ok: true,
      value: { saved: true, fileName: 'key.txt' },
    });
    expect(readFileSync(answer, 'utf8')).toContain(recoveryKey);
  });

  it('answers a path it cannot write with a typed error that tells nothing of the path', async () => {
    answer = path.join(folder, 'missing', 'key.txt');
    const result = await save({ recoveryKey });
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Could not save the recovery key.' },
    });
    expect(log.entries).toHaveLength(1);
  });

  it.each([
    ['text that is not a key', { recoveryKey: 'rm -rf ~' }],
    ['a key in lower case', { recoveryKey: recoveryKey.toLowerCase() }],
    ['a key with a letter the alphabet leaves out', { recoveryKey: recoveryKey.replace('0', 'O') }],
    ['an extra field', { recoveryKey, path: '/etc/passwd' }],
  ])('refuses %s before asking where to save', async (_name, payload) => {
    answer = path.join(folder, 'key.txt');
    const result = await save(payload);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('INVALID_REQUEST');
    expect(existsSync(answer)).toBe(false);
  });
});
