import { JournalPage } from './pages/JournalPage.js';
import { PlanScreen } from './pages/PlanScreen.js';
import { seedLadder, seedMadeAttempts } from './support/practiceSeeds.js';
import { axeViolations } from './support/accessibility.js';
import { focusedLabel, problemBeside } from './support/fieldProblems.js';
import { expect, test } from './support/fixtures.js';

const wednesday = 'Wednesday 25 November';
const thursday = 'Thursday 26 November';
const friday = 'Friday 27 November';

const mint = 'Ask someone nearby whether they could spare a mint';
const kitchen = 'Ask a restaurant whether you could see their kitchen';
const halfPortion = 'Ask a restaurant for a half portion at a lower price';
const freeDrink = 'Ask a café for a hot drink on the house';
const pen = 'Ask a colleague or classmate to lend you a pen';

/** Two easy asks made last week: the user has shown level 2, so up to 4 is comfortable. */
const easyHistory = [
  {
    challengeId: 'lib.ask-for-a-taste',
    title: 'Ask a bakery or deli whether you can taste something before buying',
    category: 'food_and_shops',
    difficulty: 2,
    day: '2026-11-20',
  },
  {
    challengeId: 'lib.ask-about-a-discount',
    title: 'Ask at a till whether there is any discount today',
    category: 'money',
    difficulty: 2,
    day: '2026-11-21',
  },
] as const;

test('plan a week by keyboard: a comfortable step goes straight in, a flooding jump is warned about and a smaller step chosen in one key press', async ({
  app,
}) => {
  const { page } = app;
  await seedMadeAttempts(page, easyHistory);
  const plan = new PlanScreen(page);
  await plan.open();
  await expect.poll(() => plan.weekTitle.textContent()).toBe('23 – 29 November 2026 · this week');
  await expect.poll(() => plan.day(wednesday).getByText('Today', { exact: true }).count()).toBe(1);
  await expect.poll(() => plan.day(thursday).getByText('Today', { exact: true }).count()).toBe(0);

  // A difficulty-3 step from level 2: fine, planned at once, by keyboard alone.
  await plan.pickerDay.selectOption({ label: `${wednesday} (today)` });
  await plan.search.focus();
  await page.keyboard.type('spare a mint');
  await page.keyboard.press('Tab');
  await expect.poll(() => plan.focusedText()).toBe(`Place “${mint}” on ${wednesday}`);
  await page.keyboard.press('Enter');
  await expect
    .poll(() => plan.status.allTextContents())
    .toContain(`Planned “${mint}” for ${wednesday}.`);
  await expect.poll(() => plan.item(wednesday, mint).textContent()).toMatch(/Planned/);

  // Difficulty 7 from level 2 is flooding: nothing is planned until the user decides.
  await plan.pickerDay.selectOption({ label: thursday });
  await plan.search.fill('see their kitchen');
  await plan.placeButton(kitchen).focus();
  await page.keyboard.press('Enter');
  await plan.advice.waitFor();
  await expect
    .poll(() => plan.advice.getByRole('heading').textContent())
    .toBe('That is a very big jump');
  await expect
    .poll(() => plan.advice.textContent())
    .toMatch(/difficulty 7\. Recently you have shown level 2, so steps up to difficulty 4/);
  await expect.poll(() => plan.day(thursday).getByText('Nothing planned.').count()).toBe(1);

  // The advice takes the focus; the gentler steps are the next stops, the same category first.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')))
    .toBe('group');
  await page.keyboard.press('Tab');
  await expect.poll(() => plan.focusedText()).toBe(`Plan “${halfPortion}” instead`);
  await page.keyboard.press('Enter');
  await expect
    .poll(() => plan.itemsOn(thursday))
    .toEqual([expect.stringContaining(halfPortion) as string]);
  await expect.poll(() => plan.advice.count()).toBe(0);

  // A big jump (difficulty 5) is only worth a second thought: the user may keep it.
  await plan.place(freeDrink, friday);
  await expect
    .poll(() => plan.advice.getByRole('heading').textContent())
    .toBe('That is a big jump');
  await plan.advice.getByRole('button', { name: `Keep “${freeDrink}” anyway` }).click();
  await expect.poll(() => plan.item(friday, freeDrink).textContent()).toMatch(/Planned/);

  // The plan is kept: it is there after a fresh visit.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Challenges' })
    .click();
  await plan.open();
  await expect.poll(() => plan.itemsOn(wednesday)).toHaveLength(1);
  await expect.poll(() => plan.itemsOn(thursday)).toHaveLength(1);
  await expect.poll(() => plan.itemsOn(friday)).toHaveLength(1);
});

