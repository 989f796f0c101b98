import type { BoundaryQuestionId } from '../domain/practice/boundaryCheck.js';
import type { FieldIssue } from './fieldIssues.js';

/**
 * The closed set of ways a call across IPC can fail. The renderer maps each code to
 * friendly text in one place (renderer/api/errorText.ts); adding a code here makes
 * that mapping fail to compile until it says something about it.
 */
export const errorCodes = [
  /** The payload did not match the channel's schema, or was hostile; `issues` say where and what. */
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
  /** A folder the journal may not move to: the one it is in, or inside its backups. */
  'FOLDER_NOT_ALLOWED',
  /** The disk has no room left for a write. */
  'DISK_FULL',
  /** The operating system refused to read or write a file. */
  'PERMISSION_DENIED',
  /** A save was pointed at one of the journal's own files (the vault, its lock, a backup, a kept version). */
  'JOURNAL_FILE_TARGET',
  /** A custom challenge failed the boundary check; `failed` lists the questions. */
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

/** Codes that carry details beyond their code; every other code is just a code. */
type DetailedCode = 'INVALID_REQUEST' | 'BOUNDARY_CHECK_FAILED' | 'VAULT_CORRUPT';

/** At least one: an INVALID_REQUEST that names no field would leave the user guessing. */
export type FieldIssues = readonly [FieldIssue, ...FieldIssue[]];

/**
 * An error as it crosses IPC: plain data, typed per code. `message` is log text for
 * developers (it may name fields and schema rules); the renderer never shows it, but says
 * the code in words (`describeError`) and the details beside the fields they are about.
 */
export type AppError =
  | {
      readonly code: 'INVALID_REQUEST';
      readonly message: string;
      /** Which parts of the request were wrong, and how. */
      readonly issues: FieldIssues;
    }
  | {
      readonly code: 'BOUNDARY_CHECK_FAILED';
      readonly message: string;
      /** The questions without their safe answer, in the order they are asked. */
      readonly failed: readonly BoundaryQuestionId[];
    }
  | {
      readonly code: 'VAULT_CORRUPT';
      readonly message: string;
      /** The backups that could replace it, when the failure came from opening it. */
      readonly backups?: readonly BackupRef[];
    }
  | { readonly code: PlainErrorCode; readonly message: string };

/** Codes whose error is just a code and a message. */
export type PlainErrorCode = Exclude<ErrorCode, DetailedCode>;

/** What every IPC call resolves to; calls never reject. */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };
