import { InsightsScreen } from './pages/InsightsScreen.js';
import { seedMadeAttempts } from './support/practiceSeeds.js';
import { expect, test } from './support/fixtures.js';

const taste = {
  challengeId: 'lib.ask-for-a-taste',
  title: 'Ask a bakery or deli whether you can taste something before buying',
  category: 'food_and_shops',
  difficulty: 2,
} as const;

test('charts read at a glance: dates on the axes, one look per series, counts beside percentages', async ({
  app,
}) => {
  const { page } = app;
  // Three weeks of the default three months: the weeks of 2, 9 and 23 November.
  await seedMadeAttempts(page, [
    { ...taste, day: '2026-11-02' },
    { ...taste, day: '2026-11-10' },
    { ...taste, day: '2026-11-24' },
  ]);
  const insights = new InsightsScreen(page);
  await insights.open();

  // Weeks by their Monday, asks by their day: never a week code, and none cut short.
  await expect
    .poll(() => insights.xLabels('Distress over time'))
    .toEqual(['2 Nov', '9 Nov', '23 Nov']);
  await expect
    .poll(() => insights.xLabels('Expected against peak'))
    .toEqual(['2 Nov', '10 Nov', '24 Nov']);
  for (const chart of ['Distress over time', 'Expected against peak', 'Difficulty climbed']) {
    await expect.poll(() => insights.clippedXLabels(chart)).toEqual([]);
  }
  await expect
    .poll(() => insights.xLabels('Difficulty climbed'))
    .not.toContainEqual(expect.stringMatching(/W\d/));

  // The story's order, and each series drawn alike wherever it appears.
  await expect
    .poll(() => insights.legend('Distress over time'))
    .toEqual(['Expected', 'Peak', 'After']);
  await expect.poll(() => insights.legend('Expected against peak')).toEqual(['Expected', 'Peak']);
  const distress = await insights.lineLooks('Distress over time');
  const expectedPeak = await insights.lineLooks('Expected against peak');
  expect(expectedPeak['Expected']).toEqual(distress['Expected']);
  expect(expectedPeak['Peak']).toEqual(distress['Peak']);
  const colours = ['Expected', 'Peak', 'After'].map((name) => distress[name]?.colour);
  expect(new Set(colours).size).toBe(3);
  // Not by colour alone: the three are dashed differently too.
  expect(new Set(['Expected', 'Peak', 'After'].map((name) => distress[name]?.dash)).size).toBe(3);
  // The chance of a "no" expected is the expected series, on the bar chart as on the lines.
  const bars = await insights.barColours('Predicted against actual');
  expect(bars['Chance of a “no” you expected']).toBe(distress['Expected']?.colour);

  // A percentage shows what it counts.
  await expect
    .poll(() =>
      insights
        .chart('Predicted against actual')
        .getByText('it came 100% (3 of 3) of the time')
        .count(),
    )
    .toBe(1);

  // Hovering a point tells its date and its values.
  const chart = insights.chart('Distress over time');
  const tooltip = await insights.hoverAt('Distress over time', '23 Nov');
  await expect
    .poll(() => tooltip.textContent())
    .toMatch(/^Week of 23 NovExpected : 40Peak : 35After : 10$/);

  // So does the keyboard: the chart takes focus, and the arrow keys go from point to point.
  await page.mouse.move(0, 0);
  await chart.getByRole('application').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => tooltip.textContent()).toMatch(/^Week of 9 Nov/);
  await page.keyboard.press('ArrowLeft');
  // Each value named, in the story's order.
  await expect
    .poll(() => tooltip.textContent())
    .toMatch(/^Week of 2 NovExpected : 40Peak : 35After : 10$/);

  // The table is the same numbers, dated; its button then offers the chart back.
  await chart.getByRole('button', { name: 'Show as table' }).click();
  await expect
    .poll(() => chart.getByRole('row').nth(3).getByRole('cell').allTextContents())
    .toEqual(['23 Nov 2026', '1', '40', '35', '10']);
  await chart.getByRole('button', { name: 'Show as chart' }).click();
  await expect.poll(() => chart.locator('.recharts-wrapper').count()).toBe(1);
  await expect.poll(() => chart.getByRole('button', { name: 'Show as table' }).count()).toBe(1);

  const prediction = insights.chart('Predicted against actual');
  await prediction.getByRole('button', { name: 'Show as table' }).click();
  await expect
    .poll(() => prediction.getByRole('row').nth(1).getByRole('cell').allTextContents())
    .toEqual(['All', '60%', '100% (3 of 3)']);
});
