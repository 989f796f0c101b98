import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { ReportScreen } from './pages/ReportScreen.js';
import { accessibilityViolations } from './support/accessibility.js';
import { fillDemoJournal } from './support/demoJournal.js';
import { expect, test } from './support/fixtures.js';
import { pdfPages } from './support/pdfText.js';
import { seedMadeAttempts } from './support/practiceSeeds.js';

const chosen = {
  happened: 'The florist laughed kindly and gave me a wilted tulip.',
  learned: 'A stranger’s no can come with a gift.',
};
const leftOut = {
  happened: 'My neighbour said no to lending the ladder and I blushed.',
  learned: 'Blushing passed in a minute; nobody noticed.',
};
const fileName = (format: 'pdf' | 'html') => `Ask Anyway report 2026-11-01 to 2026-11-25.${format}`;

/** The saved HTML as a reader's browser shows it: its text, and its charts' marks. */
async function readHtml(browser: Browser, html: string) {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    await page.setContent(html);
    const charts = page.locator('svg[role="img"]');
    return {
      text: (await page.locator('body').innerText()).replace(/\s+/g, ' '),
      charts: await charts.count(),
      chartNames: await charts.locator('title').allTextContents(),
      /** One bar a week, and a mark a week on each line: 2026-W44 to W48, five weeks. */
      bars: await page.locator('svg rect.bar').count(),
      points: await page.locator('svg .series circle').count(),
    };
  } finally {
    await context.close();
  }
}

test('a report for a therapist: the days picked, one reflection chosen, saved as PDF and as HTML with nothing else of the journal’s words', async ({
  app,
  browser,
}) => {
  const { page } = app;
  await fillDemoJournal(page);
  await seedMadeAttempts(page, [
    {
      challengeId: 'lib.ask-for-a-taste',
      title: 'Ask a florist for a flower',
      category: 'food_and_shops',
      difficulty: 3,
      day: '2026-11-12',
      words: chosen,
    },
    {
      challengeId: 'lib.borrow-a-pen',
      title: 'Ask to borrow a ladder',
      category: 'strangers',
      difficulty: 3,
      day: '2026-11-13',
      words: leftOut,
    },
  ]);
  const report = await ReportScreen.open(page);
  // The last four weeks up to today, and nothing chosen until the user chooses.
  expect(await report.from.inputValue()).toBe('2026-10-29');
  expect(await report.to.inputValue()).toBe('2026-11-25');
  await report.reflections.first().waitFor();
  await expect
    .poll(() =>
      report.reflections.evaluateAll((boxes) =>
        boxes.some((box) => (box as HTMLInputElement).checked),
      ),
    )
    .toBe(false);

  await report.pickDays('2026-11-25', '2026-11-01');
  await page.getByText('The first day is after the last.').waitFor();
  expect(await report.button('Save as PDF').isDisabled()).toBe(true);
  await report.pickDays('2026-11-01', '2026-11-25');
  await report.reflection('florist laughed').waitFor();
  const offered = await report.reflections.count();

  // Select all, then none, then the one to share, by keyboard.
  await report.button('Select all').click();
  await expect.poll(() => page.getByText(`${offered} of ${offered} chosen`).count()).toBe(1);
  await report.button('Select none').click();
  await report.reflection('florist laughed').focus();
  await page.keyboard.press('Space');
  await expect.poll(() => page.getByText(`1 of ${offered} chosen`).count()).toBe(1);
  expect(await accessibilityViolations(page)).toEqual([]);

  await report.button('Save as PDF').click();
  await expect.poll(() => report.saveStatus.textContent()).toBe(`Saved “${fileName('pdf')}”.`);
  const pages = await pdfPages(readFileSync(path.join(app.dataFolder, fileName('pdf'))));
  expect(pages.length).toBeGreaterThanOrEqual(1);
  const pdf = pages.join(' ');

  await report.button('Save as HTML').click();
  await expect.poll(() => report.saveStatus.textContent()).toBe(`Saved “${fileName('html')}”.`);
  const html = await readHtml(
    browser,
    readFileSync(path.join(app.dataFolder, fileName('html')), 'utf8'),
  );
  expect(html.charts).toBe(2);
  expect({ bars: html.bars, points: html.points }).toEqual({ bars: 5, points: 10 });
  expect(html.chartNames).toEqual([
    'Distress by week: predicted against actual',
    'Refusals by week',
  ]);

  for (const text of [pdf, html.text]) {
    expect(text).toContain('Practice report');
    expect(text).toContain('1 November 2026 to 25 November 2026');
    expect(text).toContain('It is not a clinical record.');
    expect(text).toContain(chosen.happened);
    expect(text).toContain(chosen.learned);
    expect(text).toContain(
      `${offered - 1} other reflections in this range were left out by the writer.`,
    );
    // The request of every attempt is in the table; the words of the others are nowhere.
    expect(text).toContain('Ask to borrow a ladder');
    expect(text).not.toContain(leftOut.happened);
    expect(text).not.toContain(leftOut.learned);
    expect(text).not.toContain('Most people are glad to help.');
    // The demo journal's ladder, with a rung.
    expect(text).toContain('Asking strangers');
    expect(text).toContain('Ask someone at a bus stop what time it is');
  }
});
