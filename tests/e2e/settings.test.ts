import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { channelNames, eventNames } from '../../shared/ipc/contract.js';
import { AppShell } from './pages/AppShell.js';
import { UnlockScreen } from './pages/JournalScreens.js';
import { SettingsScreen } from './pages/SettingsScreen.js';
import { testPassphrase } from './support/appHarness.js';
import { expect, test } from './support/fixtures.js';
import { importFileName, importVaultName } from '../support/testCore.js';

const waitFor = async (check: () => Promise<unknown>, expected: unknown): Promise<void> => {
  await expect.poll(check).toEqual(expected);
};

test('a theme chosen on the settings screen is drawn, saved, and survives reload and restart', async ({
  app,
}) => {
  const shell = new AppShell(app.page);
  const settings = await shell.openSettings();
  await waitFor(() => settings.themeOption('Match system').isChecked(), true);

  await settings.chooseTheme('Dark');
  await waitFor(() => settings.status.textContent(), 'Saved.');
  await waitFor(() => shell.appliedTheme(), 'dark');

  const onDisk = JSON.parse(
    readFileSync(path.join(app.dataFolder, 'preferences.json'), 'utf8'),
  ) as unknown;
  expect(onDisk).toMatchObject({ settings: { theme: 'dark' } });

  await app.page.reload();
  const afterReload = await new AppShell(app.page).openSettings();
  await waitFor(() => afterReload.themeOption('Dark').isChecked(), true);
  await waitFor(() => shell.appliedTheme(), 'dark');

  await app.restart();
  await new UnlockScreen(app.page).unlock(testPassphrase);
  const afterRestart = await new AppShell(app.page).openSettings();
  await waitFor(() => afterRestart.themeOption('Dark').isChecked(), true);
  await waitFor(() => shell.appliedTheme(), 'dark');
});

test('About says where the log file is, for a support request', async ({ app }) => {
  const settings = await new AppShell(app.page).openSettings();
  await waitFor(
    () => settings.aboutFact('Log file').textContent(),
    path.join(app.dataFolder, 'logs', 'ask-anyway.log'),
  );
});

test('the auto-lock time is changed with the keyboard alone and persists', async ({ app }) => {
  const shell = new AppShell(app.page);
  await shell.link('Settings').focus();
  await app.page.keyboard.press('Enter');
  const settings = new SettingsScreen(app.page);
  await settings.heading.waitFor();

  await settings.autoLock.focus();
  await app.page.keyboard.press('ArrowDown'); // 15 minutes
  await app.page.keyboard.press('ArrowDown'); // 30 minutes
  await waitFor(() => settings.autoLock.inputValue(), '30');
  await waitFor(() => settings.status.textContent(), 'Saved.');
  await waitFor(() => Promise.resolve(app.core.settings.get().autoLockMinutes), 30);

  await app.restart();
  await new UnlockScreen(app.page).unlock(testPassphrase);
  const again = await new AppShell(app.page).openSettings();
  await waitFor(() => again.autoLock.inputValue(), '30');
});

test('the daily reminder is switched on and its time set; they are kept with the preferences', async ({
  app,
}) => {
  const settings = await new AppShell(app.page).openSettings();
  const reminders = app.page.getByRole('group', { name: 'Reminders' });
  const time = reminders.getByLabel('At');
  expect(await time.isDisabled()).toBe(true);
  await reminders.getByLabel('Remind me on days with a planned challenge').check();
  await waitFor(() => settings.status.textContent(), 'Saved.');
  await time.fill('18:30');
  await waitFor(() => Promise.resolve(app.core.settings.get().reminders), {
    daily: true,
    time: '18:30',
  });
});

test('a payload with an unknown key is refused by main, names the key, and changes nothing', async ({
  app,
}) => {
  await new AppShell(app.page).openSettings();
  // Past the types on purpose: this is what a compromised page could send.
  const result = await app.page.evaluate(() =>
    window.api.settings.update({ theme: 'dark', admin: true } as never),
  );
  expect(result).toMatchObject({
    ok: false,
    error: { code: 'INVALID_REQUEST', message: expect.stringMatching(/admin/) as unknown },
  });
  expect(app.core.settings.get().theme).toBe('system');
});

test('the page’s window.api holds only the named methods, nothing generic', async ({ app }) => {
  const surface = await app.page.evaluate(() =>
    Object.entries(window.api).flatMap(([domain, methods]) =>
      Object.keys(methods as object).map((name) => `${domain}.${name}`),
    ),
  );
  // Exactly one method per channel and one `on…` per event of the contract: no invoke,
  // no send, nothing that could name a channel of the page's choosing.
  const expected = [
    ...channelNames,
    ...eventNames.map((event) => {
      const [domain = '', verb = ''] = event.split('.');
      return `${domain}.on${verb.charAt(0).toUpperCase()}${verb.slice(1)}`;
    }),
  ];
  expect(surface.sort()).toEqual(expected.sort());
  expect(surface).toContain('vault.unlock');
  expect(surface).toContain('attempts.search');
});

