import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { extractFile, listPackage, statFile } from '@electron/asar';

function fromEnvironment(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: the package tests run from \`npm run test:package\``);
  }
  return value;
}

/** What `scripts/packageSmoke.ts` packaged: electron-builder's `linux-unpacked` folder. */
export const packageDir = fromEnvironment('ASK_ANYWAY_PACKAGE_DIR');

/** The same package's app.asar, unpacked outside the checkout: the app the smoke test starts. */
export const appDir = fromEnvironment('ASK_ANYWAY_SMOKE_APP');

export const appAsar = path.join(packageDir, 'resources', 'app.asar');

/** Every file (not folder) in app.asar, as a path relative to the app, with `/`. */
export function packagedFiles(): string[] {
  return listPackage(appAsar, { isPack: false })
    .map((entry) => entry.slice(1).split(path.sep).join('/'))
    .filter((file) => !('files' in statFile(appAsar, file)));
}

/** What the package tests read of a package.json. */
export interface PackageJson {
  readonly name: string;
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
}

/** The package.json in `folder` inside app.asar (`.` for the app's own). */
export function readPackagedPackageJson(folder: string): PackageJson {
  return JSON.parse(
    extractFile(appAsar, path.posix.join(folder, 'package.json')).toString('utf8'),
  ) as PackageJson;
}

/**
 * Where Node's ESM resolution takes `specifier` from a module in `folder`, as a path: asked
 * of a separate Node, since `import.meta.resolve` answers only for the module calling it.
 */
export function resolveFrom(folder: string, specifier: string): string {
  const url = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '--eval',
      'process.stdout.write(import.meta.resolve(process.argv[1]))',
      specifier,
    ],
    { cwd: folder, encoding: 'utf8' },
  );
  return new URL(url).pathname;
}

/** True when `file` lies inside `folder`. */
export const isInside = (folder: string, file: string): boolean =>
  !path.relative(folder, file).startsWith('..');
