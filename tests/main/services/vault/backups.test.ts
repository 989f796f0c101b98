import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupFolder,
  keepAsBackup,
  listBackups,
  pruneBackups,
} from '../../../../main/services/vault/backups.js';
import { nodeVaultFs } from '../../../../main/services/vault/vaultFs.js';

let folder: string;
let vaultPath: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-backups-'));
  vaultPath = path.join(folder, 'journal.askanyway');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/**
 * Writes the vault as `content` and keeps it as a backup at `at`, as a compaction does: a
 * new file each time, never the old one written over (the backup may be a hard link).
 */
async function backUp(content: string, at: string): Promise<void> {
  rmSync(vaultPath, { force: true });
  writeFileSync(vaultPath, content);
  await keepAsBackup(nodeVaultFs, vaultPath, new Date(at));
}
/** What each listed backup holds, newest first. */
const listedContents = async () =>
  Promise.all(
    (await listBackups(nodeVaultFs, vaultPath)).map(async (backup) =>
      (await nodeVaultFs.readFile(backup.path)).toString(),
    ),
  );

describe('backup generations', () => {
  it('order by the order they were made, not by the clock, so a clock set back prunes the oldest', async () => {
    await backUp('first', '2026-11-25T12:00:00.000Z');
    await backUp('second', '2026-11-25T13:00:00.000Z');
    // The clock goes back a month (a dead battery, a change by hand).
    await backUp('third', '2026-10-25T09:00:00.000Z');
    expect(await listedContents()).toEqual(['third', 'second', 'first']);
    const listed = await listBackups(nodeVaultFs, vaultPath);
    expect(listed.map((backup) => backup.generation)).toEqual([3, 2, 1]);
    expect(listed[0]?.createdAt).toBe('2026-10-25T09:00:00.000Z');

    await pruneBackups(nodeVaultFs, vaultPath, 2);
    expect(await listedContents()).toEqual(['third', 'second']);
  });

  it('takes backups named before generations as older than any numbered one', async () => {
    mkdirSync(backupFolder(vaultPath), { recursive: true });
    writeFileSync(path.join(backupFolder(vaultPath), '2026-12-01T10-00-00-000Z.askanyway'), 'old');
    writeFileSync(
      path.join(backupFolder(vaultPath), '2026-11-01T10-00-00-000Z.askanyway'),
      'older',
    );
    await backUp('numbered', '2026-11-25T12:00:00.000Z');
    expect(await listedContents()).toEqual(['numbered', 'old', 'older']);
    const listed = await listBackups(nodeVaultFs, vaultPath);
    expect(listed.map((backup) => backup.generation)).toEqual([1, 0, 0]);
  });
});
