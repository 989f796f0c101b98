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
  /** The file is not an Ask Anyway vault at all. */
  'NOT_A_VAULT',
  /** The vault was written by a newer version of the app (format or schema). */
  'UNSUPPORTED_VERSION',
  /** The passphrase does not open this vault. */
  'WRONG_PASSPHRASE',
  /** The recovery key does not open this vault. */
  'WRONG_RECOVERY_KEY',
  /** The vault is damaged; `backups` lists the backups that still open. */
  'VAULT_CORRUPT',
  /** Another process (named in the message) has the vault open. */
  'VAULT_IN_USE',
  /** The file on disk is not what this app last wrote (another device, a sync tool). */
  'VAULT_CHANGED_ON_DISK',
  /** The journal is locked: unlock it first. */
  'VAULT_LOCKED',
  /** There is no vault at the configured place yet. */
  'NO_VAULT',
  /** A vault already exists where a new one was to be created. */
  'VAULT_EXISTS',
  /** The disk has no room left for a write. */
  'DISK_FULL',
  /** The operating system refused to read or write a file. */
  'PERMISSION_DENIED',
  /** A custom challenge failed the boundary check; the message says why, one line per question. */
  'BOUNDARY_CHECK_FAILED',
  /** Anything unexpected. The message never carries a stack trace or a secret. */
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** A backup that still opens, offered when the vault itself is damaged. */
export interface BackupRef {
  readonly id: string;
  readonly createdAt: string;
  readonly sizeBytes: number;
}

/** An error as it crosses IPC: plain data, safe to show. */
export interface AppError {
  readonly code: ErrorCode;
  readonly message: string;
  /** With VAULT_CORRUPT: the backups that could replace it. */
  readonly backups?: readonly BackupRef[];
}

/** What every IPC call resolves to; calls never reject. */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };
