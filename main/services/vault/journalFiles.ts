import type { JournalFiles } from '../userFiles.js';
import { backupFolder } from './backups.js';
import { listOtherVersions } from './vaultFile.js';
import type { VaultFs } from './vaultFs.js';
import { lockFileOf } from './vaultLock.js';

/**
 * Every file that is the journal, for saves to refuse: the vault, its lock, the versions
 * kept beside it and the backups folder. Listed at each save, as versions come and go.
 */
export async function journalFilesOf(vaultFs: VaultFs, vaultPath: string): Promise<JournalFiles> {
  const others = await listOtherVersions(vaultFs, vaultPath);
  return {
    files: [vaultPath, lockFileOf(vaultPath), ...others.map((other) => other.path)],
    folders: [backupFolder(vaultPath)],
  };
}
