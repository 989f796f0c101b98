import type { AppError, ErrorCode } from '../../shared/ipc/result.js';

/**
 * The one error type services throw on purpose. The IPC router turns it into
 * `{ ok: false, error }`; anything else thrown becomes `INTERNAL`.
 */
export class AppFailure extends Error {
  override readonly name = 'AppFailure';

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }

  toAppError(): AppError {
    return { code: this.code, message: this.message };
  }
}

/**
 * Turns a file-system error into the typed failure the user can act on, so a full disk
 * or a locked folder reads as such instead of as a crash.
 */
export function failureFromFsError(error: unknown, doing: string): AppFailure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
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
