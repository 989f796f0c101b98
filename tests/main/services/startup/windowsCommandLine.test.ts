import { describe, expect, it } from 'vitest';
import { windowsArgument } from '../../../../main/services/startup/windowsCommandLine.js';

/** Windows' own reading of a command line (CommandLineToArgvW's rules), to check against. */
function parseWindowsArguments(commandLine: string): string[] {
  const argv: string[] = [];
  let current = '';
  let inQuotes = false;
  let started = false;
  for (let at = 0; at < commandLine.length; at += 1) {
    const character = commandLine.charAt(at);
    if (character === '\\') {
      let count = 0;
      while (commandLine[at] === '\\') {
        count += 1;
        at += 1;
      }
      if (commandLine[at] === '"') {
        current += '\\'.repeat(Math.floor(count / 2));
        if (count % 2 === 1) current += '"';
        else inQuotes = !inQuotes;
      } else {
        current += '\\'.repeat(count);
        at -= 1;
      }
      started = true;
    } else if (character === '"') {
      inQuotes = !inQuotes;
      started = true;
    } else if ((character === ' ' || character === '\t') && !inQuotes) {
      if (started) argv.push(current);
      current = '';
      started = false;
    } else {
      current += character;
      started = true;
    }
  }
  if (started) argv.push(current);
  return argv;
}

describe('a login item’s argument on Windows', () => {
  it.each([
    ['--hidden', '--hidden'],
    [
      'C:\\Program Files\\Ask Anyway\\resources\\app',
      '"C:\\Program Files\\Ask Anyway\\resources\\app"',
    ],
    ['C:\\a folder\\', '"C:\\a folder\\\\"'],
    ['say "no"', '"say \\"no\\""'],
    ['', '""'],
  ])('writes %j as %s', (argument, written) => {
    expect(windowsArgument(argument)).toBe(written);
  });

  it('reads back as it was, however it is written', () => {
    const awkward = [
      '--hidden',
      'C:\\Users\\Zoë Smith\\Ask Anyway',
      'ends in a backslash\\',
      'a \\"quoted\\" word',
      'tab\there',
      '\\\\server\\share with space\\',
      '',
    ];
    expect(parseWindowsArguments(awkward.map(windowsArgument).join(' '))).toEqual(awkward);
  });
});
