import type { Locator, Page } from 'playwright-core';

/** The report for a therapist or coach, reached from Insights. */
export class ReportScreen {
  readonly heading: Locator;
  readonly from: Locator;
  readonly to: Locator;
  readonly reflections: Locator;
  /** The line under the save buttons: what was saved, or that nothing was. */
  readonly saveStatus: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Report for your therapist or coach' });
    this.from = page.getByLabel('From', { exact: true });
    this.to = page.getByLabel('To', { exact: true });
    this.reflections = page
      .getByRole('group', { name: 'Reflections to include' })
      .getByRole('checkbox');
    this.saveStatus = page.getByRole('region', { name: 'Save the report' }).getByRole('status');
  }

  /** Opens the screen as a user does: Insights on the rail, then its report button. */
  static async open(page: Page): Promise<ReportScreen> {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Insights', exact: true })
      .click();
    await page.getByRole('button', { name: 'Make a report for your therapist or coach' }).click();
    const screen = new ReportScreen(page);
    await screen.heading.waitFor();
    return screen;
  }

  async pickDays(from: string, to: string): Promise<void> {
    await this.from.fill(from);
    await this.to.fill(to);
  }

  /** The checkbox of the reflection whose label holds `text` (its day, request or excerpt). */
  reflection(text: string): Locator {
    return this.page
      .getByRole('group', { name: 'Reflections to include' })
      .getByRole('checkbox', { name: text });
  }

  button(name: 'Select all' | 'Select none' | 'Save as PDF' | 'Save as HTML'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }
}