test('a theme changed from the app menu reaches the open page', async ({ app }) => {
  const shell = new AppShell(app.page);
  const settings = await shell.openSettings();
  // What the View → Theme menu item does in main.
  app.core.settings.update({ theme: 'light' });
  await waitFor(() => settings.themeOption('Light').isChecked(), true);
  await waitFor(() => shell.appliedTheme(), 'light');
});

test('a trusted person is kept in the encrypted journal, never in the preferences file', async ({
  app,
}) => {
  const shell = new AppShell(app.page);
  await shell.openSettings();
  const section = app.page.getByRole('form', { name: 'Trusted person' });
  await section.getByLabel('Name').fill('Robin Quill');
  await section.getByLabel('How to reach them').fill('07700 900123');
  await section.getByRole('button', { name: 'Save trusted person' }).click();
  await waitFor(() => section.getByText('Saved.').count(), 1);
  // No file in the data folder holds the name in plain text: the journal is encrypted.
  const files = readdirSync(app.dataFolder, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile(),
  );
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    expect(readFileSync(path.join(file.parentPath, file.name)).includes('Robin')).toBe(false);
  }

  await app.restart();
  await new UnlockScreen(app.page).unlock(testPassphrase);
  await new AppShell(app.page).openSettings();
  const again = app.page.getByRole('form', { name: 'Trusted person' });
  await waitFor(() => again.getByLabel('Name').inputValue(), 'Robin Quill');
  await waitFor(() => again.getByLabel('How to reach them').inputValue(), '07700 900123');
});

test('a plain export is written only after its warning, and a JSON export imports back', async ({
  app,
}) => {
  const { page } = app;
  await page.evaluate(() =>
    window.api.ladders.create({
      title: 'Asking at work',
      goal: 'Ask for help without apologising',
    }),
  );
  await new AppShell(page).openSettings();
  const data = page.getByRole('region', { name: 'Your data' });
  await data.getByRole('button', { name: /^Export as JSON/ }).click();
  const warning = data.getByRole('alertdialog');
  await expect.poll(() => warning.textContent()).toMatch(/will not be encrypted/);
  // Nothing is written until the user accepts the warning.
  const exported = path.join(app.dataFolder, 'Ask Anyway journal 2026-11-25.json');
  expect(existsSync(exported)).toBe(false);
  await warning.getByRole('button', { name: 'Export anyway' }).click();
  await waitFor(
    () => data.getByRole('status').textContent(),
    'Saved “Ask Anyway journal 2026-11-25.json”.',
  );
  const file = JSON.parse(readFileSync(exported, 'utf8')) as {
    tables: { ladders: { title: string }[] };
  };
  expect(file.tables.ladders.map((ladder) => ladder.title)).toEqual(['Asking at work']);

  // The same file, as if from another computer, with one more ladder: merged in by id.
  const [ladder] = file.tables.ladders;
  file.tables.ladders.push({
    ...ladder,
    id: '00000000-0000-4000-8000-0000000000bb',
    title: 'Asking friends',
  } as never);
  writeFileSync(path.join(app.dataFolder, importFileName), JSON.stringify(file));
  await data.getByRole('button', { name: 'Import a JSON export' }).click();
  await waitFor(
    () => data.getByRole('status').textContent(),
    'Imported: 1 entry added, 0 updated from the file, 1 left as your journal had it.',
  );
  const ladders = await page.evaluate(() => window.api.ladders.list());
  expect(ladders.ok && ladders.value.map((item) => item.title).sort()).toEqual([
    'Asking at work',
    'Asking friends',
  ]);
});

test('an encrypted backup is saved where chosen, and a backup is merged back with its passphrase', async ({
  app,
}) => {
  const { page } = app;
  await page.evaluate(() => window.api.ladders.create({ title: 'Asking at work', goal: 'Help' }));
  await new AppShell(page).openSettings();
  const data = page.getByRole('region', { name: 'Your data' });
  await data.getByRole('button', { name: 'Save an encrypted backup' }).click();
  const backup = path.join(app.dataFolder, 'Ask Anyway journal 2026-11-25.askanyway');
  await waitFor(
    () => data.getByRole('status').textContent(),
    'Saved the encrypted backup “Ask Anyway journal 2026-11-25.askanyway”.',
  );
  // Encrypted: the ladder's title is nowhere in the file.
  expect(readFileSync(backup).includes('Asking at work')).toBe(false);

  copyFileSync(backup, path.join(app.dataFolder, importVaultName));
  await data.getByRole('button', { name: 'Import from an encrypted backup' }).click();
  const form = data.getByRole('form', { name: 'Import from an encrypted backup' });
  await form.getByLabel('The backup’s passphrase', { exact: true }).fill(testPassphrase);
  await form.getByRole('button', { name: 'Choose the backup and import' }).click();
  await waitFor(
    () => data.getByRole('status').textContent(),
    'Imported: 0 entries added, 0 updated from the file, 1 left as your journal had it.',
  );
});