test('with no level shown yet, the flooding advice says what the user has done and offers their own ladder’s rung first', async ({
  app,
}) => {
  const { page } = app;
  // The user rated the mint 25 of 100 (a 3 for them) and has not rated the taste yet (a 2).
  await seedLadder(page, 'Cafés and shops', [
    { challengeId: 'lib.ask-for-a-taste', anticipatedSuds: null },
    { challengeId: 'lib.ask-for-a-mint', anticipatedSuds: 25 },
  ]);
  const plan = new PlanScreen(page);
  await plan.open();

  // Nothing finished yet: the advice says so, rather than speaking of attempts made.
  await plan.place(kitchen, thursday);
  await expect
    .poll(() => plan.advice.textContent())
    .toMatch(
      /difficulty 7\. You haven’t finished an ask in the last eight weeks, so a comfortable start is difficulty 1 to 3\./,
    );
  // The user's own rungs come first, the hardest by their own rating first; then the library.
  await expect.poll(() => plan.gentlerSteps()).toHaveLength(3);
  const [mintRung = '', tasteRung = '', fromLibrary = ''] = await plan.gentlerSteps();
  expect(mintRung).toBe(
    `Plan “${mint}” insteadFrom your ladder “Cafés and shops” · you rated it 25 of 100`,
  );
  expect(tasteRung).toMatch(
    /From your ladder “Cafés and shops” · not rated yet, difficulty 2 of 10$/,
  );
  expect(fromLibrary).toMatch(/Difficulty [1-3] of 10$/);
  await plan.advice.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => plan.advice.count()).toBe(0);

  // One ask finished: the advice counts it and says what would show a level.
  await seedMadeAttempts(page, [easyHistory[0]]);
  await plan.place(kitchen, thursday);
  await expect
    .poll(() => plan.advice.textContent())
    .toMatch(
      /In the last eight weeks you have finished one ask, at difficulty 2\. Your level will be the highest difficulty that two of your asks reach, so for now a comfortable start is difficulty 1 to 3\./,
    );
  await plan.gentler(mint).click();
  await expect
    .poll(() => plan.itemsOn(thursday))
    .toEqual([expect.stringContaining(mint) as string]);
});

test('an item is moved with the select and by dragging, skipped with a kind reason, and removed; the week can be paged', async ({
  app,
}) => {
  const { page } = app;
  const plan = new PlanScreen(page);
  await plan.open();
  await plan.place(mint, wednesday);
  await expect.poll(() => plan.itemsOn(wednesday)).toHaveLength(1);
  await plan.place(pen, wednesday);
  await expect.poll(() => plan.itemsOn(wednesday)).toHaveLength(2);

  await plan.move(wednesday, mint, friday);
  await expect
    .poll(() => plan.item(wednesday, mint).textContent())
    .toMatch(/Moved to Friday 27 November/);
  await expect.poll(() => plan.item(friday, mint).textContent()).toMatch(/Planned/);

  await plan.drag(wednesday, pen, thursday);
  await expect
    .poll(() => plan.item(wednesday, pen).textContent())
    .toMatch(/Moved to Thursday 26 November/);
  await expect.poll(() => plan.item(thursday, pen).textContent()).toMatch(/Planned/);
  // A moved item is history: it can no longer be moved, skipped or removed.
  await expect.poll(() => plan.item(wednesday, pen).getByRole('button').count()).toBe(0);

  await plan
    .item(friday, mint)
    .getByRole('button', { name: `Skip “${mint}”` })
    .click();
  await expect
    .poll(() => plan.item(friday, mint).textContent())
    .toMatch(/Skipping is allowed\. A word about why helps you notice patterns later\./);
  await plan.item(friday, mint).getByLabel('What got in the way? (optional)').fill('Felt unwell');
  await plan.item(friday, mint).getByRole('button', { name: 'Skip it' }).click();
  await expect.poll(() => plan.item(friday, mint).textContent()).toMatch(/Skipped “Felt unwell”/);

  await plan
    .item(thursday, pen)
    .getByRole('button', { name: `Remove “${pen}”` })
    .click();
  await expect.poll(() => plan.day(thursday).getByText('Nothing planned.').count()).toBe(1);

  await plan.showWeek('Next week');
  await expect.poll(() => plan.weekTitle.textContent()).toBe('30 November – 6 December 2026');
  await expect
    .poll(() => plan.day('Monday 30 November').getByText('Nothing planned.').count())
    .toBe(1);
  await plan.showWeek('Previous week');
  await plan.showWeek('Previous week');
  await expect.poll(() => plan.weekTitle.textContent()).toBe('16 – 22 November 2026');
  await plan.showWeek('This week');
  await expect.poll(() => plan.itemsOn(friday)).toHaveLength(1);
});

