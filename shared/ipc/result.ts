/**
 * The closed set of ways a call across IPC can fail. The renderer maps each code to
 * friendly text in one place (renderer/api/errorText.ts); adding a code here makes
 * that mapping fail to compile until it says something about it.
 */
export const errorCodes = [
  /** The payload did not match the channel's schema, or was hostile (huge, deep, polluted). */
  'INVALID_REQUEST',
  /** The call did not come from the app's own renderer. */
  'FORBIDDEN_SENDER',
  /** The channel is not part of the contract. */
  'UNKNOWN_CHANNEL',
  /** The disk has no room left for a write. */
  'DISK_FULL',
  /** The operating system refused to read or write a file. */
  'PERMISSION_DENIED',
  /** Anything unexpected. The message never carries a stack trace or a secret. */
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** An error as it crosses IPC: plain data, safe to show. */
export interface AppError {
  readonly code: ErrorCode;
  readonly message: string;
}

/** What every IPC call resolves to; calls never reject. */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };
