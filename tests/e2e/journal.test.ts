import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CreateJournalScreen, UnlockScreen } from './pages/JournalScreens.js';
import { testPassphrase } from './support/appHarness.js';
import { expect, test } from './support/fixtures.js';

const vaultFile = (dataFolder: string) => path.join(dataFolder, 'journal.askanyway');

test('first run: a passphrase, the recovery key shown once and four groups typed back create the journal', async ({
  newUser,
}) => {
  const { page } = newUser;
  const create = new CreateJournalScreen(page);
  await create.heading.waitFor();
  await page.getByLabel('Passphrase', { exact: true }).fill('password1');
  await expect.poll(() => page.getByText('Very weak').count()).toBe(1);

  await create.choosePassphrase('orbit tulip kettle seventeen marmalade');
  const recoveryKey = await create.recoveryKey();
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
  await create.confirmWrittenDown();

  await create.typeGroups(recoveryKey, { wrong: true });
  await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/does not match/);
  expect(existsSync(vaultFile(newUser.dataFolder))).toBe(false);

  await create.typeGroups(recoveryKey);
  await page.getByRole('heading', { name: 'This week', level: 1 }).waitFor();
  expect(existsSync(vaultFile(newUser.dataFolder))).toBe(true);
});

test('lock from the rail, a wrong passphrase told plainly, then unlock', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Lock journal' }).click();
  const unlock = new UnlockScreen(page);
  await unlock.heading.waitFor();
  await expect.poll(() => page.getByText('You locked your journal.').count()).toBe(1);

  await unlock.unlock('not the passphrase');
  await expect.poll(() => unlock.alert.textContent()).toMatch(/does not open this journal/);
  await unlock.unlock(testPassphrase);
  await page.getByRole('heading', { name: 'This week', level: 1 }).waitFor();
});

test('the journal locks itself after the idle minutes, and says so', async ({ app }) => {
  const { page } = app;
  await page.getByRole('heading', { name: 'This week', level: 1 }).waitFor();
  app.timers.advance(11 * 60_000);
  const unlock = new UnlockScreen(page);
  await unlock.heading.waitFor();
  await expect.poll(() => page.getByText(/locked itself after a while/).count()).toBe(1);
});

test('a forgotten passphrase is reset with the recovery key, which is then replaced', async ({
  newUser,
}) => {
  const { page } = newUser;
  const create = new CreateJournalScreen(page);
  await create.choosePassphrase('first passphrase of mine');
  const recoveryKey = await create.recoveryKey();
  await create.confirmWrittenDown();
  await create.typeGroups(recoveryKey);
  await page.getByRole('button', { name: 'Lock journal' }).click();

  const unlock = new UnlockScreen(page);
  await unlock.resetWithRecoveryKey(
    recoveryKey.toLowerCase().replace(/-/g, ' '),
    'second passphrase of mine',
  );
  await expect
    .poll(() => page.getByRole('status').first().textContent())
    .toMatch(/passphrase is changed/);
  const newKey = (
    await page.getByRole('group', { name: 'Recovery key' }).locator('code').allTextContents()
  ).join('-');
  expect(newKey).not.toBe(recoveryKey);
  await page.getByRole('button', { name: 'I have written it down' }).click();
  await page.getByRole('heading', { name: 'This week', level: 1 }).waitFor();

  await page.getByRole('button', { name: 'Lock journal' }).click();
  await unlock.unlock('first passphrase of mine');
  await expect.poll(() => unlock.alert.textContent()).toMatch(/does not open/);
  await unlock.unlock('second passphrase of mine');
  await page.getByRole('heading', { name: 'This week', level: 1 }).waitFor();
});

test('a damaged journal offers its backups, and restoring one opens it again', async ({ app }) => {
  const { page } = app;
  // Rewriting the journal keeps the previous file as a backup (same passphrase, new keys).
  await app.core.vault.changePassphrase(testPassphrase, testPassphrase);
  await app.core.vault.lock('manual');
  const file = vaultFile(app.dataFolder);
  const bytes = readFileSync(file);
  bytes[500] = (bytes[500] ?? 0) ^ 0xff;
  writeFileSync(file, bytes);
  await page.reload();

  const unlock = new UnlockScreen(page);
  await unlock.unlock(testPassphrase);
  await expect.poll(() => unlock.alert.textContent()).toMatch(/damaged/);
  await page.getByRole('heading', { name: 'Restore from a backup' }).waitFor();
  await page
    .getByRole('button', { name: /^Restore/ })
    .first()
    .click();
  // The unlock form is drawn anew once the restore is done: typing before that is lost.
  await page.getByRole('heading', { name: 'Restore from a backup' }).waitFor({ state: 'detached' });

  await unlock.unlock(testPassphrase);
  await page.getByRole('heading', { name: 'This week', level: 1 }).waitFor();
});
