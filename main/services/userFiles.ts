import { chmod, writeFile } from 'node:fs/promises';

/**
 * Files the user places: the only files the app writes outside its data folder, and only
 * on an explicit request. The dialogs are ports (Electron's in the app, a temp folder in
 * tests).
 */

/** Asks the user where to save; `null` when they cancel. */
export type ChooseSavePath = (defaultName: string) => Promise<string | null>;

/** What the user is asked to open: a JSON export, or a vault (an encrypted backup). */
export type OpenKind = 'export' | 'vault';

/** Asks the user for a file to open; `null` when they cancel. */
export type ChooseOpenPath = (kind: OpenKind) => Promise<string | null>;

/** Asks the user for a folder; `null` when they cancel. */
export type ChooseFolder = () => Promise<string | null>;

/** Writes a private file, text as UTF-8: only its owner may read it. */
export type WritePrivateFile = (filePath: string, contents: string | Uint8Array) => Promise<void>;

export const writePrivateFile: WritePrivateFile = async (filePath, contents) => {
  await writeFile(filePath, contents, { encoding: 'utf8', mode: 0o600 });
  // `mode` applies only when the file is created; one saved over keeps its old mode.
  await chmod(filePath, 0o600);
};
