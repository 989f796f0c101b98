import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { createCore, type Core } from '../../../main/core.js';
import { trustCallersFrom } from '../../../main/ipc/trustedCaller.js';
import { openPreferences } from '../../../main/platform/preferences.js';
import { resolveBundleFile } from '../../../main/window/bundlePath.js';
import { contentSecurityPolicy } from '../../../main/window/contentSecurityPolicy.js';
import type { EventName, EventPayload } from '../../../shared/ipc/contract.js';
import { manualTimers } from '../../support/manualTimers.js';
import { testCorePorts, testNow } from '../../support/testCore.js';
import { chromiumArgs, findChromium } from './chromium.js';

/**
 * The page is served from this origin by request interception, not by a server: no
 * port is opened, and `.invalid` can never resolve to a real host.
 */
const host = 'ask-anyway.invalid';
const origin = `https://${host}`;
const rendererDir = path.resolve('out/renderer');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

let bridgeScript: Promise<string> | undefined;

/** Creates and opens a journal through the vault service, answering its key check. */
async function createJournal(core: Core, passphrase: string): Promise<void> {
  const prepared = await core.vault.prepare(passphrase);
  const groups = prepared.recoveryKey.split('-');
  await core.vault.confirm(prepared.confirmGroups.map((position) => groups[position - 1] ?? ''));
}

/** The page-side bridge (bridge.ts + the real createApi), bundled once per run. */
function loadBridgeScript(): Promise<string> {
  bridgeScript ??= build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: path.resolve('tests/e2e/support/bridge.ts'),
        formats: ['iife'],
        name: 'askAnywayBridge',
      },
    },
  }).then((output) => {
    // With `write: false` and one format, vite answers with one bundle of one chunk.
    const [bundle] = output as { output: { code: string }[] }[];
    const code = bundle?.output[0]?.code;
    if (!code) throw new Error('Could not bundle the e2e bridge');
    return code;
  });
  return bridgeScript;
}

/** Starts the system Chromium, headless and offline. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error('Build the app first (npm run build): out/renderer/index.html is missing.');
  }
  return chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
}

/** A running app: the built renderer in a page, wired to a real main-side core. */
export interface AppHarness {
  readonly page: Page;
  readonly dataFolder: string;
  /** The main-side core currently answering the page. */
  readonly core: Core;
  /** The auto-lock's clock, moved by hand. */
  readonly timers: ReturnType<typeof manualTimers>;
  /** Sends a main → renderer event, as the app menu would. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): Promise<void>;
  /** Quits and starts the app again on the same data folder, as a user relaunching it. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** The passphrase of the journal that `openApp` creates unless told not to. */
export const testPassphrase = 'correct horse battery staple';

/**
 * Opens the app in a fresh data folder. With `journal: 'unlocked'` (the default) a
 * journal is created and opened through the core first, for tests about what comes
 * after; `journal: 'none'` starts where a new user starts.
 */
export async function openApp(
  browser: Browser,
  { journal = 'unlocked' }: { journal?: 'unlocked' | 'none' } = {},
): Promise<AppHarness> {
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-e2e-'));
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 1180, height: 800 },
  });
  const page = await context.newPage();

  const emit = async <E extends EventName>(event: E, payload: EventPayload<E>): Promise<void> => {
    await page.evaluate(
      ([name, data]) => {
        (globalThis as { askAnywayDeliver?: (e: string, p: unknown) => void }).askAnywayDeliver?.(
          name,
          data,
        );
      },
      [event, payload] as const,
    );
  };

  // The same core main/index.ts builds, on the same electron-store adapter and the real
  // vault (with a cheap KDF); locking reloads the page, as it reloads the window.
  const timers = manualTimers();
  const portsBase = await testCorePorts(dataFolder, { timers });
  const startCore = (): Core =>
    createCore({
      ...portsBase,
      appInfo: { name: 'Ask Anyway', version: '0.0.0-e2e', dataFolder },
      settingsStore: openPreferences(dataFolder).settings,
      // A page in the middle of a reload misses the event, as it would in Electron.
      emit: (event, payload) => void emit(event, payload).catch(() => undefined),
      reloadRenderer: () => void page.reload().catch(() => undefined),
      isTrustedCaller: trustCallersFrom(origin),
      log: { error: (message, error) => console.error(message, error) },
    });
  let core = startCore();
  if (journal === 'unlocked') await createJournal(core, testPassphrase);

  await context.route(`${origin}/**`, async (route) => {
    const file = resolveBundleFile(rendererDir, route.request().url(), host);
    if (!file || !existsSync(file)) return route.fulfill({ status: 404, body: 'Not found' });
    return route.fulfill({
      status: 200,
      body: readFileSync(file),
      headers: {
        'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
        'content-security-policy': contentSecurityPolicy,
      },
    });
  });
  await page.exposeBinding('askAnywayInvoke', (source, channel: unknown, request: unknown) =>
    core.router(channel, request, {
      url: source.frame.url(),
      isMainFrame: source.frame === source.page.mainFrame(),
    }),
  );
  await page.addInitScript({ content: await loadBridgeScript() });
  // The renderer's "today" (the week shown, a new attempt's time) is the computer's, as
  // main's is: both stand on the test day. Timers keep running.
  await page.clock.setFixedTime(testNow);
  await page.goto(`${origin}/index.html`);

  return {
    page,
    dataFolder,
    get core() {
      return core;
    },
    timers,
    emit,
    async restart() {
      core.stop();
      await core.vault.lock('quit');
      core = startCore();
      await page.reload();
    },
    async close() {
      core.stop();
      await core.vault.lock('quit').catch(() => undefined);
      await context.close();
      rmSync(dataFolder, { recursive: true, force: true });
    },
  };
}
