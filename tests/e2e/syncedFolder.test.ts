import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createCore } from '../../main/core.js';
import type { Caller } from '../../main/ipc/router.js';
import { madeAttempt } from '../support/practiceFixture.js';
import { openVaultFile, testCorePorts } from '../support/testCore.js';
import { AppShell } from './pages/AppShell.js';
import { UnlockScreen } from './pages/JournalScreens.js';
import { JournalPage } from './pages/JournalPage.js';
import { OutsideChangeNotice } from './pages/OutsideChangeNotice.js';
import { accessibilityViolations } from './support/accessibility.js';
import { testPassphrase, type AppHarness } from './support/appHarness.js';
import { expect, test } from './support/fixtures.js';

// The journal on a synced folder (issue 6, item 5): the laptop's version of the journal
// lands on the desk's file while the desk has it open.

const vaultFile = (dataFolder: string) => path.join(dataFolder, 'journal.askanyway');
const laptopRequest = 'Asked the baker for yesterday’s bread';

/**
 * The laptop: a synced copy of the desk's journal, opened in a core of its own, one
 * attempt added, locked. Returns the laptop's file.
 */
async function laptopVersion(deskFile: string): Promise<{ file: string; cleanup: () => void }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-laptop-'));
  const file = vaultFile(folder);
  copyFileSync(deskFile, file);
  const laptop = createCore(await testCorePorts(folder));
  const caller: Caller = { url: 'app://ask-anyway/index.html', isMainFrame: true };
  for (const [channel, payload] of [
    ['vault.unlock', { passphrase: testPassphrase }],
    ['attempts.create', { attempt: madeAttempt({ request: laptopRequest }), planItemId: null }],
    ['vault.lock', undefined],
  ] as const) {
    const result = await laptop.router(channel, payload, caller);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  }
  laptop.stop();
  return { file, cleanup: () => rmSync(folder, { recursive: true, force: true }) };
}

/** As a sync tool writes: a new file renamed over the desk's. */
function syncOver(from: string, to: string): void {
  copyFileSync(from, `${to}.sync-part`);
  renameSync(`${to}.sync-part`, to);
}

/** The requests a vault file holds, opened on its own. */
async function requestsIn(file: string): Promise<string[]> {
  const db = await openVaultFile(file, { passphrase: testPassphrase });
  try {
    const rows = db.exec('SELECT request FROM attempts ORDER BY request')[0]?.values ?? [];
    return rows.map(([request]) => String(request));
  } finally {
    db.close();
  }
}

/**
 * The desk's journal gets one attempt while the laptop adds its own to a synced copy;
 * then the laptop's version lands on the desk's file.
 */
async function laptopVersionLands(app: AppHarness, journal: JournalPage): Promise<void> {
  const laptop = await laptopVersion(vaultFile(app.dataFolder));
  await journal.open();
  await writeAttempt(app.page, 'Asked a stranger for directions');
  await journal.heading.waitFor();
  await expect.poll(() => journal.entries.count()).toBe(1);
  syncOver(laptop.file, vaultFile(app.dataFolder));
  laptop.cleanup();
}

async function writeAttempt(page: Page, request: string): Promise<void> {
  await page.getByRole('button', { name: 'New attempt' }).click();
  await page.getByLabel('What will you ask for?').fill(request);
  await page.getByLabel('What do you fear will happen?').fill('That they would laugh.');
  await page.getByRole('button', { name: 'Save as open attempt' }).click();
}

test('a save after another computer’s version landed is refused, the versions are merged, and the save goes through', async ({
  app,
}) => {
  const { page } = app;
  const journal = new JournalPage(page);
  await laptopVersionLands(app, journal);
  await writeAttempt(page, 'Asked for a table by the window');
  const notice = new OutsideChangeNotice(page);
  await notice.region.waitFor();
  await expect
    .poll(() => page.getByRole('alert').allTextContents())
    .toContainEqual(expect.stringMatching(/did not save over it/));
  // Nothing was written over the laptop's version; what was typed is still on screen.
  expect(await requestsIn(vaultFile(app.dataFolder))).toEqual([laptopRequest]);
  expect(await page.getByLabel('What will you ask for?').inputValue()).toBe(
    'Asked for a table by the window',
  );
  expect(await accessibilityViolations(page)).toEqual([]);

  await notice.merge('not the passphrase');
  await expect
    .poll(() => notice.region.getByRole('alert').allTextContents())
    .toContainEqual(expect.stringMatching(/passphrase/i));
  await notice.merge(testPassphrase);
  await expect
    .poll(() => notice.outcome.textContent())
    .toMatch(/^The two versions are merged: 1 entry added, 0 updated from the other version/);

  await page.getByRole('button', { name: 'Save as open attempt' }).click();
  await journal.heading.waitFor();
  await expect.poll(() => journal.entries.count()).toBe(3);
  expect(await requestsIn(vaultFile(app.dataFolder))).toEqual([
    'Asked a stranger for directions',
    'Asked for a table by the window',
    laptopRequest,
  ]);
});

