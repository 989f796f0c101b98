import type { Locator, Page } from 'playwright-core';

/** The home screen, "This week", located by role and label. */
export class WeekScreen {
  readonly heading: Locator;
  readonly days: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'This week', level: 1 });
    this.days = page.locator('.week-days > li');
  }

  /** The card of a challenge planned for today. */
  today(title: string): Locator {
    return this.page
      .locator('.today-item')
      .filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  day(name: string): Locator {
    return this.page.getByRole('listitem', { name });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'This week' })
      .click();
    await this.heading.waitFor();
  }
}