test('a planned item today opens a new attempt, and once begun it leads back to that attempt', async ({
  app,
}) => {
  const { page } = app;
  const plan = new PlanScreen(page);
  await plan.open();
  // A beginner's next steps are comfortable starts: difficulty 1 to 3.
  await expect.poll(() => plan.nextSteps().count()).toBe(3);
  for (const step of await plan.nextSteps().allTextContents()) {
    expect(step).toMatch(/difficulty [1-3]/);
  }
  // A suggestion placed on the plan leaves the list, so it is not planned twice.
  const [first = '', ...others] = await plan.nextStepTitles();
  await plan.nextSteps().first().getByRole('button').click();
  await expect
    .poll(() => plan.itemsOn(wednesday))
    .toEqual([expect.stringContaining(first) as string]);
  await expect.poll(() => plan.nextStepTitles()).toEqual(others);

  await plan.place(mint, wednesday);
  await plan.item(wednesday, mint).getByRole('button', { name: 'I’m about to do it' }).click();

  const journal = new JournalPage(page);
  await page.getByRole('heading', { name: 'New attempt', level: 1 }).waitFor();
  await expect.poll(() => page.getByLabel('What will you ask for?').inputValue()).toBe(mint);
  await page.getByLabel('What do you fear will happen?').fill('That they will stare.');
  await page.getByRole('button', { name: 'Save as open attempt' }).click();
  await journal.heading.waitFor();

  await plan.open();
  // Only the prediction is saved: begun, not done, and finished through its attempt.
  await expect
    .poll(() => plan.item(wednesday, mint).textContent())
    .toMatch(/Begun — you wrote your prediction/);
  await plan.item(wednesday, mint).getByRole('button', { name: 'Log how it went' }).click();
  await page.getByRole('heading', { name: 'Edit attempt', level: 1 }).waitFor();
  await expect.poll(() => page.getByLabel('What will you ask for?').inputValue()).toBe(mint);
});

test('the plan with items, the flooding advice and next steps breaks no axe rule in either theme', async ({
  app,
}) => {
  const { page } = app;
  const plan = new PlanScreen(page);
  await plan.open();
  await plan.place(mint, wednesday);
  await expect.poll(() => plan.itemsOn(wednesday)).toHaveLength(1);
  await plan.place(kitchen, thursday);
  await plan.advice.waitFor();
  expect(await axeViolations(page)).toEqual([]);
});

test('a challenge placed with the nudge asked for carries it into the plan (rule 3)', async ({
  app,
}) => {
  const { page } = app;
  const plan = new PlanScreen(page);
  await plan.open();
  await page.getByLabel('Nudge me to call my trusted person afterwards').check();
  await plan.place(pen, friday);
  await expect.poll(() => plan.item(friday, pen).textContent()).toMatch(/Planned/);
  const week = await page.evaluate(() => window.api.plan.week({ week: '2026-W48' }));
  expect(week.ok && week.value.map((item) => item.nudgeTrustedPerson)).toEqual([true]);
});

test('a skip reason past its limit is refused beside its field, kept whole, and skipped once trimmed', async ({
  app,
}) => {
  const { page } = app;
  const plan = new PlanScreen(page);
  await plan.open();
  await plan.place(mint, wednesday);
  await expect.poll(() => plan.itemsOn(wednesday)).toHaveLength(1);
  const item = plan.item(wednesday, mint);
  await item.getByRole('button', { name: `Skip “${mint}”` }).click();
  const reason = item.getByLabel('What got in the way? (optional)');
  const long = 'The queue was long and I was tired. '.repeat(30);

  await reason.fill(long);
  await item.getByRole('button', { name: 'Skip it' }).click();
  await expect
    .poll(() => problemBeside(reason))
    .toBe(`Keep this to 1,000 characters at most — it has ${long.length.toLocaleString('en')}.`);
  await expect.poll(() => focusedLabel(page)).toBe('What got in the way? (optional)');
  expect(await reason.inputValue()).toBe(long);
  expect(await item.textContent()).toMatch(/Planned/);

  await reason.fill('The queue was long and I was tired.');
  await expect.poll(() => problemBeside(reason)).toBeNull();
  await item.getByRole('button', { name: 'Skip it' }).click();
  await expect
    .poll(() => item.textContent())
    .toMatch(/Skipped “The queue was long and I was tired\.”/);
});
