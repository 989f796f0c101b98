import path from 'node:path';
import { openVaultFile } from '../support/testCore.js';
import { AppShell } from './pages/AppShell.js';
import { SelfCheckForm } from './pages/SelfCheckForm.js';
import { accessibilityViolations } from './support/accessibility.js';
import { testPassphrase } from './support/appHarness.js';
import { expect, test } from './support/fixtures.js';

test('the self-check skipped at the first run can be taken later from The practice', async ({
  app,
}) => {
  const { page } = app;
  await new AppShell(page).link('The practice').click();
  const section = page.getByRole('region', { name: 'Check in with yourself' });
  await section.getByRole('button', { name: 'Take the self-check' }).click();
  // "Not now" closes it again, and nothing is recorded.
  await section.getByRole('button', { name: 'Not now' }).click();
  await section.getByRole('button', { name: 'Take the self-check' }).click();

  const selfCheck = new SelfCheckForm(page);
  await selfCheck.answer(['Sometimes', 'Sometimes', 'Sometimes', 'Sometimes', 'Rarely', 'Rarely']);
  await expect.poll(() => selfCheck.advice().textContent()).toBe('Start gently');
  expect(await accessibilityViolations(page)).toEqual([]);
  // Kept in the journal, like the first run's answers; "Not now" kept nothing.
  const db = await openVaultFile(path.join(app.dataFolder, 'journal.askanyway'), {
    passphrase: testPassphrase,
  });
  try {
    expect(db.exec('SELECT kind FROM self_checks')[0]?.values).toEqual([['onboarding']]);
  } finally {
    db.close();
  }
  await section.getByRole('button', { name: 'Done' }).click();
  await section.getByRole('button', { name: 'Take the self-check' }).waitFor();
});
