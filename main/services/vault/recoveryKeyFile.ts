import path from 'node:path';
import type { SavedFile } from '../../../shared/domain/vault.js';
import { failureFromFsError } from '../appFailure.js';
import type { ChooseSavePath, UserFiles } from '../userFiles.js';

/** The name the save dialog suggests. */
export const recoveryKeyFileName = 'Ask Anyway recovery key.txt';

/** What the saved file says: the key, and what it is for, for whoever finds it later. */
export function recoveryKeyFileText(recoveryKey: string): string {
  return [
    'Ask Anyway — recovery key',
    '',
    recoveryKey,
    '',
    'This key opens your journal if you forget your passphrase.',
    'Anyone who has it and your journal file can read your journal: keep it somewhere',
    'safe and private (on paper or in a password manager), then delete this file.',
    '',
  ].join('\n');
}

/**
 * Asks where to save the recovery key and writes it there as plain text (mode 0600),
 * never over the journal's own files.
 * Cancelling writes nothing and is not an error; a file that cannot be written is a
 * typed failure (DISK_FULL, PERMISSION_DENIED, or INTERNAL).
 */
export async function saveRecoveryKeyFile(
  recoveryKey: string,
  ports: { chooseSavePath: ChooseSavePath; userFiles: Pick<UserFiles, 'save'> },
): Promise<SavedFile> {
  const filePath = await ports.chooseSavePath(recoveryKeyFileName);
  if (filePath === null) return { saved: false };
  try {
    await ports.userFiles.save(filePath, recoveryKeyFileText(recoveryKey));
  } catch (error) {
    throw failureFromFsError(error, 'save the recovery key');
  }
  return { saved: true, fileName: path.basename(filePath) };
}
