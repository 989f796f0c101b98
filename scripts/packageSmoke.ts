// The package smoke test (docs/electron.md): packages the built app for Linux as a folder,
// on a stand-in Electron binary, unpacks its app.asar outside the checkout, and runs two
// Vitest projects on it: `package` (the fuses and the file list) and `smoke` (the built-main
// smoke test, started from the unpacked tree instead of the checkout). Needs `out/` (run
// `electron-vite build` first) and no network. Extra arguments go to Vitest.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractAll } from '@electron/asar';
import { Arch, build, type Configuration, Platform } from 'electron-builder';
import { parse } from 'yaml';
import { writeStubElectronDist } from './stubElectronDist.js';

const projectDir = process.cwd();
// Outside the checkout, and with no node_modules above it: the unpacked app can resolve its
// imports only from its own node_modules.
const workDir = mkdtempSync(path.join(tmpdir(), 'ask-anyway-package-'));

try {
  const electronDist = path.join(workDir, 'electron');
  writeStubElectronDist(electronDist);
  const config = parse(readFileSync('electron-builder.yml', 'utf8')) as Configuration;
  const output = path.join(workDir, 'dist');
  // The shipped configuration, with only where Electron comes from and where the folder goes.
  await build({
    projectDir,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    config: { ...config, electronDist, directories: { ...config.directories, output } },
    publish: 'never',
  });
  const packageDir = path.join(output, 'linux-unpacked');
  const appDir = path.join(workDir, 'app');
  extractAll(path.join(packageDir, 'resources', 'app.asar'), appDir);

  const vitest = spawnSync(
    path.join(projectDir, 'node_modules', '.bin', 'vitest'),
    [
      'run',
      '--project=package',
      '--project=smoke',
      '--reporter=verbose',
      '--reporter=json',
      '--outputFile.json=test-results/package.json',
      ...process.argv.slice(2),
    ],
    {
      stdio: 'inherit',
      env: { ...process.env, ASK_ANYWAY_PACKAGE_DIR: packageDir, ASK_ANYWAY_SMOKE_APP: appDir },
    },
  );
  process.exitCode = vitest.status ?? 1;
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
