import type { Locator, Page } from 'playwright-core';

/** The journal screen and its attempt form, located by role and label. */
export class JournalPage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly entries: Locator;
  readonly status: Locator;
  /** The offer of an unsaved draft that opens the attempt form when there is one. */
  readonly draftOffer: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Journal', level: 1 });
    this.list = page.getByRole('list', { name: 'Attempts' });
    this.entries = this.list.getByRole('listitem');
    this.status = page.getByRole('status');
    this.draftOffer = page.getByRole('region', { name: /^You have an unsaved draft from/ });
  }

  /** Opens the journal from the rail. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Journal', exact: true })
      .click();
    await this.heading.waitFor();
  }

  /** Scrolls the list's own scrolling area to its end, as a user dragging to the bottom. */
  async scrollToEnd(): Promise<void> {
    await this.list.evaluate((list) => {
      const scroller = list.parentElement;
      if (scroller) scroller.scrollTop = scroller.scrollHeight;
    });
  }

  /** Each drawn row's place in the whole list, as assistive technology reads it. */
  positions(): Promise<{ posinset: number; setsize: number }[]> {
    return this.entries.evaluateAll((rows) =>
      rows.map((row) => ({
        posinset: Number(row.getAttribute('aria-posinset')),
        setsize: Number(row.getAttribute('aria-setsize')),
      })),
    );
  }

  entry(request: string): Locator {
    return this.entries.filter({
      has: this.page.getByRole('heading', { name: request, exact: true }),
    });
  }

  /** Writes the "before" of a new attempt and saves it open, to finish later. */
  async startAttempt(request: string, fear: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New attempt' }).click();
    await this.page.getByLabel('What will you ask for?').fill(request);
    await this.page.getByLabel('What do you fear will happen?').fill(fear);
    await this.page.getByRole('button', { name: 'Save as open attempt' }).click();
    await this.heading.waitFor();
  }

  /** Rates a slider of the open form with the keyboard alone: Home, then steps of 5. */
  async rate(label: string, suds: number): Promise<void> {
    await this.page.getByRole('slider', { name: label }).focus();
    await this.page.keyboard.press('Home');
    for (let value = 0; value < suds; value += 5) await this.page.keyboard.press('ArrowRight');
  }

  /** Opens an attempt and writes its "after", rating what `ratings` gives and nothing else. */
  async finishAttempt(
    request: string,
    after: { outcome: string; whatHappened: string; learned: string },
    ratings: { anticipated?: number; peak?: number } = {},
  ): Promise<void> {
    await this.entry(request).getByRole('button', { name: /^Edit/ }).click();
    if (ratings.anticipated !== undefined)
      await this.rate('How anxious do you expect to be? (SUDS)', ratings.anticipated);
    await this.page.getByLabel('How did it go?').selectOption({ label: after.outcome });
    if (ratings.peak !== undefined)
      await this.rate('How anxious were you at the peak?', ratings.peak);
    await this.page.getByLabel('What actually happened?').fill(after.whatHappened);
    await this.page.getByLabel('What did you learn?').fill(after.learned);
    await this.page.getByLabel('I wrote it down').check();
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await this.heading.waitFor();
  }

  async search(words: string): Promise<void> {
    await this.page.getByLabel('Search your reflections').fill(words);
  }

  highlighted(): Locator {
    return this.page.locator('.snippet mark');
  }
}
