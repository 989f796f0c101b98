import { z } from 'zod';
import {
  importResultSchema,
  importSummarySchema,
  otherVersionNameSchema,
  otherVersionSchema,
  plainFormats,
} from '../domain/dataExport.js';
import { passphraseSchema, savedFileSchema } from '../domain/vault.js';

/**
 * The journal out of the vault and back in (issue 6). Both open a dialog in main: the
 * page never names a path. Cancelling is an answer (`saved` / `imported: false`), not an
 * error.
 */
export const dataChannels = {
  /** A plain, unencrypted copy, written only where the user chooses. */
  'data.export': {
    request: z.strictObject({ format: z.enum(plainFormats) }),
    response: savedFileSchema,
  },
  /** A JSON export merged into the open journal by record id. */
  'data.import': { request: z.undefined(), response: importResultSchema },
  /** An encrypted backup (the vault, compacted, in its own format) where the user chooses. */
  'data.backup': { request: z.undefined(), response: savedFileSchema },
  /** An encrypted backup the user picks, opened with its passphrase and merged by record id. */
  'data.importBackup': {
    request: z.strictObject({ passphrase: passphraseSchema }),
    response: importResultSchema,
  },
  /** Other versions of the journal kept beside it (a sync conflict kept both). */
  'data.otherVersions': { request: z.undefined(), response: z.array(otherVersionSchema) },
  /** One of them, opened with its passphrase and merged by record id. */
  'data.mergeOtherVersion': {
    request: z.strictObject({ fileName: otherVersionNameSchema, passphrase: passphraseSchema }),
    response: importSummarySchema,
  },
  /** One of them deleted, once the user has merged it or no longer wants it. */
  'data.deleteOtherVersion': {
    request: z.strictObject({ fileName: otherVersionNameSchema }),
    response: z.void(),
  },
} as const;
