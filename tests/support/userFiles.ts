import { createUserFiles, type UserFiles } from '../../main/services/userFiles.js';
import { journalFilesOf } from '../../main/services/vault/journalFiles.js';
import { nodeVaultFs, type VaultFs } from '../../main/services/vault/vaultFs.js';

/** The user's files as the core builds them, guarding the vault at `vaultPath`. */
export const testUserFiles = (vaultPath: string, fs: VaultFs = nodeVaultFs): UserFiles =>
  createUserFiles({ fs, journalFiles: () => journalFilesOf(fs, vaultPath) });
