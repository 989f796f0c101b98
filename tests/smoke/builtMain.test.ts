import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appEntryUrl, appScheme } from '../../main/window/appOrigin.js';
import { contract } from '../../shared/ipc/contract.js';
import type { ElectronCall, ElectronStandIn, PlatformFinding } from './support/electronStandIn.js';
import { builtMain } from './support/loadBuiltMain.js';
import { type StartedApp, startBuiltApp } from './support/startBuiltApp.js';

/**
 * What the app listens for that Electron never emits on some platform, each with why
 * that is accepted or which issue owns it. The test expects exactly the ones for the
 * platform it runs on: a new one fails it, and so does one that goes away.
 */
const knownFindings: readonly (PlatformFinding & { readonly why: string })[] = [
  {
    api: 'App',
    name: 'open-file',
    platforms: ['darwin'],
    why: 'macOS opens a file with the app by this event; Windows and Linux pass it on the command line, which main reads too',
  },
];

let electron: ElectronStandIn;
let callsBeforeReady: readonly ElectronCall[];
let app: StartedApp;

beforeAll(async () => {
  app = await startBuiltApp();
  ({ electron, callsBeforeReady } = app);
});

afterAll(() => app.cleanUp());

describe('the built main bundle, started on a stand-in electron', () => {
  it('starts without exiting and without asking to quit', () => {
    expect(electron.state).toEqual({ exitCode: undefined, quitRequested: false, hasQuit: false });
  });

  it('writes its log in the logs folder, from the start line to the opened window', () => {
    const log = readFileSync(path.join(app.pathsRoot, 'logs', 'ask-anyway.log'), 'utf8');
    expect(log).toMatch(/^\S+Z INFO app-started \{"version":"[^"]+","platform":"\w+",/);
    expect(log).toContain(' INFO app-ready\n');
    expect(log).toContain(' INFO window-opened\n');
  });

  it('before ready, registers the app scheme as privileged and opens nothing', () => {
    const registered = callsBeforeReady.filter(
      (call) => call.api === 'protocol' && call.method === 'registerSchemesAsPrivileged',
    );
    expect(registered).toHaveLength(1);
    expect(registered[0]?.args[0]).toMatchObject([
      { scheme: appScheme, privileges: { standard: true, secure: true } },
    ]);
    expect(callsBeforeReady.map((call) => call.api)).not.toContain('BrowserWindow');
  });

  it('on ready opens one hidden window with the hardened preferences, on the bundle', () => {
    expect(electron.windows).toHaveLength(1);
    const [window] = electron.windows;
    const { webPreferences, show } = window?.options ?? {};
    expect(show).toBe(false);
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
    });
    expect(webPreferences).not.toHaveProperty('webSecurity', false);
    expect(webPreferences).not.toHaveProperty('allowRunningInsecureContent', true);
    expect(window?.webContents.getURL()).toBe(appEntryUrl);
  });

  it('gives the window a preload the build wrote, next to the main bundle', () => {
    const webPreferences = electron.windows[0]?.options['webPreferences'] as
      { preload?: unknown } | undefined;
    const preload = webPreferences?.preload;
    expect(preload).toBe(
      path.join(path.dirname(fileURLToPath(builtMain)), '..', 'preload', 'index.cjs'),
    );
    expect(existsSync(preload as string)).toBe(true);
  });

  it('handles exactly the contract’s channels, each once', () => {
    const handled = electron.calls
      .filter((call) => call.api === 'ipcMain' && call.method === 'handle')
      .map((call) => call.args[0]);
    expect([...handled].sort()).toEqual(Object.keys(contract).sort());
  });

  it('serves its pages by handling the app scheme', () => {
    expect([...electron.schemeHandlers.keys()]).toEqual([appScheme]);
  });

  it('guards every web contents before its page loads', () => {
    const webContents = electron.windows[0]?.webContents;
    expect(webContents?.listenerCount('will-navigate')).toBe(1);
    expect(webContents?.listenerCount('will-redirect')).toBe(1);
    expect(webContents?.listenerCount('will-attach-webview')).toBe(1);
    expect(webContents?.windowOpenHandler).toBeTypeOf('function');
  });

  it('denies every permission the page asks for, and every check', () => {
    const { request, check, device } = electron.defaultSession.handlers;
    const answers: unknown[] = [];
    (request as (...args: unknown[]) => void)({}, 'notifications', (granted: boolean) =>
      answers.push(granted),
    );
    expect(answers).toEqual([false]);
    expect((check as (...args: unknown[]) => unknown)({}, 'clipboard-read')).toBe(false);
    expect((device as (...args: unknown[]) => unknown)({ deviceType: 'usb' })).toBe(false);
  });

  it('listens for nothing Electron never emits on this platform, bar the known findings', async ({
    annotate,
  }) => {
    const expected = knownFindings.filter(
      (finding) => !finding.platforms.includes(process.platform),
    );
    expect(byName(electron.findings())).toEqual(
      byName(expected.map(({ api, name, platforms }) => ({ api, name, platforms }))),
    );
    // Accepted is not fixed: each one is said in the test's output on every run.
    for (const finding of expected) {
      await annotate(
        `${finding.api} '${finding.name}' never comes on ${process.platform}: ${finding.why}`,
        'warning',
      );
    }
  });
});

const byName = (findings: readonly PlatformFinding[]): PlatformFinding[] =>
  [...findings].sort((a, b) => `${a.api}.${a.name}`.localeCompare(`${b.api}.${b.name}`));
