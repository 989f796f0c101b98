import { LaddersScreen } from './pages/LaddersScreen.js';
import { accessibilityViolations } from './support/accessibility.js';
import { expect, test } from './support/fixtures.js';
import { focusedLabel, problemBeside } from './support/fieldProblems.js';

const busStop = 'Ask someone at a bus stop what time it is';
const pen = 'Ask a colleague or classmate to lend you a pen';
const topUp = 'Ask for a top-up of a drink that does not come with refills';

test('build a ladder: rungs from the picker, reordered by keyboard, rated and re-rated with history', async ({
  app,
}) => {
  const { page } = app;
  const ladders = await LaddersScreen.open(page);
  await expect.poll(() => page.getByText('No ladders yet.').count()).toBe(1);

  await ladders.createLadder('Asking for things', 'Ask for what I need without dreading it.');
  await expect.poll(() => page.getByText(/^No rungs yet/).count()).toBe(1);
  await ladders.addRung('bus stop', busStop);
  await ladders.addRung('lend pen', pen);
  await ladders.addRung('top-up drink', topUp);
  await expect.poll(() => ladders.rungTitles()).toEqual([busStop, pen, topUp]);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');

  // A challenge already on the ladder is not offered again.
  await page.getByLabel('Search challenges').fill('bus stop');
  await expect.poll(() => page.getByText('No challenge matches “bus stop”').count()).toBe(1);
  await expect.poll(() => ladders.addButton(busStop).count()).toBe(0);

  // Keyboard only: Enter on "move up" twice; focus stays with the rung as it climbs.
  await ladders.moveButton(topUp, 'up').press('Enter');
  await expect.poll(() => ladders.rungTitles()).toEqual([busStop, topUp, pen]);
  await page.keyboard.press('Enter');
  await expect.poll(() => ladders.rungTitles()).toEqual([topUp, busStop, pen]);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent))
    .toBe(`↓Move down “${topUp}”`);
  await expect
    .poll(() => ladders.status.first().textContent())
    .toBe(`Moved “${topUp}” to rung 1 of 3.`);

  // Rating afterwards leaves focus where the user is, not on the rung moved before.
  await ladders.rate(topUp, 60);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent))
    .toBe(`Save rating for “${topUp}”`);
  await expect.poll(() => ladders.currentRating(topUp).textContent()).toMatch(/: 60 — /);
  await ladders.rate(pen, 40);
  await expect
    .poll(() => ladders.currentRating(pen).textContent())
    .toMatch(/^Expected distress: 40 — /);
  expect(await ladders.earlierRatings(pen).count()).toBe(0);
  // Rule 1: a rung expected to be easier than the one above it is pointed out.
  await expect
    .poll(() => ladders.orderHint(pen).textContent())
    .toMatch(/easier than the rung above it \(rated 60\)/);
  expect(await ladders.orderHint(topUp).count()).toBe(0);
  await ladders.rate(pen, 25);
  await expect
    .poll(() => ladders.currentRating(pen).textContent())
    .toMatch(/^Expected distress: 25 — .*, down 15 since your first rating$/);
  expect(await ladders.earlierRatings(pen).allTextContents()).toEqual([
    expect.stringMatching(/^40 on .*2026$/),
  ]);

  expect(await accessibilityViolations(page)).toEqual([]);

  // Everything came from main: a fresh visit shows the same ladder.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Journal', exact: true })
    .click();
  const again = await LaddersScreen.open(page);
  await expect.poll(() => page.getByText('3 rungs, 2 rated').count()).toBe(1);
  await again.openLadder('Asking for things');
  await expect.poll(() => again.rungTitles()).toEqual([topUp, busStop, pen]);
  expect(await again.earlierRatings(pen).count()).toBe(1);
});

test('edit a ladder, drag a rung, remove one, and delete the ladder only once confirmed', async ({
  app,
}) => {
  const { page } = app;
  const ladders = await LaddersScreen.open(page);
  await ladders.createLadder('Shops', '');
  await ladders.addRung('bus stop', busStop);
  await ladders.addRung('lend pen', pen);
  await ladders.addRung('top-up drink', topUp);

  await page.getByRole('button', { name: 'Edit name and goal' }).click();
  await page.getByLabel('Ladder name').fill('Shops and cafés');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await ladders.ladderHeading('Shops and cafés').waitFor();

  await ladders.rung(pen).locator('.drag-handle').dragTo(ladders.rung(busStop));
  await expect.poll(() => ladders.rungTitles()).toEqual([pen, busStop, topUp]);

  // A rung never rated goes at once; one with ratings asks first.
  await ladders
    .rung(busStop)
    .getByRole('button', { name: /^Remove/ })
    .click();
  await expect.poll(() => ladders.rungTitles()).toEqual([pen, topUp]);
  // Rating afterwards leaves focus where the user is, not on the rung moved before.
  await ladders.rate(topUp, 60);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent))
    .toBe(`Save rating for “${topUp}”`);
  await expect.poll(() => ladders.currentRating(topUp).textContent()).toMatch(/60/);
  await ladders
    .rung(topUp)
    .getByRole('button', { name: /^Remove/ })
    .click();
  await ladders.dialog().getByRole('button', { name: 'Keep it' }).click();
  await expect.poll(() => ladders.rungTitles()).toEqual([pen, topUp]);

  await page.getByRole('button', { name: 'Delete ladder' }).click();
  await expect
    .poll(() => ladders.dialog().getByRole('heading').textContent())
    .toBe('Delete “Shops and cafés”?');
  await page.keyboard.press('Escape');
  await expect.poll(() => ladders.dialog().count()).toBe(0);
  await ladders.ladderHeading('Shops and cafés').waitFor();

  await page.getByRole('button', { name: 'Delete ladder' }).click();
  await ladders.dialog().getByRole('button', { name: 'Delete ladder' }).click();
  await expect.poll(() => page.getByText('No ladders yet.').count()).toBe(1);
  await expect.poll(() => ladders.status.first().textContent()).toBe('Deleted “Shops and cafés”.');
});

test('a ladder with no name, or a goal past its limit, is refused beside its field until fixed', async ({
  app,
}) => {
  const { page } = app;
  const ladders = await LaddersScreen.open(page);
  const name = page.getByLabel('Ladder name');
  const goal = page.getByLabel('Goal');

  await name.fill('   ');
  await goal.fill('g'.repeat(1_004));
  await page.getByRole('button', { name: 'Create ladder' }).click();
  await expect
    .poll(() => problemBeside(name))
    .toBe('Give the ladder a name — a few words are enough.');
  expect(await problemBeside(goal)).toBe('Keep this to 1,000 characters at most — it has 1,004.');
  await expect.poll(() => focusedLabel(page)).toBe('Ladder name');
  expect(await accessibilityViolations(page)).toEqual([]);

  // Each problem goes as it is fixed; nothing was kept meanwhile, the pasted goal is whole.
  await name.fill('Speaking up');
  await expect.poll(() => problemBeside(name)).toBeNull();
  expect((await goal.inputValue()).length).toBe(1_004);
  await page.getByRole('button', { name: 'Create ladder' }).click();
  await expect.poll(() => focusedLabel(page)).toBe('Goal');
  expect(await ladders.ladderHeading('Speaking up').count()).toBe(0);
  await goal.fill('Say what I think in meetings.');
  await expect.poll(() => problemBeside(goal)).toBeNull();
  await page.getByRole('button', { name: 'Create ladder' }).click();
  await ladders.ladderHeading('Speaking up').waitFor();
});
