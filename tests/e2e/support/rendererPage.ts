// The built renderer in a Chromium page, its window.api wired to a main-side router.
// Kept apart from appHarness.ts (which adds electron-store's preferences file) so the
// benchmarks can open the same page under tsx, where `electron` is not stubbed.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import type { Router } from '../../../main/ipc/router.js';
import { appOrigin } from '../../../main/window/appOrigin.js';
import { rendererBundleResponder } from '../../../main/window/appProtocol.js';
import type { EventName, EventPayload } from '../../../shared/ipc/contract.js';
import { observableWaitMs } from '../../support/patience.js';
import { testLocale as e2eLocale } from '../../support/pinnedFormat.js';
import { chromiumArgs, findChromium } from './chromium.js';

/**
 * The page is served from this origin by request interception, not by a server: no
 * port is opened, and `.invalid` can never resolve to a real host.
 */
const host = 'ask-anyway.invalid';
export const origin = `https://${host}`;
const rendererDir = path.resolve('out/renderer');

/** The app's own `app://` handler, answering for this origin as it does in Electron. */
const respond = rendererBundleResponder(rendererDir);
const asAppUrl = (url: string): string => {
  const { pathname, search } = new URL(url);
  return `${appOrigin}${pathname}${search}`;
};

/**
 * Reports to the test what the page would only log: a CSP violation (something the
 * app tried that its policy refused) as a console error, like every other problem.
 */
const reportPolicyViolations = `document.addEventListener('securitypolicyviolation', (event) => {
  console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline code') + ' at ' + event.sourceFile + ':' + event.lineNumber);
});`;

let bridgeScript: Promise<string> | undefined;

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

/** Whether `npm run build` has left a renderer to serve. */
export function rendererIsBuilt(): boolean {
  return existsSync(path.join(rendererDir, 'index.html'));
}

/** Starts the system Chromium, headless and offline. */
export async function launchBrowser(): Promise<Browser> {
  if (!rendererIsBuilt()) {
    throw new Error('Build the app first (npm run build): out/renderer/index.html is missing.');
  }
  return chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
}

/** A page of the built renderer, before it has been navigated to. */
export interface RendererPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Sends a main → renderer event, as main would. */
  readonly emit: <E extends EventName>(event: E, payload: EventPayload<E>) => Promise<void>;
  /** Loads the app's index page. */
  readonly open: () => Promise<void>;
  /**
   * What went wrong in the page so far: uncaught errors, `console.error` and CSP
   * violations. Every e2e test ends with none (tests/e2e/support/fixtures.ts).
   */
  readonly problems: () => readonly string[];
}

/**
 * Makes a page that serves the built renderer with the app's CSP and answers its
 * window.api with `router()` — a function, so the caller may swap the core behind it
 * (a restart) — called with the frame's URL, so the sender check runs too.
 */
export async function newRendererPage(
  browser: Browser,
  router: () => Router,
): Promise<RendererPage> {
  // One pinned locale, so the dates and numbers the tests read are the same everywhere.
  const context = await browser.newContext({
    viewport: { width: 1180, height: 800 },
    locale: e2eLocale,
  });
  // Playwright's own waits (a click, a locator's waitFor) as patient as expect.poll.
  context.setDefaultTimeout(observableWaitMs);
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

  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });

  await context.route(`${origin}/**`, async (route) => {
    const response = await respond(asAppUrl(route.request().url()));
    return route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });
  await page.exposeBinding('askAnywayInvoke', (source, channel: unknown, request: unknown) =>
    router()(channel, request, {
      url: source.frame.url(),
      isMainFrame: source.frame === source.page.mainFrame(),
    }),
  );
  await page.addInitScript({ content: await loadBridgeScript() });
  await page.addInitScript({ content: reportPolicyViolations });
  return {
    page,
    context,
    emit,
    open: async () => {
      await page.goto(`${origin}/index.html`);
    },
    problems: () => [...problems],
  };
}
