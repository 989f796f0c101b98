import type { BoundaryQuestionId } from '../../shared/domain/practice/boundaryCheck.js';
import type { FieldIssue, FieldProblem } from '../../shared/ipc/fieldIssues.js';
import type {
  AppError,
  BackupRef,
  ErrorCode,
  FieldIssues,
  PlainErrorCode,
} from '../../shared/ipc/result.js';

interface CorruptOptions extends ErrorOptions {
  readonly backups?: readonly BackupRef[] | undefined;
}

/** What a failure says beyond its code; its message is log text, kept on the Error. */
type Details =
  | { readonly code: 'INVALID_REQUEST'; readonly issues: FieldIssues }
  | { readonly code: 'BOUNDARY_CHECK_FAILED'; readonly failed: readonly BoundaryQuestionId[] }
  | { readonly code: 'VAULT_CORRUPT'; readonly backups?: readonly BackupRef[] }
  | { readonly code: PlainErrorCode };

/** A field path as log text: `attempt.before.request`, or `request` for the whole. */
const pathText = (path: FieldIssue['path']): string => (path.length ? path.join('.') : 'request');

/** Issues as one log line: `week: not_a_date; id: not_found`. */
const issuesText = (issues: readonly FieldIssue[]): string =>
  issues.map((issue) => `${pathText(issue.path)}: ${issue.problem.kind}`).join('; ');

/**
 * The one error type services throw on purpose. The IPC router turns it into
 * `{ ok: false, error }`; anything else thrown becomes `INTERNAL`. A code with details
 * can only be built with them: INVALID_REQUEST through `invalid` (at least one issue),
 * BOUNDARY_CHECK_FAILED through `boundary`.
 */
export class AppFailure extends Error {
  override readonly name = 'AppFailure';
  private readonly details: Details;

  constructor(code: 'VAULT_CORRUPT', message: string, options?: CorruptOptions);
  /** A plain code, or a code with its details (typed, so INVALID_REQUEST needs issues). */
  constructor(codeOrDetails: PlainErrorCode | Details, message: string, options?: ErrorOptions);
  constructor(
    codeOrDetails: PlainErrorCode | 'VAULT_CORRUPT' | Details,
    message: string,
    options: CorruptOptions = {},
  ) {
    super(message, options);
    if (typeof codeOrDetails !== 'string') this.details = codeOrDetails;
    else if (codeOrDetails === 'VAULT_CORRUPT' && options.backups)
      this.details = { code: codeOrDetails, backups: options.backups };
    else this.details = { code: codeOrDetails };
  }

  /**
   * The request was wrong: one field's problem (`path` as the request holds it), or
   * several. The log message defaults to the paths and kinds.
   */
  static invalid(path: FieldIssue['path'], problem: FieldProblem, logMessage?: string): AppFailure;
  static invalid(issues: FieldIssues, logMessage?: string): AppFailure;
  static invalid(
    pathOrIssues: FieldIssue['path'] | FieldIssues,
    problemOrLog?: FieldProblem | string,
    logMessage?: string,
  ): AppFailure {
    if (typeof problemOrLog === 'object') {
      const issue: FieldIssue = { path: pathOrIssues as FieldIssue['path'], problem: problemOrLog };
      return new AppFailure(
        { code: 'INVALID_REQUEST', issues: [issue] },
        logMessage === undefined ? issuesText([issue]) : `${pathText(issue.path)}: ${logMessage}`,
      );
    }
    const issues = pathOrIssues as FieldIssues;
    return new AppFailure({ code: 'INVALID_REQUEST', issues }, problemOrLog ?? issuesText(issues));
  }

  /** A custom challenge did not pass the boundary check on these questions. */
  static boundary(failed: readonly BoundaryQuestionId[], logMessage?: string): AppFailure {
    return new AppFailure(
      { code: 'BOUNDARY_CHECK_FAILED', failed },
      logMessage ?? `boundary check failed: ${failed.join(', ')}`,
    );
  }

  get code(): ErrorCode {
    return this.details.code;
  }

  /** With VAULT_CORRUPT: the backups that still open, if any were found. */
  get backups(): readonly BackupRef[] | undefined {
    return this.details.code === 'VAULT_CORRUPT' ? this.details.backups : undefined;
  }

  /** The failure as it crosses IPC: its details, and its message as log text. */
  toAppError(): AppError {
    return { ...this.details, message: this.message };
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
