import type { AppError, BackupRef, ErrorCode } from '../../shared/ipc/result.js';

interface AppFailureOptions extends ErrorOptions {
  readonly backups?: readonly BackupRef[];
}

/**
 * The one error type services throw on purpose. The IPC router turns it into
 * `{ ok: false, error }`; anything else thrown becomes `INTERNAL`.
 */
export class AppFailure extends Error {
  override readonly name = 'AppFailure';
  readonly backups: readonly BackupRef[] | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: AppFailureOptions = {},
  ) {
    super(message, options);
    this.backups = options.backups;
  }

  toAppError(): AppError {
    return this.backups
      ? { code: this.code, message: this.message, backups: this.backups }
      : { code: this.code, message: this.message };
  }
}

/** The errno of a Node file-system error, if it is one. */
export const errnoOf = (error: unknown): string | undefined =>
  (error as NodeJS.ErrnoException | undefined)?.code;

/**
 * Turns a file-system error into the typed failure the user can act on, so a full disk
 * or a locked folder reads as such instead of as a crash.
 */
export function failureFromFsError(error: unknown, doing: string): AppFailure {
  if (error instanceof AppFailure) return error;
  const code = errnoOf(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppFailure('DISK_FULL', `The disk is full: could not ${doing}.`, { cause: error });
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new AppFailure('PERMISSION_DENIED', `Permission denied: could not ${doing}.`, {
      cause: error,
    });
  }
  return new AppFailure('INTERNAL', `Could not ${doing}.`, { cause: error });
}
