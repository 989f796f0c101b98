import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { test as base } from 'vitest';
import { launchBrowser, openApp } from './appHarness.js';

const failureDir = path.resolve('test-results/e2e-failures');

/**
 * `app` is a fresh app per test (own data folder, own browser context) in a browser
 * shared by the file. A failing test leaves a screenshot in test-results/e2e-failures.
 */
export const test = base
  // eslint-disable-next-line no-empty-pattern -- Vitest reads a fixture's dependencies from this pattern.
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('app', async ({ browser, task }, { onCleanup }) => {
    const app = await openApp(browser);
    onCleanup(async () => {
      // Checked here rather than in onTestFailed, which Vitest runs after this cleanup.
      if (task.result?.state === 'fail') {
        mkdirSync(failureDir, { recursive: true });
        const name = task.name.replace(/[^\w-]+/g, '-').slice(0, 80);
        await app.page.screenshot({ path: path.join(failureDir, `${name}.png`), fullPage: true });
      }
      await app.close();
    });
    return app;
  });

export { expect } from 'vitest';
