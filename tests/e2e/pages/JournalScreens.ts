import type { Locator, Page } from 'playwright-core';

/** The first-run screen that creates the journal, step by step. */
export class CreateJournalScreen {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Create your journal' });
  }

  async choosePassphrase(passphrase: string, confirmation = passphrase): Promise<void> {
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByLabel('Type it again').fill(confirmation);
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }

  /** The recovery key as shown, groups joined by hyphens. */
  async recoveryKey(): Promise<string> {
    const groups = await this.page
      .getByRole('group', { name: 'Recovery key' })
      .locator('code')
      .allTextContents();
    return groups.join('-');
  }

  async confirmWrittenDown(): Promise<void> {
    await this.page.getByRole('button', { name: 'I have written it down' }).click();
  }

  /** Types back the groups the screen asks for, taken from `recoveryKey` (or `wrong` ones). */
  async typeGroups(recoveryKey: string, { wrong = false } = {}): Promise<void> {
    const groups = recoveryKey.split('-');
    const fields = this.page.getByLabel(/^Group \d+$/);
    for (let i = 0; i < (await fields.count()); i += 1) {
      const field = fields.nth(i);
      const label = (await field.evaluate((input) => input.closest('label')?.textContent)) ?? '';
      const position = Number(/Group (\d+)/.exec(label)?.[1]);
      await field.fill(wrong ? 'ZZZZ' : (groups[position - 1] ?? '').toLowerCase());
    }
    await this.page.getByRole('button', { name: 'Create journal' }).click();
  }
}

/** The screen that opens a locked journal. */
export class UnlockScreen {
  readonly heading: Locator;
  readonly passphrase: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Unlock your journal' });
    this.passphrase = page.getByLabel('Passphrase', { exact: true });
    this.alert = page.getByRole('alert');
  }

  async unlock(passphrase: string): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.page.getByRole('button', { name: 'Unlock', exact: true }).click();
  }

  async resetWithRecoveryKey(recoveryKey: string, newPassphrase: string): Promise<void> {
    await this.page.getByRole('button', { name: /Use your recovery key/ }).click();
    await this.page.getByLabel('Recovery key').fill(recoveryKey);
    await this.page.getByLabel('New passphrase', { exact: true }).fill(newPassphrase);
    await this.page.getByLabel('Type it again').fill(newPassphrase);
    await this.page.getByRole('button', { name: 'Open and set the new passphrase' }).click();
  }
}
