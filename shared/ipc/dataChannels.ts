import { z } from 'zod';
import { importResultSchema, plainFormats } from '../domain/dataExport.js';
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
} as const;
