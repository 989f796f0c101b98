import { z } from 'zod';

/** The shape of `app.info`'s answer. */
export const appInfoSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  /** Where the app keeps its files, shown so the user can find and back them up. */
  dataFolder: z.string(),
  /** The log file, for a support request; null when the system gave no logs folder. */
  logFile: z.string().nullable(),
  /** Whether text fields are spell-checked: by the system's checker, on macOS only. */
  checksSpelling: z.boolean(),
});

/** Facts about the running app, shown on the settings screen. */
export type AppInfo = z.infer<typeof appInfoSchema>;
