import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import {
  appDir,
  isInside,
  packageDir,
  packagedFiles,
  type PackageJson,
  readPackagedPackageJson,
  resolveFrom,
} from './support/packagedApp.js';

const files = packagedFiles();
const fileSet = new Set(files);

// A fuse's byte in the wire: the character '0' or '1' (@electron/fuses' FuseState).
const stateNames: Readonly<Record<number, string>> = {
  ['0'.charCodeAt(0)]: 'off',
  ['1'.charCodeAt(0)]: 'on',
};

describe('the package (electron-builder --linux dir, on a stand-in Electron)', () => {
  it('has electron-builder.yml’s fuses flipped in its binary, every one set', async () => {
    // electron-builder names the Linux binary after the package.
    const binary = path.join(packageDir, readPackagedPackageJson('.').name);
    const wire = await getCurrentFuseWire(binary);
    expect(wire.version).toBe(FuseVersion.V1);
    const states = Object.fromEntries(
      Object.entries(wire as Record<string, unknown>)
        .filter(([index]) => index !== 'version')
        .map(([index, state]): [string, string | undefined] => [
          String(FuseV1Options[Number(index)]),
          stateNames[Number(state)],
        ]),
    );
    expect(states).toEqual({
      RunAsNode: 'off',
      EnableCookieEncryption: 'off',
      EnableNodeOptionsEnvironmentVariable: 'off',
      EnableNodeCliInspectArguments: 'off',
      EnableEmbeddedAsarIntegrityValidation: 'on',
      OnlyLoadAppFromAsar: 'on',
      LoadBrowserProcessSpecificV8Snapshot: 'off',
      GrantFileProtocolExtraPrivileges: 'off',
    });
  });

  it('holds the build exactly as electron-vite wrote it, workers and lazy chunks included', () => {
    const built = readdirSync('out', { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) =>
        path.posix.join(...path.relative('.', entry.parentPath).split(path.sep), entry.name),
      );
    expect(files.filter((file) => file.startsWith('out/')).sort()).toEqual(built.sort());
    for (const entry of [
      'out/main/index.js',
      'out/main/kdfWorker.js',
      'out/main/foreignVaultProcess.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
    ]) {
      expect(fileSet).toContain(entry);
    }
    expect(files.some((file) => file.startsWith('out/main/chunks/'))).toBe(true);
  });

  it('ships the build, package.json and node_modules, and nothing else of ours', () => {
    expect(new Set(files.map((file) => file.split('/')[0]))).toEqual(
      new Set(['out', 'package.json', 'node_modules']),
    );
    const ours = files.filter((file) => !file.startsWith('node_modules/'));
    expect(ours.filter((file) => /\.(map|test\.[jt]sx?|md|ts|tsx)$/.test(file))).toEqual([]);
    // Nothing that could be someone's journal or secrets, anywhere in the archive.
    expect(
      files.filter((file) =>
        /(^|\/)(\.env(\..*)?|.*\.(askanyway|sqlite3?|db|vault|journal|log))$/i.test(file),
      ),
    ).toEqual([]);
  });

  it('ships every production dependency, recursively, and no other package', () => {
    const { found, missing } = productionPackages();
    expect(missing).toEqual([]);
    const shipped = files
      .map((file) => /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(file)?.[1])
      .filter((folder) => folder !== undefined);
    expect(shipped.sort()).toEqual([...found].sort());
    // The ones main imports by name, and what they stand on.
    for (const name of [
      'electron-store',
      'conf',
      'libsodium-wrappers-sumo',
      'libsodium-sumo',
      'sql.js',
      'zod',
    ]) {
      expect(found).toContain(`node_modules/${name}`);
    }
  });

  it('ships the sql.js build main loads, sql-wasm.js, with its sql-wasm.wasm, and no other', () => {
    const entry = resolveFrom(path.join(appDir, 'out', 'main'), 'sql.js');
    expect(entry).toBe(path.join(appDir, 'node_modules', 'sql.js', 'dist', 'sql-wasm.js'));
    // sql-wasm.js asks for this file name beside itself (its locateFile default).
    expect(readFileSync(entry, 'utf8')).toContain('"sql-wasm.wasm"');
    expect(files.filter((file) => file.startsWith('node_modules/sql.js/dist/')).sort()).toEqual([
      'node_modules/sql.js/dist/sql-wasm.js',
      'node_modules/sql.js/dist/sql-wasm.wasm',
    ]);
  });

  it('leaves the unpacked app nothing to load packages from but its own node_modules', () => {
    for (let folder = path.dirname(appDir); ; folder = path.dirname(folder)) {
      expect(existsSync(path.join(folder, 'node_modules')), folder).toBe(false);
      if (folder === path.dirname(folder)) break;
    }
    const mainDir = path.join(appDir, 'out', 'main');
    const imported = new Set(
      readdirSync(mainDir, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.js'))
        .flatMap((file) => bareImportsOf(readFileSync(path.join(mainDir, file), 'utf8'))),
    );
    expect([...imported].sort()).toEqual(
      ['electron', 'electron-store', 'libsodium-wrappers-sumo', 'sql.js', 'zod'].sort(),
    );
    imported.delete('electron'); // Electron's own module, not a file.
    for (const specifier of imported) {
      expect(resolveFrom(mainDir, specifier)).toSatisfy((file: string) => isInside(appDir, file));
    }
    const wrappers = resolveFrom(mainDir, 'libsodium-wrappers-sumo');
    expect(resolveFrom(path.dirname(wrappers), 'libsodium-sumo')).toSatisfy((file: string) =>
      isInside(appDir, file),
    );
  });
});

/** The packages `import … from 'x'` names in a built file, Node's own excepted. */
function bareImportsOf(source: string): string[] {
  return [...source.matchAll(/^import\s(?:.*\sfrom\s)?"([^"./][^"]*)";$/gm)]
    .map((match) => match[1] ?? '')
    .filter((specifier) => !isBuiltin(specifier));
}

/**
 * The package folders Node finds for package.json's dependencies, and theirs, recursively,
 * looking as Node does: in `node_modules` beside the dependent, then in each folder above.
 */
function productionPackages(): { found: Set<string>; missing: string[] } {
  const found = new Set<string>();
  const missing: string[] = [];
  const locate = (from: string, name: string): string | undefined => {
    for (let folder = from; ; folder = path.posix.dirname(folder)) {
      if (path.posix.basename(folder) !== 'node_modules') {
        const candidate = path.posix.join(folder, 'node_modules', name);
        if (fileSet.has(`${candidate}/package.json`)) return candidate;
      }
      if (folder === '.') return undefined;
    }
  };
  const visit = (from: string, name: string, optional: boolean): void => {
    const folder = locate(from, name);
    if (folder === undefined) {
      if (!optional) missing.push(`${name}, needed by ${from === '.' ? 'the app' : from}`);
      return;
    }
    if (found.has(folder)) return;
    found.add(folder);
    walk(folder, readPackagedPackageJson(folder));
  };
  const walk = (folder: string, pkg: PackageJson): void => {
    for (const name of Object.keys(pkg.dependencies ?? {})) visit(folder, name, false);
    for (const name of Object.keys(pkg.optionalDependencies ?? {})) visit(folder, name, true);
  };
  walk('.', readPackagedPackageJson('.'));
  return { found, missing };
}
