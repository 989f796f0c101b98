import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { screens } from '../../shared/ipc/contract.js';
import { CreateJournalScreen, UnlockScreen } from './pages/JournalScreens.js';
import { axeFindings } from './support/accessibility.js';
import type { AppHarness } from './support/appHarness.js';
import { fillDemoJournal } from './support/demoJournal.js';
import { expect, test } from './support/fixtures.js';

/** The impacts that fail the test; 'minor' and 'moderate' are left to review. */
const blocking = new Set(['serious', 'critical']);
const passphrase = 'orbit tulip kettle seventeen marmalade';

/** Runs axe on the page as it stands and returns its blocking violations as text. */
async function auditScreen(page: Page, screen: string): Promise<string[]> {
  return (await axeFindings(page))
    .filter((violation) => blocking.has(violation.impact ?? ''))
    .map((violation) =>
      [
        `[${screen}] ${violation.id} (${violation.impact}): ${violation.help}`,
        ...violation.nodes.map(
          (node) => `    at ${node.target.join(' ')}\n      ${node.failureSummary ?? ''}`,
        ),
      ].join('\n'),
    );
}

/** Waits until the screen has its heading and has finished loading. */
async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.getByRole('status').filter({ hasText: 'Loading…' }).waitFor({ state: 'detached' });
}

/**
 * Damages the locked journal so that unlocking it offers its backups, as journal.test.ts
 * does; the backup was made by rewriting the journal while it was open.
 */
async function damageJournal(app: AppHarness): Promise<void> {
  const file = path.join(app.dataFolder, 'journal.askanyway');
  const bytes = readFileSync(file);
  bytes[500] = (bytes[500] ?? 0) ^ 0xff;
  writeFileSync(file, bytes);
  await app.page.reload();
}

for (const theme of ['light', 'dark'] as const) {
  test(`every screen, before and after unlocking, has no serious or critical axe violation in the ${theme} theme`, async ({
    newUser: app,
  }) => {
    const { page } = app;
    const problems: string[] = [];
    const audit = async (screen: string) => problems.push(...(await auditScreen(page, screen)));

    // The theme is a setting, kept outside the journal: it applies before unlocking too.
    app.core.settings.update({ theme });
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe(theme);

    const create = new CreateJournalScreen(page);
    await create.welcomeHeading.waitFor();
    await audit('first run: welcome');
    await create.begin();
    await page.getByLabel('Passphrase', { exact: true }).fill('password1');
    // The strength meter loads its estimator on first use: audited once it is drawn.
    await page.getByText('Very weak').waitFor();
    await audit('create journal: passphrase');
    await create.choosePassphrase(passphrase);
    const recoveryKey = await create.recoveryKey();
    await audit('create journal: recovery key');
    await create.confirmWrittenDown();
    await page.getByRole('heading', { name: 'Check your copy' }).waitFor();
    await audit('create journal: type groups back');
    await create.typeGroups(recoveryKey);
    await create.selfCheckHeading.waitFor();
    await audit('first run: self-check');
    await create.answerSelfCheck([
      'Sometimes',
      'Sometimes',
      'Often',
      'Sometimes',
      'Rarely',
      'Never',
    ]);
    await create.advice().waitFor();
    await audit('first run: the self-check’s advice');
    await create.openJournal();
    await page.getByRole('heading', { name: 'This week', level: 1 }).waitFor();

    // Ten weeks of practice, a ladder and this week's plan, through the real API.
    await fillDemoJournal(page);
    // Every screen of the contract, those still being built included; the rail lists
    // them in the contract's order.
    const rail = page.getByRole('navigation', { name: 'Main' }).getByRole('button');
    for (const [index, screen] of screens.entries()) {
      await app.emit('app.navigate', { to: screen });
      await expect.poll(() => rail.nth(index).getAttribute('aria-current')).toBe('page');
      await settled(page);
      if (screen === 'insights') await page.locator('.recharts-surface').first().waitFor();
      await audit(screen);
    }
    // The report is a screen within Insights, not on the rail.
    await app.emit('app.navigate', { to: 'insights' });
    await page.getByRole('button', { name: 'Make a report for your therapist or coach' }).click();
    await page.getByRole('checkbox').first().waitFor();
    await audit('report');
    const insights = page.getByRole('region', { name: 'Rejections collected' });
    await app.emit('app.navigate', { to: 'insights' });
    await insights.getByRole('button', { name: 'Show as table' }).click();
    await insights.getByRole('table').waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    await audit('insights: a chart as a table');
    await app.emit('app.navigate', { to: 'journal' });
    await page.getByRole('button', { name: 'New attempt' }).click();
    await page.getByLabel('What will you ask for?').waitFor();
    await audit('journal: new attempt form');

    // Rewriting the journal keeps the previous file as a backup, for the last state.
    await app.core.vault.changePassphrase(passphrase, passphrase);

    await page.getByRole('button', { name: 'Lock journal' }).click();
    const unlock = new UnlockScreen(page);
    await unlock.heading.waitFor();
    await audit('unlock');
    await unlock.unlock('not the passphrase');
    await unlock.alert.waitFor();
    await audit('unlock: wrong passphrase');
    await page.getByRole('button', { name: /Use your recovery key/ }).click();
    await page.getByLabel('Recovery key').waitFor();
    await audit('unlock: with the recovery key');

    await damageJournal(app);
    await unlock.unlock(passphrase);
    await page.getByRole('heading', { name: 'Restore from a backup' }).waitFor();
    await audit('unlock: damaged, backups offered');

    expect(problems, `axe found:\n${problems.join('\n')}`).toEqual([]);
  });
}
