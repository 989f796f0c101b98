/**
 * One argument as Windows reads it back out of a command line (CommandLineToArgvW):
 * quoted when it holds a space, a tab or a quote, with each quote escaped and the
 * backslashes before a quote (or the closing one) doubled. Windows joins a login item's
 * arguments into one command line, so a path with a space or a quote in it must survive.
 */
export function windowsArgument(argument: string): string {
  if (argument !== '' && !/[\s"]/.test(argument)) return argument;
  let quoted = '"';
  let backslashes = 0;
  for (const character of argument) {
    if (character === '\\') {
      backslashes += 1;
      continue;
    }
    quoted +=
      character === '"'
        ? `${'\\'.repeat(backslashes * 2 + 1)}"`
        : `${'\\'.repeat(backslashes)}${character}`;
    backslashes = 0;
  }
  return `${quoted}${'\\'.repeat(backslashes * 2)}"`;
}
