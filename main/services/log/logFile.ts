import fs from 'node:fs';
import path from 'node:path';

/** The synchronous file calls the log needs: Node's `fs` in the app, a faulty one in tests. */
export interface LogFs {
  appendFileSync(file: string, text: string): void;
  statSync(file: string): { readonly size: number };
  renameSync(from: string, to: string): void;
  rmSync(file: string, options: { force: true }): void;
  mkdirSync(folder: string, options: { recursive: true }): unknown;
}

export const nodeLogFs: LogFs = fs;

/**
 * 1 MiB holds about ten thousand lifecycle lines (months of use) or several hundred
 * errors with their frames; three older files keep what came before a burst of errors,
 * and bound the log at 4 MiB on the user's disk.
 */
export const logLimits = { maxBytes: 1024 * 1024, olderFiles: 3 } as const;

export const logFileName = 'ask-anyway.log';

/** The n-th older file: `ask-anyway.1.log` is the newest of them. */
export const olderLogFileName = (n: number): string => `ask-anyway.${n}.log`;

export interface LogFileOptions {
  /** The folder, asked on the first write: Electron's `getPath('logs')` may throw. */
  readonly folder: () => string;
  readonly fs: LogFs;
  readonly maxBytes?: number;
  /** How many older files are kept; at least 1. */
  readonly olderFiles?: number;
}

/** A log file that rotates by size. Neither method ever throws. */
export interface LogFile {
  /** Appends one line, on disk before this returns (a crash just after loses nothing). */
  append(line: string): void;
  /** Where the current file is, or undefined when its folder could not be found. */
  path(): string | undefined;
}

/**
 * Opens the rotated log. Each line is appended synchronously — the lines just before a
 * crash are the ones that matter — and a line that would take the file past `maxBytes`
 * first shifts the older files down, dropping the oldest. When the disk refuses (full,
 * read-only, a rename blocked), the line is dropped: the log must never break the app,
 * and it stays bounded rather than grow past its limit.
 */
export function openLogFile({
  folder,
  fs: files,
  maxBytes = logLimits.maxBytes,
  olderFiles = logLimits.olderFiles,
}: LogFileOptions): LogFile {
  let where: { folder: string; file: string } | null | undefined;
  const locate = () => {
    if (where !== undefined) return where;
    try {
      const dir = folder();
      where = { folder: dir, file: path.join(dir, logFileName) };
    } catch {
      where = null;
    }
    return where;
  };
  // Unknown until the first write, and again after a failed one (re-read from the disk).
  let size: number | undefined;

  /** The file's size; undefined when there is no such file. */
  const sizeOf = (file: string): number | undefined => {
    try {
      return files.statSync(file).size;
    } catch {
      return undefined;
    }
  };
  const rotate = (dir: string, file: string): void => {
    files.rmSync(path.join(dir, olderLogFileName(olderFiles)), { force: true });
    for (let n = olderFiles - 1; n >= 1; n -= 1) {
      const from = path.join(dir, olderLogFileName(n));
      if (sizeOf(from) !== undefined)
        files.renameSync(from, path.join(dir, olderLogFileName(n + 1)));
    }
    files.renameSync(file, path.join(dir, olderLogFileName(1)));
  };

  return {
    append(line) {
      const place = locate();
      if (!place) return;
      const text = `${line}\n`;
      const bytes = Buffer.byteLength(text);
      try {
        if (size === undefined) {
          files.mkdirSync(place.folder, { recursive: true });
          size = sizeOf(place.file) ?? 0;
        }
        if (size > 0 && size + bytes > maxBytes) {
          rotate(place.folder, place.file);
          size = 0;
        }
        files.appendFileSync(place.file, text);
        size += bytes;
      } catch {
        size = undefined;
      }
    },
    path: () => locate()?.file,
  };
}
