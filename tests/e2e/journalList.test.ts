import { JournalPage } from './pages/JournalPage.js';
import { seedAttempts } from './support/seedJournal.js';
import { expect, test } from './support/fixtures.js';

/** Ten years, one attempt a day. */
const days = 3_650;
/** More rows than this in the page would mean the list is not windowed. */
const maxDrawnRows = 40;

/**
 * Scrolls the list to its end until a row below `row` is drawn, that is until the older
 * page the last scroll asked for is in. Returns the deepest row drawn, and the most rows
 * drawn at once on the way.
 */
async function scrollBelow(
  journal: JournalPage,
  row: number,
): Promise<{ deepest: number; mostDrawn: number }> {
  let deepest = row;
  let mostDrawn = 0;
  await expect
    .poll(async () => {
      await journal.scrollToEnd();
      const drawn = await journal.positions();
      mostDrawn = Math.max(mostDrawn, drawn.length);
      deepest = Math.max(deepest, ...drawn.map((item) => item.posinset));
      return deepest;
    })
    .toBeGreaterThan(row);
  return { deepest, mostDrawn };
}

test('ten years of attempts: only the rows in view are drawn, older ones load while scrolling, search finds the oldest and pages a common word', async ({
  app,
}) => {
  await seedAttempts(app.core, days, {
    whatHappened: (day) =>
      day === 0 ? 'A zebra-striped scarf made them laugh.' : 'They smiled and said no.',
  });
  const journal = new JournalPage(app.page);
  await journal.open();
  await journal.entry(`Ask number ${days}`).waitFor();

  const first = await journal.positions();
  expect(first.length).toBeGreaterThan(2);
  expect(first.length).toBeLessThanOrEqual(maxDrawnRows);
  // The size stays unknown (-1) to assistive technology while older pages remain.
  expect(first[0]).toEqual({ posinset: 1, setsize: -1 });

  let deepest = 0;
  while (deepest < days) {
    const scrolled = await scrollBelow(journal, deepest);
    expect(scrolled.mostDrawn).toBeLessThanOrEqual(maxDrawnRows);
    deepest = scrolled.deepest;
  }
  await journal.entry('Ask number 1').waitFor();
  await expect
    .poll(() => app.page.getByText('That is every attempt, back to the first.').count())
    .toBe(1);
  const last = await journal.positions();
  expect(last.at(-1)).toEqual({ posinset: days, setsize: days });
  expect(last.length).toBeLessThanOrEqual(maxDrawnRows);

  await journal.search('zebra');
  await expect.poll(() => journal.highlighted().allTextContents()).toEqual(['zebra']);
  await expect.poll(() => journal.entries.count()).toBe(1);
  await expect.poll(() => journal.positions()).toEqual([{ posinset: 1, setsize: 1 }]);

  // A word in nearly every entry: its hits come a page at a time while scrolling, too.
  await journal.search('smiled');
  await expect
    .poll(async () => (await journal.positions())[0])
    .toEqual({ posinset: 1, setsize: -1 });
  let deepestHit = 0;
  while (deepestHit <= 150) deepestHit = (await scrollBelow(journal, deepestHit)).deepest;
  expect(deepestHit).toBeGreaterThan(150);
  await journal.search('');
  await journal.entry(`Ask number ${days}`).waitFor();
});

test('Tab walks on past the drawn rows, loading older ones; a delete deep in the list is undone in place, and an edit there comes back to its row', async ({
  app,
}) => {
  await seedAttempts(app.core, 120, { from: '2026-01-01' as never });
  const journal = new JournalPage(app.page);
  await journal.open();
  await journal.entry('Ask number 120').waitFor();

  // Keyboard only: from the first row, Tab through every button of 60 rows.
  await journal.entry('Ask number 120').getByRole('button', { name: /^Edit/ }).focus();
  // At a person's pace: each press lands after the list has redrawn for the last one.
  const nextFrame = () =>
    app.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
  for (let press = 0; press < 2 * 60; press += 1) {
    await app.page.keyboard.press('Tab');
    await nextFrame();
  }
  const focusedRow = () =>
    app.page.evaluate(() =>
      Number(document.activeElement?.closest('li')?.getAttribute('aria-posinset')),
    );
  expect(await focusedRow()).toBe(61);
  await expect
    .poll(async () => (await journal.positions()).length)
    .toBeLessThanOrEqual(maxDrawnRows);

  // Row 61 is in the second page: it loaded as the focus came near the end of the first.
  const row = journal.entry('Ask number 60');
  await row.getByRole('button', { name: /^Delete/ }).click();
  await expect.poll(() => journal.status.textContent()).toMatch(/Deleted “Ask number 60”/);
  await expect.poll(() => journal.entry('Ask number 60').count()).toBe(0);
  await expect
    .poll(() => app.page.evaluate(() => document.activeElement?.textContent))
    .toBe('Undo');
  await app.page.keyboard.press('Enter');
  await expect.poll(() => journal.entry('Ask number 60').count()).toBe(1);
  const restored = await journal
    .entry('Ask number 60')
    .evaluate((li) => Number(li.getAttribute('aria-posinset')));
  expect(restored).toBe(61);
  await expect
    .poll(() => app.page.evaluate(() => document.activeElement?.textContent))
    .toBe('Edit “Ask number 60”');

  // An edit deep in the list comes back to the same row, updated, with the focus on it.
  await app.page.keyboard.press('Enter');
  await app.page.getByLabel('How did it go?').selectOption({ label: 'Accepted' });
  await app.page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect
    .poll(() => app.page.evaluate(() => document.activeElement?.textContent))
    .toBe('Edit “Ask number 60”');
  await expect.poll(() => journal.entry('Ask number 60').textContent()).toMatch(/Accepted/);
  expect(
    await journal.entry('Ask number 60').evaluate((li) => li.getAttribute('aria-posinset')),
  ).toBe('61');
  expect((await journal.positions()).length).toBeLessThanOrEqual(maxDrawnRows);
});
