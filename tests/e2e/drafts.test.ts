import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { AppShell } from './pages/AppShell.js';
import { UnlockScreen } from './pages/JournalScreens.js';
import { JournalPage } from './pages/JournalPage.js';
import { accessibilityViolations } from './support/accessibility.js';
import { testPassphrase } from './support/appHarness.js';
import { expect, test } from './support/fixtures.js';

/** Every file under a folder, for the search for plain text. */
const filesUnder = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });

/** Locks from the rail and unlocks again, landing on This week. */
async function lockAndUnlock(page: Page): Promise<void> {
  await new AppShell(page).link('Lock journal').click();
  await new UnlockScreen(page).unlockToThisWeek(testPassphrase);
}

test('a new attempt left unsaved is offered back after leaving the journal and after a lock, and goes once saved', async ({
  app,
}) => {
  const { page } = app;
  const shell = new AppShell(page);
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'New attempt' }).click();
  await page.getByLabel('What will you ask for?').fill('Ask the florist for a single free stem');
  await page.getByLabel('What do you fear will happen?').fill('That she will sigh');
  await expect.poll(() => page.getByText(/^Draft kept in your journal at/).count()).toBe(1);
  // Typed and left at once, before the pause that saves: leaving saves it.
  await page
    .getByLabel('What do you fear will happen?')
    .fill('That she will sigh at me, zebracanary');
  await shell.link('This week').click();
  await page.getByRole('heading', { name: 'This week', level: 1 }).waitFor();

  await journal.open();
  await page.getByRole('button', { name: 'New attempt' }).click();
  await journal.draftOffer.waitFor();
  expect(await journal.draftOffer.textContent()).toContain(
    'Ask the florist for a single free stem',
  );

  // The words typed last (the offer shows only the request) are saved by now: a draft is
  // read only once the saves under way are on disk.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const draft = await window.api.drafts.get({ key: 'new' });
        return draft.ok ? draft.value?.fields.fearedConsequence : undefined;
      }),
    )
    .toBe('That she will sigh at me, zebracanary');
  // Nothing of it outside the encrypted journal: not in the page's storage, not in a file.
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  for (const file of filesUnder(app.dataFolder))
    expect(readFileSync(file).includes('zebracanary'), file).toBe(false);

  await lockAndUnlock(page);

  await journal.open();
  await page.getByRole('button', { name: 'New attempt' }).click();
  await journal.draftOffer.getByRole('button', { name: 'Continue' }).click();
  await expect
    .poll(() => page.getByLabel('What will you ask for?').inputValue())
    .toBe('Ask the florist for a single free stem');
  await expect
    .poll(() => page.getByLabel('What do you fear will happen?').inputValue())
    .toBe('That she will sigh at me, zebracanary');
  await page.getByRole('button', { name: 'Save as open attempt' }).click();
  await journal.entry('Ask the florist for a single free stem').waitFor();

  await page.getByRole('button', { name: 'New attempt' }).click();
  await page.getByRole('heading', { name: 'New attempt', level: 1 }).waitFor();
  await expect.poll(() => page.getByLabel('What will you ask for?').inputValue()).toBe('');
  expect(await journal.draftOffer.count()).toBe(0);
});

test('words typed just before Lock is clicked are kept in the draft', async ({ app }) => {
  const { page } = app;
  const journal = new JournalPage(page);
  await journal.open();
  await page.getByRole('button', { name: 'New attempt' }).click();
  await page.getByLabel('What will you ask for?').fill('Ask the barber for a free trim');
  // No pause for the autosave: the click itself moves focus out of the form.
  await lockAndUnlock(page);

  await journal.open();
  await page.getByRole('button', { name: 'New attempt' }).click();
  await journal.draftOffer.waitFor();
  expect(await journal.draftOffer.textContent()).toContain('Ask the barber for a free trim');
});

