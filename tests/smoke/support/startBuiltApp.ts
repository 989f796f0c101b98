import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readElectronDeclarations } from './electronDeclarations.js';
import {
  createElectronStandIn,
  type ElectronCall,
  type ElectronStandIn,
} from './electronStandIn.js';
import { appRoot, loadBuiltMain } from './loadBuiltMain.js';
import { waitUntil } from './waitUntil.js';

/** The built app, started on the stand-in as far as its window. */
export interface StartedApp {
  readonly electron: ElectronStandIn;
  /** What main did before `ready`. */
  readonly callsBeforeReady: readonly ElectronCall[];
  /** The folder `app.getPath(name)` answers inside. */
  readonly pathsRoot: string;
  /** Removes the app's folders. */
  cleanUp(): void;
}

/**
 * Loads the built main bundle on a fresh stand-in, emits `ready` and waits until main has
 * started (opened its window, unless `started` says otherwise) or exited. Once per test file: Node caches the bundle per process,
 * and Vitest gives each file its own. `settings` are saved in the preferences first, as a
 * user who chose them in an earlier run.
 */
export async function startBuiltApp({
  settings,
  started = (electron) => electron.windows.length > 0,
}: {
  readonly settings?: Record<string, unknown>;
  /** How the start is seen to be over: by default, main has opened its window. */
  readonly started?: (electron: ElectronStandIn) => boolean;
} = {}): Promise<StartedApp> {
  const pathsRoot = mkdtempSync(path.join(tmpdir(), 'ask-anyway-smoke-'));
  if (settings !== undefined) {
    const userData = path.join(pathsRoot, 'userData');
    mkdirSync(userData);
    writeFileSync(path.join(userData, 'preferences.json'), JSON.stringify({ settings }));
  }
  const { version } = JSON.parse(readFileSync(new URL('package.json', appRoot), 'utf8')) as {
    version: string;
  };
  const electron = createElectronStandIn({
    declared: readElectronDeclarations(),
    platform: process.platform,
    pathsRoot,
    appVersion: version,
    isPackaged: true,
  });
  await loadBuiltMain(electron.modules);
  const callsBeforeReady = [...electron.calls];
  electron.emitReady();
  // Start-up ends as `started` says, or by `app.exit(1)` when anything before it threw.
  await waitUntil(
    () => started(electron) || electron.state.exitCode !== undefined,
    'main finishes starting, or exits',
  );
  return {
    electron,
    callsBeforeReady,
    pathsRoot,
    cleanUp: () => rmSync(pathsRoot, { recursive: true, force: true }),
  };
}
