import path from 'node:path';

const journalExtension = '.askanyway';

/**
 * The journal file the app was asked to open, from a command line: what Windows and
 * Linux pass when a `.askanyway` file is opened with the app (at start, or to the
 * running instance through `second-instance`). Switches (`--inspect`, Chromium's own)
 * and anything else are skipped; the last journal named wins; a relative path is taken
 * from `cwd`, the folder the command was given in.
 */
export function journalPathFromArgv(argv: readonly string[], cwd: string): string | undefined {
  // argv[0] is the executable itself.
  const named = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(journalExtension));
  const last = named.at(-1);
  return last === undefined ? undefined : path.resolve(cwd, last);
}
