import type { Locator, Page } from 'playwright-core';

/** The Ladders screen: the list, one ladder opened, its rungs and the challenge picker. */
export class LaddersScreen {
  readonly heading: Locator;
  readonly status: Locator;
  readonly rungList: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Ladders', level: 1 });
    this.status = page.getByRole('status');
    this.rungList = page.getByRole('list', { name: /^Rungs of/ });
  }

  /** Opens the screen from the navigation rail. */
  static async open(page: Page): Promise<LaddersScreen> {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Ladders', exact: true })
      .click();
    const screen = new LaddersScreen(page);
    await screen.heading.waitFor();
    return screen;
  }

  async createLadder(title: string, goal: string): Promise<void> {
    await this.page.getByLabel('Ladder name').fill(title);
    await this.page.getByLabel('Goal').fill(goal);
    await this.page.getByRole('button', { name: 'Create ladder' }).click();
    await this.ladderHeading(title).waitFor();
  }

  ladderHeading(title: string): Locator {
    return this.page.getByRole('heading', { name: title, level: 2, exact: true });
  }

  async openLadder(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Open “${title}”` }).click();
    await this.ladderHeading(title).waitFor();
  }

  /** Searches the picker and adds the challenge with this exact title. */
  async addRung(search: string, title: string): Promise<void> {
    const before = await this.rungs().count();
    await this.page.getByLabel('Search challenges').fill(search);
    await this.addButton(title).click();
    await this.rungs().nth(before).waitFor();
  }

  addButton(title: string): Locator {
    return this.page.getByRole('button', { name: `Add “${title}”`, exact: true });
  }

  rungs(): Locator {
    return this.rungList.locator(':scope > li');
  }

  rung(title: string): Locator {
    return this.rungs().filter({
      has: this.page.getByRole('heading', { level: 4, name: title }),
    });
  }

  /** The rungs' challenge titles, top to bottom. */
  async rungTitles(): Promise<string[]> {
    const headings = await this.rungList.getByRole('heading', { level: 4 }).allTextContents();
    return headings.map((text) => text.replace(/^Rung \d+: /, ''));
  }

  moveButton(title: string, direction: 'up' | 'down'): Locator {
    return this.rung(title).getByRole('button', { name: `Move ${direction} “${title}”` });
  }

  /** Rates a rung with the keyboard alone: Home, then the arrow in steps of 5. */
  async rate(title: string, suds: number): Promise<void> {
    const slider = this.rung(title).getByRole('slider');
    await slider.focus();
    await this.page.keyboard.press('Home');
    for (let value = 0; value < suds; value += 5) await this.page.keyboard.press('ArrowRight');
    await this.rung(title)
      .getByRole('button', { name: `Save rating for “${title}”` })
      .press('Enter');
  }

  currentRating(title: string): Locator {
    return this.rung(title).locator('.current-rating');
  }

  /** The note on a rung expected to be easier than the one above it. */
  orderHint(title: string): Locator {
    return this.rung(title).getByText(/easier than the rung above it/);
  }

  earlierRatings(title: string): Locator {
    return this.page
      .getByRole('list', { name: `Earlier ratings of “${title}”, newest first` })
      .getByRole('listitem');
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }
}
