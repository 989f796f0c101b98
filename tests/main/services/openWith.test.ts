import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { journalPathFromArgv } from '../../../main/services/openWith.js';

const cwd = path.resolve('/home/sam/Documents');

describe('the journal file named on the command line', () => {
  it.each([
    [
      'a packaged app opened with a file',
      ['/opt/Ask Anyway/ask-anyway', '/srv/j/journal.askanyway'],
      '/srv/j/journal.askanyway',
    ],
    [
      'a relative path, from the folder the command ran in',
      ['ask-anyway.exe', 'old.askanyway'],
      path.join(cwd, 'old.askanyway'),
    ],
    [
      'an extension in capitals',
      ['ask-anyway', 'Journal.ASKANYWAY'],
      path.join(cwd, 'Journal.ASKANYWAY'),
    ],
    [
      'the last of several',
      ['ask-anyway', 'a.askanyway', 'b.askanyway'],
      path.join(cwd, 'b.askanyway'),
    ],
    [
      'one after Chromium’s switches',
      ['electron', '--no-sandbox', '.', 'c.askanyway'],
      path.join(cwd, 'c.askanyway'),
    ],
  ])('is found for %s', (_, argv, expected) => {
    expect(journalPathFromArgv(argv, cwd)).toBe(path.resolve(expected));
  });

  it.each([
    ['no argument', ['ask-anyway']],
    ['the development launch', ['electron', '.', '--inspect=5858']],
    ['another kind of file', ['ask-anyway', 'notes.txt', 'export.json']],
    ['a switch that merely ends like one', ['ask-anyway', '--vault=x.askanyway']],
    ['the executable alone, whatever its name', ['/tmp/trick.askanyway']],
  ])('is absent with %s', (_, argv) => {
    expect(journalPathFromArgv(argv, cwd)).toBeUndefined();
  });
});
