import type { Locator, Page } from 'playwright-core';
import { SelfCheckForm } from './SelfCheckForm.js';

/** The first run: the welcome, the journal created step by step, then the self-check. */
export class CreateJournalScreen {
  readonly welcomeHeading: Locator;
  readonly heading: Locator;
  readonly selfCheckHeading: Locator;
  readonly recoveryKeyCard: Locator;
  /** What the recovery key's Copy / Save to file buttons last reported. */
  readonly keyStatus: Locator;

  constructor(readonly page: Page) {
    this.welcomeHeading = page.getByRole('heading', { name: 'Welcome to Ask Anyway', level: 1 });
    this.heading = page.getByRole('heading', { name: 'Create your journal', level: 1 });
    this.selfCheckHeading = page.getByRole('heading', { name: 'Before you begin', level: 1 });
    this.recoveryKeyCard = page.getByRole('group', { name: 'Recovery key' });
    this.keyStatus = this.recoveryKeyCard.getByRole('status');
  }

  /** Leaves the welcome for the passphrase step. */
  async begin(): Promise<void> {
    await this.page.getByRole('button', { name: 'Create my journal' }).click();
    await this.heading.waitFor();
  }

  async choosePassphrase(passphrase: string, confirmation = passphrase): Promise<void> {
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByLabel('Type it again').fill(confirmation);
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }

  /** The recovery key as shown, groups joined by hyphens. */
  async recoveryKey(): Promise<string> {
    // The key appears once main has prepared the vault, after the passphrase step.
    await this.recoveryKeyCard.locator('code').first().waitFor();
    const groups = await this.recoveryKeyCard.locator('code').allTextContents();
    return groups.join('-');
  }

  keyAction(name: 'Copy' | 'Save to file' | 'Print'): Locator {
    return this.recoveryKeyCard.getByRole('button', { name, exact: true });
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

  /** Answers the self-check, one label per question in order ("Never" … "Almost always"). */
  answerSelfCheck(answers: readonly string[]): Promise<void> {
    return new SelfCheckForm(this.page).answer(answers);
  }

  async skipSelfCheck(): Promise<void> {
    await this.page.getByRole('button', { name: 'Skip for now' }).click();
  }

  /** The heading of the advice the self-check gave. */
  advice(): Locator {
    return new SelfCheckForm(this.page).advice();
  }

  async openJournal(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open my journal' }).click();
  }

  /**
   * The whole first run for tests about what comes after: creates the journal and skips
   * the self-check. Returns the recovery key.
   */
  async createJournal(passphrase: string): Promise<string> {
    await this.begin();
    await this.choosePassphrase(passphrase);
    const recoveryKey = await this.recoveryKey();
    await this.confirmWrittenDown();
    await this.typeGroups(recoveryKey);
    await this.skipSelfCheck();
    return recoveryKey;
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

  /** Waits for the unlock screen a lock left, unlocks, and waits for This week. */
  async unlockToThisWeek(passphrase: string): Promise<void> {
    await this.heading.waitFor();
    await this.unlock(passphrase);
    await this.page.getByRole('heading', { name: 'This week', level: 1 }).waitFor();
  }

  async resetWithRecoveryKey(recoveryKey: string, newPassphrase: string): Promise<void> {
    await this.page.getByRole('button', { name: /Use your recovery key/ }).click();
    await this.page.getByLabel('Recovery key').fill(recoveryKey);
    await this.page.getByLabel('New passphrase', { exact: true }).fill(newPassphrase);
    await this.page.getByLabel('Type it again').fill(newPassphrase);
    await this.page.getByRole('button', { name: 'Open and set the new passphrase' }).click();
  }
}
