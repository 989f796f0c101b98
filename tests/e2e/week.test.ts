import { JournalPage } from './pages/JournalPage.js';
import { WeekScreen } from './pages/WeekScreen.js';
import { seedAvoidedWeek } from './support/practiceSeeds.js';
import { expect, test } from './support/fixtures.js';
import { testNow } from '../support/testCore.js';

test('a new journal’s week: seven free days, today marked, an invitation to plan and no streak yet', async ({
  app,
}) => {
  const week = new WeekScreen(app.page);
  await week.heading.waitFor();
  await expect.poll(() => week.days.count()).toBe(7);
  await expect
    .poll(() => week.day('Wednesday 25 November').getAttribute('aria-current'))
    .toBe('date');
  await expect.poll(() => app.page.getByText('Nothing is planned for today').count()).toBe(1);
  await expect.poll(() => app.page.getByText('No streak yet').count()).toBe(1);

  await app.page.getByRole('button', { name: 'Plan a challenge' }).click();
  await app.page.getByRole('heading', { name: 'Plan', level: 1 }).waitFor();
});

test('a window left open past midnight shows the new day when it comes back to the front', async ({
  app,
}) => {
  const { page } = app;
  const week = new WeekScreen(page);
  await week.heading.waitFor();
  await expect
    .poll(() => week.day('Wednesday 25 November').getAttribute('aria-current'))
    .toBe('date');
  await page.clock.setFixedTime(testNow + 24 * 60 * 60 * 1000);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect
    .poll(() => week.day('Thursday 26 November').getAttribute('aria-current'))
    .toBe('date');
  expect(await week.day('Wednesday 25 November').getAttribute('aria-current')).toBeNull();
});

test('today’s challenge: “I’m about to do it” opens the prediction, then “log how it went” finishes it', async ({
  app,
}) => {
  const { page } = app;
  const week = new WeekScreen(page);
  await week.heading.waitFor();
  // Planned through the real API, as the plan screen would.
  const planned = await page.evaluate(() =>
    window.api.plan.add({
      day: '2026-11-25',
      challengeId: 'lib.ask-for-directions',
      nudgeTrustedPerson: false,
    }),
  );
  expect(planned.ok).toBe(true);
  await page.reload();
  await week.heading.waitFor();

  const card = week.today('Ask a passer-by for directions to a nearby landmark');
  await card.getByRole('button', { name: /^I’m about to do it/ }).click();
  const journal = new JournalPage(page);
  await page.getByRole('heading', { name: 'New attempt' }).waitFor();
  await expect
    .poll(() => page.getByLabel('What will you ask for?').inputValue())
    .toBe('Ask a passer-by for directions to a nearby landmark');
  await page.getByLabel('What do you fear will happen?').fill('That they will sigh at me.');
  await page.getByRole('button', { name: 'Save as open attempt' }).click();
  await journal.heading.waitFor();

  await week.open();
  await expect.poll(() => card.textContent()).toMatch(/You wrote down your prediction/);
  await expect
    .poll(() => week.day('Wednesday 25 November').textContent())
    .toMatch(/directions to a nearby landmark · Begun — you wrote your prediction/);
  await card.getByRole('button', { name: /^Log how it went/ }).click();
  await page.getByRole('heading', { name: 'Edit attempt' }).waitFor();
  await page.getByLabel('How did it go?').selectOption({ label: 'Rejected' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await journal.heading.waitFor();

  await week.open();
  await expect.poll(() => card.textContent()).toMatch(/You asked and heard “no”/);
  await expect
    .poll(() => week.day('Wednesday 25 November').textContent())
    .toMatch(/Ask a passer-by for directions to a nearby landmark · Done/);
  await expect.poll(() => page.getByText('1 week of practice in a row.').count()).toBe(1);
});

test('the weekly check-in is asked once a week, by keyboard, and remembered', async ({ app }) => {
  const { page } = app;
  const week = new WeekScreen(page);
  await week.heading.waitFor();
  const question = page.getByLabel(/how anxious have you felt/);
  await question.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => question.getAttribute('aria-valuetext')).toBe('7 of 10');
  await page.getByRole('button', { name: 'Save this week’s answer' }).click();
  await expect.poll(() => page.getByText('This week you said 7 of 10').count()).toBe(1);

  await page.reload();
  await week.heading.waitFor();
  await expect.poll(() => page.getByText('This week you said 7 of 10').count()).toBe(1);
  await expect.poll(() => question.count()).toBe(0);
});

test('two planned challenges skipped and two logged as “didn’t try”: a kind notice, and 0 of 4 done', async ({
  app,
}) => {
  const { page } = app;
  const week = new WeekScreen(page);
  await week.heading.waitFor();
  await seedAvoidedWeek(page, {
    skipped: ['lib.ask-for-directions', 'lib.ask-the-time'],
    notTried: ['lib.ask-for-a-mint', 'lib.borrow-a-pen'],
  });
  await page.reload();
  await week.heading.waitFor();

  const notice = page.getByRole('region', { name: 'A gentle check-in' });
  await expect
    .poll(() => notice.getByText('Most of the challenges you planned lately were skipped.').count())
    .toBe(1);
  await expect.poll(() => week.day('Tuesday 24 November').textContent()).toMatch(/Didn’t try/);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Insights', exact: true })
    .click();
  await page.getByRole('heading', { name: 'Insights', level: 1 }).waitFor();
  const completion = page.getByRole('region', { name: 'Plan completion' });
  await completion.getByRole('button', { name: 'Show as table' }).click();
  await expect
    .poll(async () =>
      (await completion.getByRole('row').nth(1).getByRole('cell').allTextContents()).slice(1, 3),
    )
    .toEqual(['4', '0']);
});
