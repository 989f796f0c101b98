import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UnlockScreen } from './pages/JournalScreens.js';
import { testPassphrase } from './support/appHarness.js';
import { expect, test } from './support/fixtures.js';
import { seedAttempts } from './support/seedJournal.js';

test('a journal file put back to an older copy says which saves are missing, until read', async ({
  app,
}) => {
  const { page } = app;
  const journalFile = path.join(app.dataFolder, 'journal.askanyway');
  await app.core.lock('manual');
  // What a sync tool would bring back later: the journal as it is now.
  const older = readFileSync(journalFile);
  await new UnlockScreen(page).unlockToThisWeek(testPassphrase);
  await seedAttempts(app.core, 2);
  await app.core.lock('manual');
  writeFileSync(journalFile, older);

  await new UnlockScreen(page).unlockToThisWeek(testPassphrase);
  const notice = page.getByRole('region', { name: 'Some saves from this computer are missing' });
  await expect
    .poll(() => notice.getByRole('alert').textContent())
    .toMatch(
      // The older copy holds no save from this computer: only when the last one was made.
      /^2 saves from this computer, the last made on .+, are not in your journal file\./,
    );
  await notice.getByRole('button', { name: 'Go on without them' }).click();
  await expect.poll(() => notice.count()).toBe(0);

  // Read once, it is not told again.
  await app.core.lock('manual');
  await new UnlockScreen(page).unlockToThisWeek(testPassphrase);
  await expect
    .poll(() => page.getByRole('heading', { name: 'This week', level: 1 }).count())
    .toBe(1);
  expect(await notice.count()).toBe(0);
});