test('locking with another version on the file keeps both; the unlock screen says where; it is merged in later from Settings, then deleted', async ({
  app,
}) => {
  const { page } = app;
  const journal = new JournalPage(page);
  await laptopVersionLands(app, journal);

  await page.getByRole('button', { name: 'Lock journal' }).click();
  const unlock = new UnlockScreen(page);
  await unlock.heading.waitFor();
  const kept = page.getByText(/both versions were kept/);
  await kept.waitFor();
  const name = /“(journal \(other version [^)]+\)\.askanyway)”/.exec(
    (await kept.textContent()) ?? '',
  )?.[1];
  expect(name).toBeDefined();
  expect(await accessibilityViolations(page)).toEqual([]);
  const otherVersion = path.join(app.dataFolder, name ?? '');
  expect(await requestsIn(otherVersion)).toEqual([laptopRequest]);
  expect(await requestsIn(vaultFile(app.dataFolder))).toEqual(['Asked a stranger for directions']);

  await unlock.unlock(testPassphrase);
  await new AppShell(page).openSettings();
  const versions = page.getByRole('region', { name: 'Other versions of your journal' });
  // The section lists the folder once it has opened: nothing is drawn until then.
  await expect
    .poll(async () => (await versions.getByRole('listitem').allTextContents()).join(' '))
    .toContain(name);
  await versions.getByRole('button', { name: 'Merge into this journal' }).click();
  const form = versions.getByRole('form', { name: `Merge ${name ?? ''}` });
  await form.getByLabel('That version’s passphrase', { exact: true }).fill(testPassphrase);
  await form.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect
    .poll(() => versions.getByRole('status').textContent())
    .toMatch(/^Merged “journal \(other version .*\)\.askanyway”: 1 entry added/);
  expect(await accessibilityViolations(page)).toEqual([]);

  // Merged, it can go: deleting asks first, and "Keep it" is the safe answer.
  await versions.getByRole('button', { name: 'Delete…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this version?' });
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect.poll(() => confirm.count()).toBe(0);
  expect(existsSync(otherVersion)).toBe(true);
  await versions.getByRole('button', { name: 'Delete…' }).click();
  await confirm.getByRole('button', { name: 'Delete it' }).click();
  await expect.poll(() => existsSync(otherVersion)).toBe(false);
  await expect.poll(() => versions.getByRole('listitem').count()).toBe(0);
  await journal.open();
  await expect.poll(() => journal.entries.count()).toBe(2);
});

test('keeping both from the notice puts the other version beside the journal', async ({ app }) => {
  const { page } = app;
  const laptop = await laptopVersion(vaultFile(app.dataFolder));
  syncOver(laptop.file, vaultFile(app.dataFolder));
  laptop.cleanup();
  const journal = new JournalPage(page);
  await journal.open();
  await writeAttempt(page, 'Asked for a table by the window');
  const notice = new OutsideChangeNotice(page);
  await notice.keepBoth();
  await expect
    .poll(() => notice.outcome.textContent())
    .toMatch(/the other version is kept beside it/);
  const name = /“(journal \(other version [^)]+\)\.askanyway)”/.exec(
    (await notice.outcome.textContent()) ?? '',
  )?.[1];
  expect(existsSync(path.join(app.dataFolder, name ?? 'missing'))).toBe(true);
  await page.getByRole('button', { name: 'Save as open attempt' }).click();
  await journal.heading.waitFor();
  expect(await requestsIn(vaultFile(app.dataFolder))).toEqual(['Asked for a table by the window']);
});

test('a draft whose autosave was refused is saved once the change is settled, before Lock', async ({
  app,
}) => {
  const { page } = app;
  const journal = new JournalPage(page);
  await laptopVersionLands(app, journal);
  await page.getByRole('button', { name: 'New attempt' }).click();
  await page.getByLabel('What will you ask for?').fill('Ask for a seat by the window');
  // The autosave meets the changed file: refused, and the notice comes up.
  const notice = new OutsideChangeNotice(page);
  await notice.region.waitFor();
  await notice.keepBoth();
  await notice.outcome.waitFor();
  // Nothing typed since: the Lock itself saves the draft the refused autosave owed.
  await new AppShell(page).link('Lock journal').click();
  const unlock = new UnlockScreen(page);
  await unlock.heading.waitFor();
  await unlock.unlock(testPassphrase);
  await journal.open();
  await page.getByRole('button', { name: 'New attempt' }).click();
  await journal.draftOffer.waitFor();
  expect(await journal.draftOffer.textContent()).toContain('Ask for a seat by the window');
});
