import { AppShell } from './pages/AppShell.js';
import { expect, test } from './support/fixtures.js';

test('a screen that breaks while it draws says the journal is safe, and a reload brings the app back', async ({
  app,
}) => {
  const { page } = app;
  // Main answering nonsense is the one way the page's own code can be made to throw here.
  app.answerWrongly('ladders.list', null);
  app.expectProblem(/ladders|Cannot read properties of null|above error/i);

  await new AppShell(page).link('Ladders').click();
  const failure = page.getByRole('alert').filter({ hasText: 'This screen stopped working' });
  await expect
    .poll(() => failure.textContent())
    .toContain('Your journal is safe: everything you saved is in its encrypted file');
  // The rest of the window still works: another screen opens.
  await new AppShell(page).link('Settings').click();
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();

  await new AppShell(page).link('Ladders').click();
  await failure.getByRole('button', { name: 'Reload Ask Anyway' }).click();
  await page.getByRole('heading', { name: 'This week', level: 1 }).waitFor();
  expect(app.problems()).toEqual([]);
});
