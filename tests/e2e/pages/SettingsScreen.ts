import type { Locator, Page } from 'playwright-core';

/** The settings screen, located by role and label as a screen-reader user would. */
export class SettingsScreen {
  readonly heading: Locator;
  readonly autoLock: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Settings', level: 1 });
    this.autoLock = page.getByLabel('Lock the journal after');
    // The page's own line, first of the statuses (sections below have their own).
    this.status = page.getByRole('status').first();
  }

  themeOption(label: 'Match system' | 'Light' | 'Dark'): Locator {
    return this.page.getByRole('radio', { name: label, exact: true });
  }

  /** What the About card says beside `term` (a term of its list of facts). */
  aboutFact(term: string): Locator {
    return this.page
      .getByRole('term')
      .filter({ hasText: term })
      .locator('xpath=following-sibling::dd[1]');
  }

  async chooseTheme(label: 'Match system' | 'Light' | 'Dark'): Promise<void> {
    await this.themeOption(label).check();
  }
}
