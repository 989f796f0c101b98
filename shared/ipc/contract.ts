import { z } from 'zod';
import { appInfoSchema } from '../domain/appInfo.js';
import { reminderDeliverySchema } from '../domain/reminderDelivery.js';
import { settingsPatchSchema, settingsSchema } from '../domain/settings.js';
import {
  backupSchema,
  issuedRecoveryKeySchema,
  lockReasons,
  lockRequestIdSchema,
  newPassphraseSchema,
  passphraseSchema,
  preparedVaultSchema,
  recordNotices,
  recoveryKeyInputSchema,
  savedFileSchema,
  shownRecoveryKeySchema,
  vaultStatusSchema,
} from '../domain/vault.js';
import { importSummarySchema } from '../domain/dataExport.js';
import { journalOfferSchema } from '../domain/journalFile.js';
import { dataChannels } from './dataChannels.js';
import { journalFileChannels } from './journalFileChannels.js';
import { practiceChannels } from './practiceChannels.js';
import { reportChannels } from './reportChannels.js';

/** One request/response channel: what the renderer may send, and what it gets back. */
export interface ChannelSpec {
  readonly request: z.ZodType;
  readonly response: z.ZodType;
}

/** A call that carries no payload. */
const none = z.undefined();

/**
 * Every renderer → main call, declared once. Names are `domain.verb`. Adding an entry
 * makes main's handler table (main/ipc/handlers.ts) and the preload API
 * (main/preload/api.ts) fail to compile until both implement it.
 */
export const contract = {
  'app.info': { request: none, response: appInfoSchema },
  /** Sent (throttled) while the user types or points, so the journal does not lock under them. */
  'app.activity': { request: none, response: z.void() },
  'settings.get': { request: none, response: settingsSchema },
  'settings.update': { request: settingsPatchSchema, response: settingsSchema },
  /** Whether the system shows reminders (Settings → Reminders says so when it does not). */
  'reminders.delivery': { request: none, response: reminderDeliverySchema },
  'vault.status': { request: none, response: vaultStatusSchema },
  'vault.prepare': { request: newPassphraseSchema, response: preparedVaultSchema },
  'vault.confirm': {
    request: z.strictObject({ answers: z.array(z.string().max(20)).length(4) }),
    response: vaultStatusSchema,
  },
  'vault.cancel': { request: none, response: z.void() },
  'vault.unlock': {
    request: z.strictObject({ passphrase: passphraseSchema }),
    response: vaultStatusSchema,
  },
  'vault.reset': {
    request: z.strictObject({
      recoveryKey: recoveryKeyInputSchema,
      newPassphrase: newPassphraseSchema,
    }),
    response: issuedRecoveryKeySchema,
  },
  /** Locks the journal (the rail's and Settings' Lock), after the drafts owed are saved. */
  'vault.lock': { request: none, response: z.void() },
  /**
   * The page's answer to `vault.lockRequested`: it has saved (or tried to save) every
   * draft it owed, so the lock need not wait any longer.
   */
  'vault.draftsSaved': { request: z.strictObject({ id: lockRequestIdSchema }), response: z.void() },
  'vault.changePassphrase': {
    request: z.strictObject({ current: passphraseSchema, next: newPassphraseSchema }),
    response: issuedRecoveryKeySchema,
  },
  'vault.newRecoveryKey': {
    request: z.strictObject({ passphrase: passphraseSchema }),
    response: issuedRecoveryKeySchema,
  },
  /** Asks where to save a plain text copy of a recovery key on screen, and writes it. */
  'vault.saveRecoveryKey': {
    request: z.strictObject({ recoveryKey: shownRecoveryKeySchema }),
    response: savedFileSchema,
  },
  /** The user has read a notice about the record (saves missing, a damaged copy kept). */
  'vault.dismissNotice': {
    request: z.strictObject({ notice: z.enum(recordNotices) }),
    response: vaultStatusSchema,
  },
  /**
   * Copies a recovery key on screen to the clipboard. Main does it, so it can clear the
   * clipboard again after `recoveryKeyClipboardSeconds` if the key is still there.
   */
  'vault.copyRecoveryKey': {
    request: z.strictObject({ recoveryKey: shownRecoveryKeySchema }),
    response: z.void(),
  },
  'vault.backups': { request: none, response: z.array(backupSchema) },
  'vault.restore': {
    request: z.strictObject({ id: z.string().max(200) }),
    response: vaultStatusSchema,
  },
  /**
   * The file was changed by someone else: merge that version in (by record id, the
   * newer edit winning) and write the result over it. The passphrase opens the changed
   * file (it may have been changed on the other device).
   */
  'vault.mergeChanged': {
    request: z.strictObject({ passphrase: passphraseSchema }),
    response: importSummarySchema,
  },
  /**
   * The file was changed by someone else: keep both, the other version moved beside
   * the journal (its file name; `null` if it had been deleted) and this one written.
   */
  'vault.keepBoth': {
    request: none,
    response: z.strictObject({ otherVersion: z.string().nullable() }),
  },
  ...practiceChannels,
  ...dataChannels,
  ...reportChannels,
  ...journalFileChannels,
} as const satisfies Record<`${string}.${string}`, ChannelSpec>;

/** Screens main may ask the renderer to show (from the app menu). */
export const screens = [
  'week',
  'plan',
  'challenges',
  'ladders',
  'journal',
  'insights',
  'guide',
  'settings',
] as const;
export type Screen = (typeof screens)[number];

/**
 * Every main → renderer event, declared once with its payload. The preload exposes
 * each as `api.<domain>.on<Verb>(listener)`.
 */
export const events = {
  'settings.changed': settingsSchema,
  /** A reminder was shown or refused, so what `reminders.delivery` answers changed. */
  'reminders.deliveryChanged': reminderDeliverySchema,
  'app.navigate': z.strictObject({ to: z.enum(screens) }),
  /**
   * The journal is about to lock: the page saves the drafts its open forms owe, then
   * answers `vault.draftsSaved` with this id. Main locks after the answer or a short
   * bound, whichever comes first.
   */
  'vault.lockRequested': z.strictObject({ id: lockRequestIdSchema }),
  'vault.locked': z.strictObject({ reason: z.enum(lockReasons) }),
  /** A save or compaction found the file changed by someone else (see `vault.mergeChanged`). */
  'vault.changedOnDisk': z.strictObject({}),
  /** A journal file was opened from the desktop: the page asks before switching to it. */
  'journals.openRequested': journalOfferSchema,
} as const satisfies Record<`${string}.${string}`, z.ZodType>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What the renderer passes (before parsing). */
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
/** What main's handler receives (after parsing). */
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const channelNames = Object.keys(contract) as Channel[];
export const eventNames = Object.keys(events) as EventName[];
