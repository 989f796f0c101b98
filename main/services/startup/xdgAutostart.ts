import path from 'node:path';

/** The file operations an autostart entry needs: node:fs in the app, a map in tests. */
export interface AutostartFs {
  mkdir(folder: string): void;
  writeFile(file: string, text: string): void;
  /** Removes `file`; one that is not there is no error. */
  remove(file: string): void;
}

/** What the entry starts, and where the user's settings are. */
export interface AutostartPlace {
  /** `$XDG_CONFIG_HOME`, if set. */
  readonly configHome: string | undefined;
  readonly home: string;
  /** The program and its arguments, the first being the executable. */
  readonly command: readonly string[];
  readonly name: string;
}

/** The argument an automatic start passes: the app starts in the tray, not in a window. */
export const hiddenStartArg = '--hidden';

const entryFileName = 'ask-anyway.desktop';

/**
 * Where desktops look for programs to start at login (the XDG Autostart specification):
 * `$XDG_CONFIG_HOME/autostart`, or `~/.config/autostart`. A relative `XDG_CONFIG_HOME`
 * is invalid by the base-directory specification and ignored, as desktops ignore it.
 */
export function autostartEntryPath(place: Pick<AutostartPlace, 'configHome' | 'home'>): string {
  const configHome =
    place.configHome !== undefined && path.isAbsolute(place.configHome)
      ? place.configHome
      : path.join(place.home, '.config');
  return path.join(configHome, 'autostart', entryFileName);
}

/**
 * One argument of `Exec=`, by the Desktop Entry specification: quoted, with `"`, `` ` ``,
 * `$` and `\` escaped inside the quotes; then the string escape doubles every `\` again
 * (so one backslash in a path is four in the file); and `%` is doubled, since a lone `%`
 * starts a field code.
 */
export function execArgument(arg: string): string {
  const quoted = `"${arg.replace(/["`$\\]/g, (char) => `\\${char}`)}"`;
  return quoted.replace(/\\/g, '\\\\').replace(/%/g, '%%');
}

/** The entry's text: a plain application entry that starts `command` at login. */
export function autostartEntry(place: Pick<AutostartPlace, 'command' | 'name'>): string {
  // A name with a line break would end the key and start another.
  const name = place.name.replace(/[\r\n]+/g, ' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    `Name=${name}`,
    `Exec=${place.command.map(execArgument).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Writes the entry (`openAtLogin`) or removes it: Linux's equivalent of a login item. */
export function setXdgAutostart(
  fs: AutostartFs,
  place: AutostartPlace,
  openAtLogin: boolean,
): void {
  const file = autostartEntryPath(place);
  if (!openAtLogin) {
    fs.remove(file);
    return;
  }
  fs.mkdir(path.dirname(file));
  fs.writeFile(file, autostartEntry(place));
}

/**
 * The command that starts this app again. From an AppImage, `process.execPath` is inside
 * the image's temporary mount (`/tmp/.mount_…`), gone once the app quits: the image
 * itself, which AppImage's runtime names in `APPIMAGE`, is what must be started. An
 * unpackaged run (`npm run dev`) is Electron's binary and needs the app's folder.
 */
export function startCommand(run: {
  readonly execPath: string;
  readonly appImage: string | undefined;
  readonly isPackaged: boolean;
  readonly appPath: string;
}): { readonly program: string; readonly args: readonly string[] } {
  const program = run.appImage !== undefined && run.appImage !== '' ? run.appImage : run.execPath;
  return { program, args: [...(run.isPackaged ? [] : [run.appPath]), hiddenStartArg] };
}
