import type { Locator, Page } from 'playwright-core';
import { SettingsScreen } from './SettingsScreen.js';

/** The window around every screen: the navigation rail and the theme on <html>. */
export class AppShell {
  readonly navigation: Locator;

  constructor(readonly page: Page) {
    this.navigation = page.getByRole('navigation', { name: 'Main' });
  }

  link(name: string): Locator {
    return this.navigation.getByRole('button', { name });
  }

  async openSettings(): Promise<SettingsScreen> {
    await this.link('Settings').click();
    const screen = new SettingsScreen(this.page);
    await screen.heading.waitFor();
    return screen;
  }

  /** The theme actually drawn: `light` or `dark`. */
  appliedTheme(): Promise<string | null> {
    return this.page.locator('html').getAttribute('data-theme');
  }
}
