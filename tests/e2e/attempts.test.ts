import { JournalPage } from './pages/JournalPage.js';
import { seedMadeAttempts } from './support/practiceSeeds.js';
import { expect, test } from './support/fixtures.js';

test('an attempt written before and after, found by search, deleted and brought back, and seen on the insights', async ({
  app,
}) => {
  const { page } = app;
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Journal', exact: true })
    .click();
  const journal = new JournalPage(page);
  await journal.heading.waitFor();
  await expect.poll(() => page.getByText('No attempts yet').count()).toBe(1);

  await journal.startAttempt('Ask the baker for a discount', 'That the queue will stare at me.');
  // No slider was touched: no rating is claimed.
  await expect
    .poll(() => journal.entry('Ask the baker for a discount').textContent())
    .toMatch(/Open · expected not rated/);

  await journal.finishAttempt(
    'Ask the baker for a discount',
    {
      outcome: 'Rejected',
      whatHappened: 'The baker laughed warmly and said no.',
      learned: 'Nobody in the queue even looked up.',
    },
    { anticipated: 70, peak: 40 },
  );
  await expect
    .poll(() => journal.entry('Ask the baker for a discount').textContent())
    .toMatch(/Rejected · expected 70, peaked at 40/);

  await journal.search('laughed');
  await expect.poll(() => journal.highlighted().allTextContents()).toEqual(['laughed']);
  await journal.search('zebra');
  await expect.poll(() => page.getByText('Nothing matches.').count()).toBe(1);
  await journal.search('');

  await journal
    .entry('Ask the baker for a discount')
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect.poll(() => journal.status.textContent()).toMatch(/Deleted “Ask the baker/);
  await expect.poll(() => journal.entries.count()).toBe(0);
  await journal.status.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => journal.entries.count()).toBe(1);
  await expect
    .poll(() => journal.entry('Ask the baker for a discount').textContent())
    .toMatch(/Rejected/);

  // The same attempt, on the insights: predicted against actual, and one "no" collected.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Insights', exact: true })
    .click();
  await page.getByRole('heading', { name: 'Insights', level: 1 }).waitFor();
  await expect
    .poll(() =>
      page.getByText(/You expected 70 on average; it peaked at 40 \(from 1 of 1 ask/).count(),
    )
    .toBe(1);
  await expect.poll(() => page.getByText('1 “no” in this range').count()).toBe(1);
  const rejections = page.getByRole('region', { name: 'Rejections collected' });
  await rejections.getByRole('button', { name: 'Show as table' }).click();
  await expect.poll(() => rejections.getByRole('row').count()).toBe(2);
  const expectedPeak = page.getByRole('region', { name: 'Expected against peak' });
  await expectedPeak.getByRole('button', { name: 'Show as table' }).click();
  await expect
    .poll(() => expectedPeak.getByRole('row').nth(1).getByRole('cell').allTextContents())
    .toEqual([expect.stringMatching(/^\d{1,2} [A-Z][a-z]{2,3} 2026$/), '70', '40']);
});

test('habituation is shown per challenge: the peak each time the same challenge was done', async ({
  app,
}) => {
  const { page } = app;
  const taste = {
    challengeId: 'lib.ask-for-a-taste',
    title: 'Ask a bakery or deli whether you can taste something before buying',
    category: 'food_and_shops',
    difficulty: 2,
  } as const;
  await seedMadeAttempts(page, [
    { ...taste, day: '2026-11-16' },
    { ...taste, day: '2026-11-23' },
  ]);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Insights', exact: true })
    .click();
  const habituation = page.getByRole('region', { name: 'Habituation' });
  await habituation.getByLabel('Show').selectOption({ label: `${taste.title} (2 times)` });
  await habituation.getByRole('button', { name: 'Show as table' }).click();
  await expect
    .poll(() => habituation.getByRole('row').nth(1).getByRole('cell').allTextContents())
    .toEqual([taste.title, '35', '35']);
});

test('a rating stays unrated until the user sets it, by key or pointer, and can be cleared', async ({
  app,
}) => {
  const { page } = app;
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Journal', exact: true })
    .click();
  await page.getByRole('button', { name: 'New attempt' }).click();
  const chance = page.getByRole('slider', { name: 'How likely is a “no”?' });
  await expect.poll(() => chance.getAttribute('aria-valuetext')).toBe('Not rated yet');
  // The first arrow moves one step from the middle.
  await chance.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => chance.getAttribute('aria-valuetext')).toBe('55%');
  await page.getByRole('button', { name: 'Clear rating How likely is a “no”?' }).click();
  await expect.poll(() => chance.getAttribute('aria-valuetext')).toBe('Not rated yet');
  await expect
    .poll(() => chance.evaluate((slider) => slider === document.activeElement))
    .toBe(true);
  // A click on the middle of the track rates the middle, though the native value is unchanged.
  await chance.click();
  await expect.poll(() => chance.getAttribute('aria-valuetext')).toBe('50%');
});
