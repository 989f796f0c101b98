import type { Locator, Page } from 'playwright-core';

/** The notice shown above every screen when the journal file was changed somewhere else. */
export class OutsideChangeNotice {
  readonly region: Locator;
  /** What the notice says once the change is settled. */
  readonly outcome: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', {
      name: 'Your journal file was changed somewhere else',
    });
    this.outcome = page
      .getByRole('region', { name: 'Your journal is saved again' })
      .getByRole('status');
  }

  async merge(passphrase: string): Promise<void> {
    await this.region.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.region.getByRole('button', { name: 'Merge the two versions' }).click();
  }

  async keepBoth(): Promise<void> {
    await this.region.getByRole('button', { name: 'Keep both as separate files' }).click();
  }
}
