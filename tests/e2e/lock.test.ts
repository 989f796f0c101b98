import type { Page } from 'playwright-core';
import { UnlockScreen } from './pages/JournalScreens.js';
import { JournalPage } from './pages/JournalPage.js';
import type { AppHarness } from './support/appHarness.js';
import { testPassphrase } from './support/appHarness.js';
import { expect, test } from './support/fixtures.js';

/** Starts a new attempt and types its request, leaving the cursor in the form. */
async function typeUnsavedRequest(page: Page, request: string): Promise<void> {
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'New attempt' }).click();
  await page.getByLabel('What will you ask for?').fill(request);
}

/** Unlocks the journal the lock left and reads back the request of the draft offered. */
async function requestAfterUnlock(page: Page): Promise<string> {
  await new UnlockScreen(page).unlockToThisWeek(testPassphrase);

  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'New attempt' }).click();
  await journal.draftOffer.getByRole('button', { name: 'Continue' }).click();
  const request = page.getByLabel('What will you ask for?');
  await expect.poll(() => request.inputValue()).not.toBe('');
  return request.inputValue();
}

test.for<[string, (app: AppHarness) => void | Promise<void>]>([
  // What File → Lock Journal (Ctrl/⌘+L) runs in main; suspend, screen lock and quit
  // call the same function with their own reason.
  ['the menu’s Lock', (app) => app.core.lock('manual')],
  // The idle minutes pass on main's clock, with the words still in the form.
  ['the idle lock', (app) => app.timers.advance(11 * 60_000)],
])(
  'words typed, not yet autosaved, are in the draft after %s and an unlock',
  async ([, lock], { app }) => {
    const { page } = app;
    // Typed and locked at once, well inside the autosave's pause: only the lock's request
    // to the page saves them.
    await typeUnsavedRequest(page, 'Ask the barista for a second biscotti');
    await lock(app);

    expect(await requestAfterUnlock(page)).toBe('Ask the barista for a second biscotti');
  },
);
