import type { Locator, Page } from 'playwright-core';
import { escape, optionLabel } from './PlanScreen.js';

/** The Challenges screen: the library, its filters, the chosen challenge, the week strip. */
export class ChallengesScreen {
  readonly heading: Locator;
  readonly search: Locator;
  readonly category: Locator;
  readonly difficulty: Locator;
  readonly advice: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Challenges', level: 1 });
    this.search = page.getByLabel('Search challenges');
    this.category = page.getByRole('search').getByLabel('Setting');
    this.difficulty = page.getByRole('search').getByLabel('Difficulty');
    this.advice = page.getByRole('group', { name: /big jump/ });
    this.status = page.getByRole('status');
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Challenges', exact: true })
      .click();
    await this.heading.waitFor();
  }

  /** The challenges listed, in order, by title. */
  listed(): Locator {
    return this.page.locator('.challenge-groups').getByRole('button');
  }

  /** The "Difficulty N" groups shown. */
  groups(): Promise<string[]> {
    return this.page
      .locator('.challenge-groups')
      .getByRole('heading', { level: 2 })
      .allTextContents();
  }

  challenge(title: string): Locator {
    return this.page
      .locator('.challenge-groups')
      .getByRole('button', { name: new RegExp(`^${escape(title)}`) });
  }

  detail(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  async choose(title: string): Promise<Locator> {
    await this.challenge(title).click();
    const detail = this.detail(title);
    await detail.waitFor();
    return detail;
  }

  async addToLadder(title: string, ladder: string): Promise<void> {
    const detail = this.detail(title);
    await detail.getByLabel('Ladder').selectOption({ label: ladder });
    await detail.getByRole('button', { name: 'Add to ladder' }).click();
  }

  async addToPlan(title: string, dayName: string): Promise<void> {
    const detail = this.detail(title);
    const day = detail.getByLabel('Day', { exact: true });
    await day.selectOption({ label: await optionLabel(day, dayName) });
    await detail.getByRole('button', { name: 'Add to plan' }).click();
  }

  /** A day of the "This week" strip, a drop target. */
  stripDay(dayName: string): Locator {
    return this.page
      .getByRole('region', { name: 'This week', exact: true })
      .getByRole('region', { name: new RegExp(`^${dayName}`) });
  }

  async dragOntoDay(title: string, dayName: string): Promise<void> {
    await this.challenge(title).dragTo(this.stripDay(dayName));
  }

  /** Fills the custom challenge form; `answers` maps the start of each question to Yes or No. */
  async writeCustom(
    title: string,
    difficulty: number,
    answers: Readonly<Record<string, 'Yes' | 'No'>>,
  ): Promise<Locator> {
    const form = this.page.getByRole('form', { name: 'Your own challenge' });
    if (!(await form.isVisible())) {
      await this.page.getByRole('button', { name: 'Create your own challenge' }).click();
    }
    await form.getByLabel('What will you ask for?').fill(title);
    await form.getByLabel(/^Difficulty/).selectOption({ label: String(difficulty) });
    for (const [question, answer] of Object.entries(answers)) {
      await form
        .getByRole('group', { name: new RegExp(`^${escape(question)}`) })
        .getByRole('radio', { name: answer, exact: true })
        .check();
    }
    await form.getByRole('button', { name: 'Save challenge' }).click();
    return form;
  }

  question(form: Locator, start: string): Locator {
    return form.getByRole('group', { name: new RegExp(`^${escape(start)}`) });
  }
}
