import type { Page } from 'playwright-core';
import { ChallengesScreen } from './pages/ChallengesScreen.js';
import { PlanScreen } from './pages/PlanScreen.js';
import { expect, test } from './support/fixtures.js';

/** Each box's padding and width, and whether anything in it spills out sideways. */
const boxes = (selector: string) => (page: Page) =>
  page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const style = getComputedStyle(element);
      return {
        today: element.classList.contains('today'),
        padding: style.padding,
        width: Math.round(element.getBoundingClientRect().width),
        spills: element.scrollWidth > element.clientWidth + 1,
      };
    }),
  );

// This week's list of today's challenges once styled every `.today`: Plan's card for
// today lost its padding and the Challenges strip's Today column was cut (issue 16 §5).
test('today’s day on Plan and on the Challenges strip is laid out like the other days', async ({
  app,
}) => {
  const plan = new PlanScreen(app.page);
  await plan.open();
  const planDays = boxes('.plan-day');
  await expect.poll(async () => (await planDays(app.page)).length).toBe(7);
  const days = await planDays(app.page);
  const today = days.find((day) => day.today);
  const other = days.find((day) => !day.today);
  expect(today?.padding).toBe(other?.padding);

  await new ChallengesScreen(app.page).open();
  const stripDays = boxes('.strip-day');
  await expect.poll(async () => (await stripDays(app.page)).length).toBe(7);
  const strip = await stripDays(app.page);
  expect(strip.find((day) => day.today)?.padding).toBe(strip.find((day) => !day.today)?.padding);
  expect(strip.filter((day) => day.spills)).toEqual([]);
});
