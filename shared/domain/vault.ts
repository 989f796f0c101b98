import { z } from 'zod';

/**
 * Why the journal locked itself (or was locked), shown when it asks to be unlocked.
 * `crash`: the window's page died, or main met an error it did not expect.
 * `window-closed`: the window was closed while the app keeps running in the tray.
 */
export const lockReasons = [
  'manual',
  'idle',
  'suspend',
  'screen-lock',
  'quit',
  'crash',
  'window-closed',
] as const;
export type LockReason = (typeof lockReasons)[number];

/** Names one request to save drafts before a lock, so a late answer to an earlier one is not taken for it. */
export const lockRequestIdSchema = z.number().int().positive();

/** A passphrase as typed. Long passphrases are welcome; a novel is not a passphrase. */
export const passphraseSchema = z
  .string()
  .max(1024)
  .refine((value) => value.trim().length > 0, 'a passphrase cannot be empty');

/** A new passphrase, typed twice so a typo cannot lock the user out. */
export const newPassphraseSchema = z
  .strictObject({ passphrase: passphraseSchema, confirmation: z.string().max(1024) })
  .refine((value) => value.passphrase === value.confirmation, {
    message: 'the two passphrases are not the same',
    path: ['confirmation'],
  });

/** A recovery key as typed: 52 characters plus any spaces or hyphens. */
export const recoveryKeyInputSchema = z.string().min(1).max(200);

export const vaultStates = ['absent', 'locked', 'unlocked'] as const;
export type VaultState = (typeof vaultStates)[number];

/**
 * Saves made on this computer that the journal file did not hold when it was unlocked
 * (it was cut short, or replaced by an older copy): `count` of them, made after `after`
 * (the last one the file has; `null` when it has none) and up to `upTo`.
 */
export const missingSavesSchema = z.strictObject({
  count: z.number().int().positive(),
  after: z.string().nullable(),
  upTo: z.string(),
});
export type MissingSavesView = z.infer<typeof missingSavesSchema>;

/** The notices of the record the user dismisses once read (`vault.dismissNotice`). */
export const recordNotices = ['missing-saves', 'damaged-copies'] as const;
export type RecordNotice = (typeof recordNotices)[number];

/** Where the journal is and whether it is open. */
export const vaultStatusSchema = z.strictObject({
  state: z.enum(vaultStates),
  path: z.string(),
  lockedBecause: z.enum(lockReasons).exactOptional(),
  /**
   * Unlocked, and the file was changed by someone else (another device, a sync tool):
   * nothing is saved until the user merges the two versions or keeps both.
   */
  changedOnDisk: z.literal(true).exactOptional(),
  /**
   * Locked, and the lock found the file changed by someone else: both versions were
   * kept, the other one beside the journal under this file name.
   */
  otherVersionKept: z.string().exactOptional(),
  /** Unlocked, and saves made on this computer are missing from the file, until dismissed. */
  missingSaves: missingSavesSchema.exactOptional(),
  /**
   * Unlocked, and an unlock had to leave out the file's unreadable last change: copies of
   * the file as it was, kept in the backups folder under these names until dismissed.
   */
  damagedCopies: z.array(z.string()).min(1).exactOptional(),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;

/** A recovery key to show once, as groups of four joined by hyphens. */
export const issuedRecoveryKeySchema = z.strictObject({ recoveryKey: z.string() });

/**
 * A recovery key exactly as the app shows it: 13 groups of four Crockford base32
 * characters joined by hyphens. Only this may be saved to a file, so a page can never
 * use the save to write text of its own choosing.
 */
export const shownRecoveryKeySchema = z
  .string()
  .regex(/^([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}$/, 'not a recovery key as shown');

/** How long a copied recovery key stays on the clipboard before main clears it (if still there). */
export const recoveryKeyClipboardSeconds = 60;

/** Saving a file the user may decline: a cancelled dialog is an answer, not an error. */
export const savedFileSchema = z.discriminatedUnion('saved', [
  z.strictObject({ saved: z.literal(false) }),
  z.strictObject({ saved: z.literal(true), fileName: z.string() }),
]);
export type SavedFile = z.infer<typeof savedFileSchema>;

/** The recovery key of a vault not yet written, and which groups the user must type back. */
export const preparedVaultSchema = z.strictObject({
  recoveryKey: z.string(),
  /** 1-based positions of the four groups to retype. */
  confirmGroups: z.array(z.number().int().min(1).max(13)).length(4),
});
export type PreparedVaultView = z.infer<typeof preparedVaultSchema>;

export const backupStatuses = ['opens-now', 'older-secrets', 'intact', 'damaged'] as const;

export const backupSchema = z.strictObject({
  id: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  status: z.enum(backupStatuses),
});
export type Backup = z.infer<typeof backupSchema>;
