import { z } from 'zod';

/** The theme the user chose; `system` follows the operating system. */
export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

/** The name of each choice, the same in the app menu and on the settings screen. */
export const themeNames: Record<ThemeChoice, string> = {
  system: 'Match system',
  light: 'Light',
  dark: 'Dark',
};

/**
 * How long the journal may sit unused before it locks itself. One minute is the
 * shortest that does not interrupt writing; four hours is a working day's half.
 */
export const autoLockMinutes = { min: 1, max: 240, default: 10 } as const;

/** A time of day on the computer's clock, `HH:MM`, as an `<input type="time">` gives it. */
export const timeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'not a time of day (HH:MM)');

/**
 * The daily reminder: an OS notification at `time` on days with a planned challenge.
 * Only the time is kept here; what is planned stays in the journal.
 */
export const remindersSchema = z.strictObject({
  daily: z.boolean(),
  time: timeOfDaySchema,
});
export type Reminders = z.infer<typeof remindersSchema>;

/** The settings' shape; every stored or received value is checked against it. */
export const settingsSchema = z.strictObject({
  theme: z.enum(themeChoices),
  autoLockMinutes: z.number().int().min(autoLockMinutes.min).max(autoLockMinutes.max),
  reminders: remindersSchema,
  /**
   * Closing the window locks the journal and hides the app in the tray (the menu bar on
   * macOS) instead of quitting, so reminders still come.
   */
  keepRunningInTray: z.boolean(),
  /** Start the app when the user logs in: hidden in the tray if it keeps running there. */
  startAtLogin: z.boolean(),
});

/** Non-secret preferences the user edits on the settings screen. */
export type Settings = z.infer<typeof settingsSchema>;

/**
 * A change to some settings; keys left out keep their value. `exactOptional`, not
 * `partial`: a key sent with the value `undefined` is refused, not taken as a reset.
 */
export const settingsPatchSchema = z.strictObject({
  theme: settingsSchema.shape.theme.exactOptional(),
  autoLockMinutes: settingsSchema.shape.autoLockMinutes.exactOptional(),
  reminders: remindersSchema.exactOptional(),
  keepRunningInTray: settingsSchema.shape.keepRunningInTray.exactOptional(),
  startAtLogin: settingsSchema.shape.startAtLogin.exactOptional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const defaultSettings: Settings = {
  theme: 'system',
  autoLockMinutes: autoLockMinutes.default,
  reminders: { daily: false, time: '09:00' },
  // Both opt-in: an app that stays behind after its window closes, or starts by itself,
  // should be the user's choice.
  keepRunningInTray: false,
  startAtLogin: false,
};
