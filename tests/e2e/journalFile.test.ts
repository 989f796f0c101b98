import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chosenFolderName } from '../support/testCore.js';
import { AppShell } from './pages/AppShell.js';
import { JournalFileSection } from './pages/JournalFileSection.js';
import { UnlockScreen } from './pages/JournalScreens.js';
import { testPassphrase } from './support/appHarness.js';
import { expect, test } from './support/fixtures.js';

// The harness answers the folder dialog with `Chosen folder` inside the data folder.
test('Settings → Journal file moves the journal to the chosen folder, where it still opens', async ({
  app,
}) => {
  const oldPath = path.join(app.dataFolder, 'journal.askanyway');
  const newPath = path.join(app.dataFolder, chosenFolderName, 'journal.askanyway');
  const created = await app.page.evaluate(() =>
    window.api.ladders.create({ title: 'Asking strangers', goal: '' }),
  );
  expect(created.ok).toBe(true);

  await new AppShell(app.page).openSettings();
  const section = new JournalFileSection(app.page);
  await expect.poll(() => section.location.textContent()).toBe(oldPath);
  await section.move.click();

  // The journal locked for the move; the window reloaded onto it in its new place.
  const unlock = new UnlockScreen(app.page);
  await unlock.heading.waitFor();
  await unlock.unlock(testPassphrase);
  await new AppShell(app.page).openSettings();
  await expect.poll(() => new JournalFileSection(app.page).location.textContent()).toBe(newPath);
  expect([existsSync(newPath), existsSync(oldPath)]).toEqual([true, false]);
  const ladders = await app.page.evaluate(() => window.api.ladders.list());
  expect(ladders.ok && ladders.value.map((ladder) => ladder.title)).toEqual(['Asking strangers']);

  // Started again, the app opens the journal where it now lives.
  await app.restart();
  await new UnlockScreen(app.page).unlock(testPassphrase);
  await new AppShell(app.page).openSettings();
  await expect.poll(() => new JournalFileSection(app.page).location.textContent()).toBe(newPath);
});

test('a folder that already holds a journal is refused beside the button, and nothing moves', async ({
  app,
}) => {
  const taken = path.join(app.dataFolder, chosenFolderName);
  mkdirSync(taken);
  writeFileSync(path.join(taken, 'journal.askanyway'), 'someone else’s journal');

  await new AppShell(app.page).openSettings();
  const section = new JournalFileSection(app.page);
  await section.move.click();
  await expect
    .poll(() => section.alert.textContent())
    .toBe(
      'That folder already holds an Ask Anyway journal. Choose another folder, or open that journal with “Open another journal…”.',
    );
  await expect
    .poll(() => section.location.textContent())
    .toBe(path.join(app.dataFolder, 'journal.askanyway'));
  expect(await app.page.evaluate(() => window.api.vault.status())).toMatchObject({
    ok: true,
    value: { state: 'unlocked' },
  });
});

/** A second journal file in a folder of its own, as one a user double-clicks. */
function journalFileElsewhere(dataFolder: string): string {
  const folder = path.join(dataFolder, 'From the desktop');
  mkdirSync(folder);
  const file = path.join(folder, 'Other journal.askanyway');
  copyFileSync(path.join(dataFolder, 'journal.askanyway'), file);
  return file;
}

test('a journal file opened from the desktop is asked about, then opened in place of this one', async ({
  app,
}) => {
  const other = journalFileElsewhere(app.dataFolder);
  await app.openWithApp(other);
  const dialog = app.page.getByRole('dialog', { name: 'Open Other journal.askanyway?' });
  await expect.poll(() => dialog.textContent()).toContain('The journal now open will be locked.');
  await dialog.getByRole('button', { name: 'Open it' }).click();

  const unlock = new UnlockScreen(app.page);
  await unlock.heading.waitFor();
  await unlock.unlock(testPassphrase);
  await new AppShell(app.page).openSettings();
  await expect.poll(() => new JournalFileSection(app.page).location.textContent()).toBe(other);
});

test('a journal file opened from the desktop and declined changes nothing', async ({ app }) => {
  await app.openWithApp(journalFileElsewhere(app.dataFolder));
  const dialog = app.page.getByRole('dialog', { name: 'Open Other journal.askanyway?' });
  await dialog.getByRole('button', { name: 'Not now' }).click();
  await expect.poll(() => dialog.count()).toBe(0);

  await new AppShell(app.page).openSettings();
  await expect
    .poll(() => new JournalFileSection(app.page).location.textContent())
    .toBe(path.join(app.dataFolder, 'journal.askanyway'));
  expect(await app.page.evaluate(() => window.api.vault.status())).toMatchObject({
    ok: true,
    value: { state: 'unlocked' },
  });
});
