import { latestSchemaVersion } from '../../../main/services/database/migrations/index.js';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertAttempt, vaultFixture, type VaultFixture } from '../../support/vaultFixture.js';

const cli = path.resolve('main/cli/vaultCli.ts');

/** Runs the tool as a user would, with secrets only in the environment or on stdin. */
function vault(
  args: string[],
  { env = {}, input = '' }: { env?: Record<string, string>; input?: string } = {},
) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    input,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let fixture: VaultFixture;
beforeEach(async () => {
  fixture = await vaultFixture();
});
afterEach(() => fixture.cleanup());

describe('npm run vault', () => {
  it('documents every command in --help', () => {
    const { status, stdout } = vault(['--help']);
    expect(status).toBe(0);
    for (const command of [
      'create',
      'info',
      'verify',
      'change-passphrase',
      'export-sqlite',
      'backups',
      '--vault',
      '--json',
    ]) {
      expect(stdout).toContain(command);
    }
    expect(stdout).toMatch(/never taken from arguments/);
  });

  it('creates a vault from a passphrase on stdin and prints the recovery key on a line of its own', () => {
    const file = path.join(fixture.folder, 'new.askanyway');
    const { status, stdout } = vault(['create', '--vault', file], { input: 'typed on stdin\n' });
    expect(status).toBe(0);
    const keyLine = stdout.split('\n').find((line) => /^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/.test(line));
    expect(keyLine).toBeDefined();
    const info = JSON.parse(vault(['info', '--vault', file, '--json']).stdout) as {
      kdf: object;
      ok: boolean;
    };
    expect(info).toMatchObject({ ok: true, kdf: { opslimit: 3, memlimitKiB: 128 * 1024 } });
    const opened = vault(['verify', '--vault', file, '--json'], {
      env: { ASK_ANYWAY_PASSPHRASE: 'typed on stdin' },
    });
    expect(JSON.parse(opened.stdout)).toMatchObject({
      ok: true,
      opened: true,
      integrity: 'ok',
      attempts: 0,
    });
  });

  it('verifies with the passphrase from the environment, and names the error code when it is wrong', async () => {
    const { vault: service } = await fixture.create('pass');
    await insertAttempt(service, 'v1');
    await service.lock('manual');
    const ok = vault(['verify', '--vault', fixture.vaultPath, '--json'], {
      env: { ASK_ANYWAY_PASSPHRASE: 'pass' },
    });
    expect(JSON.parse(ok.stdout)).toMatchObject({
      ok: true,
      integrity: 'ok',
      attempts: 1,
      schemaVersion: latestSchemaVersion,
    });

    const wrong = vault(['verify', '--vault', fixture.vaultPath], {
      env: { ASK_ANYWAY_PASSPHRASE: 'nope' },
    });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/WRONG_PASSPHRASE/);
    const wrongJson = vault(['verify', '--vault', fixture.vaultPath, '--json'], {
      env: { ASK_ANYWAY_PASSPHRASE: 'nope' },
    });
    expect(JSON.parse(wrongJson.stdout)).toEqual({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: expect.any(String) as unknown },
    });
  });

  it('never writes while verifying: the file and its log stay as they are', async () => {
    const { vault: service } = await fixture.create('pass');
    await insertAttempt(service, 'v1');
    // Still open in this process: a reader needs no lock and takes none.
    const before = readFileSync(fixture.vaultPath);
    const mtime = statSync(fixture.vaultPath).mtimeMs;
    const result = vault(['verify', '--vault', fixture.vaultPath, '--json'], {
      env: { ASK_ANYWAY_PASSPHRASE: 'pass' },
    });
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, attempts: 1, logRecords: 1 });
    expect(readFileSync(fixture.vaultPath)).toEqual(before);
    expect(statSync(fixture.vaultPath).mtimeMs).toBe(mtime);
  });

  it('exports a plain SQLite file only when asked, with a warning, and never over an existing file', async () => {
    const { vault: service } = await fixture.create('pass');
    await insertAttempt(service, 'e1', 'exported words');
    await service.lock('manual');
    const out = path.join(fixture.folder, 'plain.sqlite');
    const result = vault(['export-sqlite', out, '--vault', fixture.vaultPath], { input: 'pass\n' });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/NOT encrypted/);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 15).toString()).toBe('SQLite format 3');
    expect(bytes.includes('exported words')).toBe(true);
    expect(statSync(out).mode & 0o777).toBe(0o600);

    const again = vault(['export-sqlite', out, '--vault', fixture.vaultPath], { input: 'pass\n' });
    expect(again.status).toBe(2);
  });

  it('changes the passphrase (current, then new, on stdin) and prints the new recovery key', async () => {
    const { vault: service, recoveryKey } = await fixture.create('old');
    await service.lock('manual');
    const result = vault(['change-passphrase', '--vault', fixture.vaultPath, '--json'], {
      input: 'old\nnew\n',
    });
    const printed = JSON.parse(result.stdout) as { ok: boolean; recoveryKey: string };
    expect(printed.ok).toBe(true);
    expect(printed.recoveryKey.replace(/-/g, '')).not.toBe(recoveryKey);
    await fixture.service().unlock('new');
  });

  it('resets a forgotten passphrase with the recovery key from the environment', async () => {
    const { vault: service, recoveryKey } = await fixture.create('forgotten');
    await service.lock('manual');
    const result = vault(['change-passphrase', '--vault', fixture.vaultPath], {
      env: { ASK_ANYWAY_RECOVERY_KEY: recoveryKey, ASK_ANYWAY_NEW_PASSPHRASE: 'fresh' },
    });
    expect(result.status).toBe(0);
    await fixture.service().unlock('fresh');
  });

  it('lists the backups and refuses unknown commands and missing secrets with usage errors', async () => {
    const { vault: service } = await fixture.create('pass');
    await service.compact();
    await service.lock('manual');
    const listed = JSON.parse(
      vault(['backups', '--vault', fixture.vaultPath, '--json']).stdout,
    ) as { backups: { status: string }[] };
    expect(listed.backups.map((backup) => backup.status)).toEqual(['intact']);
    expect(vault(['launch']).status).toBe(2);
    const noSecret = vault([
      'export-sqlite',
      path.join(fixture.folder, 'x.sqlite'),
      '--vault',
      fixture.vaultPath,
    ]);
    expect(noSecret.status).toBe(2);
    expect(noSecret.stderr).toMatch(/ASK_ANYWAY_PASSPHRASE/);
    expect(existsSync(path.join(fixture.folder, 'x.sqlite'))).toBe(false);
  });
});
