import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { practiceRules } from '../../renderer/features/guide/practiceRules.js';
import { recoveryKeyClipboardSeconds } from '../../shared/domain/vault.js';
import { CreateJournalScreen, UnlockScreen } from './pages/JournalScreens.js';
import { accessibilityViolations } from './support/accessibility.js';
import { focusedLabel, problemBeside } from './support/fieldProblems.js';
import { testPassphrase } from './support/appHarness.js';
import { expect, test } from './support/fixtures.js';

const vaultFile = (dataFolder: string) => path.join(dataFolder, 'journal.askanyway');

test('first run: the welcome, a passphrase, the recovery key copied, saved and printed, typed back, then the self-check advises', async ({
  newUser,
}) => {
  const { page } = newUser;
  const create = new CreateJournalScreen(page);
  await create.welcomeHeading.waitFor();
  await expect.poll(() => page.getByText(/not therapy/).count()).toBe(1);
  expect(await page.getByRole('heading', { level: 3 }).allTextContents()).toEqual(
    practiceRules.map((rule) => rule.title),
  );
  await create.begin();

  await page.getByLabel('Passphrase', { exact: true }).fill('password1');
  await expect.poll(() => page.getByText('Very weak').count()).toBe(1);
  await create.choosePassphrase('orbit tulip kettle seventeen marmalade');
  const recoveryKey = await create.recoveryKey();
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);

  await create.keyAction('Copy').click();
  await expect.poll(() => create.keyStatus.textContent()).toMatch(/^Copied.*cleared/);
  expect(newUser.clipboard.text).toBe(recoveryKey);
  newUser.timers.advance(recoveryKeyClipboardSeconds * 1000);
  await expect.poll(() => newUser.clipboard.text).toBe('');

  await create.keyAction('Save to file').press('Enter');
  await expect
    .poll(() => create.keyStatus.textContent())
    .toBe('Saved as “Ask Anyway recovery key.txt”.');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Save to file');
  const saved = path.join(newUser.dataFolder, 'Ask Anyway recovery key.txt');
  expect(readFileSync(saved, 'utf8').split('\n')).toContain(recoveryKey);
  expect(statSync(saved).mode & 0o777).toBe(0o600);

  // The print dialog is the browser's; what matters is that it opens and prints the key alone.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await create.keyAction('Print').click();
  expect(await page.locator('body').getAttribute('data-printed')).toBe('yes');
  await page.emulateMedia({ media: 'print' });
  expect(await create.heading.isVisible()).toBe(false);
  expect(await create.keyAction('Copy').isVisible()).toBe(false);
  expect(await create.recoveryKeyCard.locator('code').last().isVisible()).toBe(true);
  expect(await page.getByText('Ask Anyway — recovery key').isVisible()).toBe(true);
  await page.emulateMedia({ media: 'screen' });
  await create.confirmWrittenDown();

  await create.typeGroups(recoveryKey, { wrong: true });
  await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/does not match/);
  expect(existsSync(vaultFile(newUser.dataFolder))).toBe(false);

  await create.typeGroups(recoveryKey);
  await create.selfCheckHeading.waitFor();
  expect(existsSync(vaultFile(newUser.dataFolder))).toBe(true);
  expect(await accessibilityViolations(page)).toEqual([]);
  await create.answerSelfCheck(['Rarely', 'Sometimes', 'Rarely', 'Rarely', 'Never', 'Often']);
  await expect.poll(() => create.advice().textContent()).toBe('Talk to a professional first');
  expect(await page.getByRole('heading', { name: 'Where to find professional help' }).count()).toBe(
    1,
  );

  await create.openJournal();
  await page.getByRole('heading', { name: 'This week', level: 1 }).waitFor();
});

test('the self-check can suggest starting gently, with the easiest challenges', async ({
  newUser,
}) => {
  const { page } = newUser;
  const create = new CreateJournalScreen(page);
  await create.begin();
  await create.choosePassphrase('orbit tulip kettle seventeen marmalade');
  const recoveryKey = await create.recoveryKey();
  await create.confirmWrittenDown();
  await create.typeGroups(recoveryKey);
  // A total of 10: avoidance is part of most weeks, though it does not keep them in.
  await create.answerSelfCheck([
    'Sometimes',
    'Sometimes',
    'Sometimes',
    'Sometimes',
    'Rarely',
    'Rarely',
  ]);
  await expect.poll(() => create.advice().textContent()).toBe('Start gently');
  await expect.poll(() => page.getByText(/Begin with the very easiest challenges/).count()).toBe(1);
  await create.openJournal();
  await page.getByRole('heading', { name: 'This week', level: 1 }).waitFor();
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
  const recoveryKey = await new CreateJournalScreen(page).createJournal('first passphrase of mine');
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

test('first run: a blank or mistyped passphrase is refused beside its field, and the journal is made once both match', async ({
  newUser,
}) => {
  const { page } = newUser;
  const create = new CreateJournalScreen(page);
  await create.welcomeHeading.waitFor();
  await create.begin();
  const passphrase = page.getByLabel('Passphrase', { exact: true });
  const again = page.getByLabel('Type it again');
  const continueButton = page.getByRole('button', { name: 'Continue' });

  await continueButton.click();
  await expect
    .poll(() => problemBeside(passphrase))
    .toBe('Choose a passphrase — four or more unrelated words are easy to remember.');
  await expect.poll(() => focusedLabel(page)).toBe('Passphrase');
  expect(await accessibilityViolations(page)).toEqual([]);

  await passphrase.fill('orbit tulip kettle seventeen marmalade');
  await expect.poll(() => problemBeside(passphrase)).toBeNull();
  // The strength feedback stays as it was, beside the problems.
  await expect.poll(() => page.locator('.strength-label').textContent()).toMatch(/strong/i);
  await again.fill('orbit tulip kettle');
  await continueButton.click();
  await expect
    .poll(() => problemBeside(again))
    .toBe('Type the same passphrase again — the two are not the same yet.');
  await expect.poll(() => focusedLabel(page)).toBe('Type it again');
  expect(await create.recoveryKeyCard.count()).toBe(0);

  await again.fill('orbit tulip kettle seventeen marmalade');
  await expect.poll(() => problemBeside(again)).toBeNull();
  await continueButton.click();
  expect(await create.recoveryKey()).toMatch(/^([0-9A-Z]{4}-){12}[0-9A-Z]{4}$/);
});
