import type { Locator, Page } from 'playwright-core';
import { selfCheckQuestions } from '../../../shared/domain/practice/selfCheck.js';

/** The self-check's questions and its advice, wherever they are shown. */
export class SelfCheckForm {
  constructor(readonly page: Page) {}

  /** Answers every question, one label each in order ("Never" … "Almost always"), and submits. */
  async answer(answers: readonly string[]): Promise<void> {
    for (const [index, question] of selfCheckQuestions.entries()) {
      const answer = answers[index] ?? 'Never';
      await this.page
        .getByRole('group', { name: question.question })
        .getByRole('radio', { name: answer, exact: true })
        .check();
    }
    await this.page.getByRole('button', { name: 'See how to begin' }).click();
  }

  /** The heading of the advice the self-check gave. */
  advice(): Locator {
    return this.page.locator('.onboarding-advice').getByRole('heading', { level: 2 });
  }
}
