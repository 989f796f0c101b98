import type { AppError, ErrorCode } from '../../shared/ipc/result.js';

/** What each error means to the person using the app. */
const errorText: Record<ErrorCode, string> = {
  INVALID_REQUEST: 'That value is not one the app can accept.',
  FORBIDDEN_SENDER: 'The app refused a request that did not come from its own window.',
  UNKNOWN_CHANNEL: 'The app does not know how to do that yet.',
  NOT_A_VAULT: 'That file is not an Ask Anyway journal.',
  UNSUPPORTED_VERSION:
    'This journal was written by a newer version of Ask Anyway. Update the app to open it; nothing was changed.',
  WRONG_PASSPHRASE: 'That passphrase does not open this journal. Check Caps Lock and try again.',
  WRONG_RECOVERY_KEY: 'That recovery key does not open this journal. Check each group of four.',
  VAULT_CORRUPT:
    'The journal file is damaged and cannot be opened as it is. You can restore one of its backups.',
  VAULT_IN_USE:
    'The journal is open in another Ask Anyway window or program. Close it there, then try again.',
  VAULT_CHANGED_ON_DISK:
    'The journal file was changed by something else (another computer or a sync tool), so Ask Anyway did not save over it. Choose above whether to merge the two versions or keep both, then save again.',
  VAULT_LOCKED: 'The journal is locked. Unlock it to continue.',
  NO_VAULT: 'There is no journal here yet.',
  VAULT_EXISTS: 'A journal already exists here.',
  FOLDER_NOT_ALLOWED:
    'The journal cannot move to that folder: choose one other than the folder it is in now, and outside its backups folder.',
  DISK_FULL: 'Your disk is full, so nothing could be saved. Free some space and try again.',
  PERMISSION_DENIED:
    'Your computer would not let Ask Anyway save its files. Check the data folder’s permissions.',
  JOURNAL_FILE_TARGET:
    'That is one of the journal’s own files (the journal, a backup or a kept version), so nothing was saved there. Choose another name or folder.',
  BOUNDARY_CHECK_FAILED:
    'This challenge crosses someone’s boundaries, so it was not saved. Change it and check again.',
  INTERNAL: 'Something went wrong inside the app. Your data is as it was before.',
};

/** The one place error codes become words. */
export function describeError(error: AppError): string {
  return describeErrorCode(error.code);
}

/** The words for a code alone, when main kept only the code (a move that failed after a reload). */
export function describeErrorCode(code: ErrorCode): string {
  return errorText[code];
}
