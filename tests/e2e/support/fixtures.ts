import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { test as base, type TestContext } from 'vitest';
import { launchBrowser, openApp, type AppHarness } from './appHarness.js';

const failureDir = path.resolve('test-results/e2e-failures');

/**
 * Opens an app for one test and closes it after, with a screenshot if the test failed.
 * A test that passed fails still if the page reported an uncaught error, a
 * `console.error` or a CSP violation: the app is meant to run clean.
 */
async function appForTest(
  browser: Browser,
  task: TestContext['task'],
  onCleanup: (cleanup: () => Promise<void>) => void,
  journal: 'unlocked' | 'none',
): Promise<AppHarness> {
  const app = await openApp(browser, { journal });
  onCleanup(async () => {
    const problems = app.problems();
    // Checked here rather than in onTestFailed, which Vitest runs after this cleanup.
    const failed = task.result?.state === 'fail';
    if (failed) {
      mkdirSync(failureDir, { recursive: true });
      const name = task.name.replace(/[^\w-]+/g, '-').slice(0, 80);
      await app.page.screenshot({ path: path.join(failureDir, `${name}.png`), fullPage: true });
    }
    await app.close();
    if (!failed && problems.length > 0) {
      throw new Error(`The page reported problems:\n${problems.join('\n')}`);
    }
  });
  return app;
}

/**
 * `app` is a fresh app with an unlocked journal; `newUser` is a fresh app with no
 * journal yet. Each has its own data folder and browser context, in a browser shared by
 * the file. A failing test leaves a screenshot in test-results/e2e-failures.
 */
export const test = base
  // eslint-disable-next-line no-empty-pattern -- Vitest reads a fixture's dependencies from this pattern.
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('app', ({ browser, task }, { onCleanup }) =>
    appForTest(browser, task, onCleanup, 'unlocked'),
  )
  .extend('newUser', ({ browser, task }, { onCleanup }) =>
    appForTest(browser, task, onCleanup, 'none'),
  );

export { expect } from 'vitest';
