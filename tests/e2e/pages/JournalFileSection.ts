import type { Locator, Page } from 'playwright-core';

/** Settings → Journal file, located by role and label. */
export class JournalFileSection {
  readonly region: Locator;
  /** Where the journal is, as the section shows it. */
  readonly location: Locator;
  readonly move: Locator;
  readonly openAnother: Locator;
  readonly alert: Locator;

  constructor(page: Page) {
    this.region = page.getByRole('region', { name: 'Journal file' });
    this.location = this.region.getByRole('definition');
    this.move = this.region.getByRole('button', { name: 'Move to another folder…' });
    this.openAnother = this.region.getByRole('button', { name: 'Open another journal…' });
    this.alert = this.region.getByRole('alert');
  }
}