test('an edit left unsaved is offered back on that attempt; Discard brings back the saved one', async ({
  app,
}) => {
  const { page } = app;
  const journal = new JournalPage(page);
  await journal.open();
  await journal.startAttempt('Ask a neighbour to borrow a ladder', 'A flat no');

  await journal
    .entry('Ask a neighbour to borrow a ladder')
    .getByRole('button', { name: /^Edit/ })
    .click();
  await page.getByLabel('What do you fear will happen?').fill('A flat no, and a look');
  await page.getByRole('button', { name: 'Close' }).click();
  await journal.heading.waitFor();

  await journal
    .entry('Ask a neighbour to borrow a ladder')
    .getByRole('button', { name: /^Edit/ })
    .click();
  await journal.draftOffer.waitFor();
  await journal.draftOffer.getByRole('button', { name: 'Discard' }).click();
  await expect
    .poll(() => page.getByLabel('What do you fear will happen?').inputValue())
    .toBe('A flat no');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await journal
    .entry('Ask a neighbour to borrow a ladder')
    .getByRole('button', { name: /^Edit/ })
    .click();
  await page.getByRole('heading', { name: 'Edit attempt', level: 1 }).waitFor();
  expect(await journal.draftOffer.count()).toBe(0);
  // "Discard changes" throws the draft away at once.
  await page.getByLabel('What do you fear will happen?').fill('Something else entirely');
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await journal.heading.waitFor();
  await journal
    .entry('Ask a neighbour to borrow a ladder')
    .getByRole('button', { name: /^Edit/ })
    .click();
  await page.getByRole('heading', { name: 'Edit attempt', level: 1 }).waitFor();
  await expect
    .poll(() => page.getByLabel('What do you fear will happen?').inputValue())
    .toBe('A flat no');
  expect(await journal.draftOffer.count()).toBe(0);
});

test('nothing typed is cut: a request of spaces and a paste past its limit are refused beside their fields, kept whole across a lock, and saved once fixed', async ({
  app,
}) => {
  const { page } = app;
  const journal = new JournalPage(page);
  const request = page.getByLabel('What will you ask for?');
  const happened = page.getByLabel('What actually happened?');
  const focusedLabel = () =>
    page.evaluate(() => {
      const focused = document.activeElement;
      return focused?.id ? document.querySelector(`label[for="${focused.id}"]`)?.textContent : null;
    });

  await journal.open();
  await page.getByRole('button', { name: 'New attempt' }).click();
  await request.fill('     ');
  await page.getByRole('button', { name: 'Save as open attempt' }).click();
  const writeSomething = page.getByText('Write what you will ask for — a few words are enough.');
  await writeSomething.waitFor();
  await expect.poll(() => request.getAttribute('aria-invalid')).toBe('true');
  await expect.poll(focusedLabel).toBe('What will you ask for?');
  expect(await accessibilityViolations(page)).toEqual([]);
  await request.fill('Ask the baker for yesterday’s bread');
  await expect.poll(() => writeSomething.count()).toBe(0);
  await expect.poll(() => request.getAttribute('aria-invalid')).toBeNull();

  // A paste five times the limit: all of it stays in the field, and the form says so.
  await page.getByLabel('How did it go?').selectOption({ label: 'Rejected' });
  const pasted = 'The baker smiled. '.repeat(5_556).slice(0, 100_000);
  await happened.fill(pasted);
  const overLimit = page.getByText('Keep this to 20,000 characters at most — it has 100,000.');
  await overLimit.waitFor();
  expect((await happened.inputValue()).length).toBe(100_000);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(focusedLabel).toBe('What actually happened?');
  await expect.poll(() => page.getByRole('heading', { name: 'New attempt' }).count()).toBe(1);

  // The draft keeps every character across a lock, still marked, still unsaved.
  await expect.poll(() => page.getByText(/^Draft kept in your journal at/).count()).toBe(1);
  await lockAndUnlock(page);
  await journal.open();
  await expect.poll(() => page.getByText('No attempts yet').count()).toBe(1);
  await page.getByRole('button', { name: 'New attempt' }).click();
  await journal.draftOffer.getByRole('button', { name: 'Continue' }).click();
  await expect.poll(async () => (await happened.inputValue()).length).toBe(100_000);
  await overLimit.waitFor();

  // Trimmed to just under the limit: the count shows, and it saves.
  await happened.fill(pasted.slice(0, 19_990));
  await page.getByText('19,990 of 20,000 characters').waitFor();
  await expect.poll(() => overLimit.count()).toBe(0);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await journal.heading.waitFor();
  await expect
    .poll(() => journal.entry('Ask the baker for yesterday’s bread').textContent())
    .toMatch(/Rejected/);
});
