import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  autostartEntry,
  autostartEntryPath,
  execArgument,
  setXdgAutostart,
  startCommand,
  type AutostartFs,
} from '../../../../main/services/startup/xdgAutostart.js';
import { xdgLoginItem } from '../../../../main/services/startup/loginItem.js';

/** A file tree in a map, with the folders made. */
function memoryFs(): AutostartFs & { files: Map<string, string>; folders: Set<string> } {
  const files = new Map<string, string>();
  const folders = new Set<string>();
  return {
    files,
    folders,
    mkdir: (folder) => void folders.add(folder),
    writeFile: (file, text) => {
      if (!folders.has(path.dirname(file))) throw new Error(`ENOENT: ${path.dirname(file)}`);
      files.set(file, text);
    },
    remove: (file) => void files.delete(file),
  };
}

const place = {
  configHome: undefined,
  home: '/home/ada',
  command: ['/opt/Ask Anyway/ask-anyway', '--hidden'],
  name: 'Ask Anyway',
};

describe('the XDG autostart entry', () => {
  it.each([
    ['no XDG_CONFIG_HOME', undefined, '/home/ada/.config/autostart/ask-anyway.desktop'],
    ['an XDG_CONFIG_HOME', '/home/ada/conf', '/home/ada/conf/autostart/ask-anyway.desktop'],
    [
      'a relative XDG_CONFIG_HOME (invalid)',
      'conf',
      '/home/ada/.config/autostart/ask-anyway.desktop',
    ],
  ])('lives where desktops look, with %s', (_name, configHome, expected) => {
    expect(autostartEntryPath({ configHome, home: '/home/ada' })).toBe(expected);
  });

  it('is written with its folder when turned on, and removed when turned off', () => {
    const fs = memoryFs();
    const file = '/home/ada/.config/autostart/ask-anyway.desktop';
    setXdgAutostart(fs, place, true);
    expect(fs.files.get(file)).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Name=Ask Anyway',
        'Exec="/opt/Ask Anyway/ask-anyway" "--hidden"',
        'Terminal=false',
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n'),
    );
    setXdgAutostart(fs, place, false);
    expect(fs.files.has(file)).toBe(false);
  });

  it('turning off with no entry there is no error', () => {
    expect(() => setXdgAutostart(memoryFs(), place, false)).not.toThrow();
  });

  it.each([
    ['a plain path', '/usr/bin/app', '"/usr/bin/app"'],
    ['a quote, a backtick and a dollar', 'a"b`c$d', '"a\\\\"b\\\\`c\\\\$d"'],
    ['a backslash (four in the file)', 'a\\b', '"a\\\\\\\\b"'],
    ['a percent sign (a field code otherwise)', '/home/100%/app', '"/home/100%%/app"'],
  ])('quotes %s in Exec by the Desktop Entry rules', (_name, arg, expected) => {
    expect(execArgument(arg)).toBe(expected);
  });

  it('keeps a name on its one line', () => {
    expect(autostartEntry({ name: 'Ask\nExec=evil', command: ['/a'] })).toContain(
      'Name=Ask Exec=evil\n',
    );
  });
});

describe('the command that starts the app at login', () => {
  const run = {
    execPath: '/opt/app/ask-anyway',
    appImage: undefined,
    isPackaged: true,
    appPath: '/x',
  };

  it('is the running executable, started hidden', () => {
    expect(startCommand(run)).toEqual({
      program: '/opt/app/ask-anyway',
      args: ['--hidden'],
    });
  });

  it('is the AppImage itself, not its temporary mount, when run from one', () => {
    expect(
      startCommand({
        ...run,
        execPath: '/tmp/.mount_AskAnXYZ/ask-anyway',
        appImage: '/home/ada/Apps/Ask-Anyway.AppImage',
      }),
    ).toEqual({ program: '/home/ada/Apps/Ask-Anyway.AppImage', args: ['--hidden'] });
  });

  it('names the app folder when Electron runs it unpackaged', () => {
    expect(
      startCommand({ ...run, execPath: '/dev/electron', isPackaged: false, appPath: '/src/app' }),
    ).toEqual({ program: '/dev/electron', args: ['/src/app', '--hidden'] });
  });
});

describe('the Linux login item', () => {
  it('says in plain words when the entry cannot be written', () => {
    const fs = {
      ...memoryFs(),
      writeFile: () => {
        throw Object.assign(new Error('EACCES: simulated'), { code: 'EACCES' });
      },
    };
    expect(() => xdgLoginItem(fs, place).set(true)).toThrow(
      expect.objectContaining({
        code: 'PERMISSION_DENIED',
        message: 'Permission denied: could not set Ask Anyway to start when you log in.',
      }),
    );
  });
});
