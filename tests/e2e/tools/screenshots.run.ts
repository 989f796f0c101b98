/**
 * Saves a screenshot of every screen in both themes, at a laptop's window and a full HD
 * one, to docs/screenshots/ (`week-light-1280.png` …), from the built renderer driven
 * exactly as the e2e tests drive it: `npm run screenshots`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { screens } from '../../../shared/ipc/contract.js';
import { test } from 'vitest';
import { launchBrowser, openApp, type AppHarness } from '../support/appHarness.js';
import { fillDemoJournal } from '../support/demoJournal.js';

const folder = path.resolve('docs/screenshots');
const themes = ['light', 'dark'] as const;
// The two windows issue 16 judges every screen at: a 13" laptop and a 1080p monitor.
const sizes = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

async function shoot(app: AppHarness, name: string): Promise<void> {
  // Charts and lazy screens settle after their data arrives.
  await app.page.waitForLoadState('networkidle');
  await app.page.waitForTimeout(400);
  // The window grows to show the whole screen, then shrinks back.
  const { page } = app;
  const size = page.viewportSize() ?? sizes[0];
  // Measured from the screen's own content: fixed-height parts (the rail) follow the window.
  const height = await page.evaluate(() => {
    const content = [...document.querySelectorAll('main > *')].map(
      (element) => element.getBoundingClientRect().bottom + window.scrollY,
    );
    return Math.ceil(Math.max(0, ...content)) + 32;
  });
  await page.setViewportSize({
    width: size.width,
    height: Math.min(Math.max(size.height, height), 6000),
  });
  await page.screenshot({ path: path.join(folder, `${name}.png`) });
  await page.setViewportSize(size);
  console.log(`docs/screenshots/${name}.png`);
}

test('every screen, in both themes and sizes, saved to docs/screenshots', async () => {
  mkdirSync(folder, { recursive: true });
  const browser = await launchBrowser();
  try {
    for (const [theme, size] of themes.flatMap((t) => sizes.map((s) => [t, s] as const))) {
      const tag = `${theme}-${size.width}`;
      const newUser = await openApp(browser, { journal: 'none' });
      await newUser.page.setViewportSize(size);
      newUser.core.settings.update({ theme });
      await newUser.page.getByRole('heading', { level: 1 }).first().waitFor();
      await shoot(newUser, `first-run-${tag}`);
      await newUser.close();

      const app = await openApp(browser);
      await app.page.setViewportSize(size);
      app.core.settings.update({ theme });
      await app.page.getByRole('heading', { name: 'This week', level: 1 }).waitFor();
      await fillDemoJournal(app.page);
      await app.page.reload();
      for (const screen of screens) {
        await app.emit('app.navigate', { to: screen });
        await app.page.locator('main h1').first().waitFor();
        await shoot(app, `${screen}-${tag}`);
      }
      // Screens within screens: the report, a ladder opened, an attempt's reflection, and
      // an attempt the form refuses to save as it is.
      await app.emit('app.navigate', { to: 'insights' });
      await app.page
        .getByRole('button', { name: 'Make a report for your therapist or coach' })
        .click();
      await app.page.getByRole('checkbox').first().waitFor();
      await shoot(app, `report-${tag}`);
      await app.emit('app.navigate', { to: 'ladders' });
      await app.page.getByRole('button', { name: /^Open/ }).first().click();
      await app.page.getByRole('heading', { name: 'Asking strangers', level: 2 }).waitFor();
      await shoot(app, `ladder-${tag}`);
      await app.emit('app.navigate', { to: 'journal' });
      await app.page.getByRole('button', { name: /^Edit/ }).first().click();
      await app.page.getByRole('heading', { name: 'Edit attempt', level: 1 }).waitFor();
      await shoot(app, `attempt-${tag}`);
      // A new attempt refused: a request of spaces, and a paste five times a field's limit.
      await app.emit('app.navigate', { to: 'journal' });
      await app.page.getByRole('button', { name: 'New attempt' }).click();
      await app.page.getByLabel('What will you ask for?').fill('   ');
      await app.page.getByLabel('How did it go?').selectOption({ label: 'Rejected' });
      await app.page
        .getByLabel('What actually happened?')
        .fill('The baker smiled and said no. '.repeat(3_334).slice(0, 100_000));
      await app.page.getByRole('button', { name: 'Save', exact: true }).click();
      await app.page.getByText('Write what you will ask for — a few words are enough.').waitFor();
      await shoot(app, `attempt-problems-${tag}`);
      // A fresh new attempt with an outcome chosen: every rating shows as not rated yet.
      await app.page.getByRole('button', { name: 'Discard changes' }).click();
      await app.page.getByRole('button', { name: 'New attempt' }).click();
      await app.page.getByLabel('What will you ask for?').fill('Ask a stranger for the time');
      await app.page.getByLabel('How did it go?').selectOption({ label: 'Rejected' });
      await app.page.getByRole('slider', { name: 'How surprising was it?' }).waitFor();
      await shoot(app, `attempt-unrated-${tag}`);
      // What shows above any screen when the journal file was changed elsewhere.
      await app.emit('vault.changedOnDisk', {});
      await app.page
        .getByRole('region', { name: 'Your journal file was changed somewhere else' })
        .waitFor();
      await shoot(app, `changed-elsewhere-${tag}`);
      await app.core.vault.lock('manual');
      await app.page.getByLabel('Passphrase', { exact: true }).waitFor();
      await shoot(app, `unlock-${tag}`);
      await app.close();
    }
  } finally {
    await browser.close();
  }
});
