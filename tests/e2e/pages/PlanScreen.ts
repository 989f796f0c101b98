import type { Locator, Page } from 'playwright-core';

/** The Plan screen: the week's days, the picker, the flooding guard's advice, next steps. */
export class PlanScreen {
  readonly heading: Locator;
  readonly weekTitle: Locator;
  readonly advice: Locator;
  readonly status: Locator;
  readonly search: Locator;
  readonly pickerDay: Locator;
  readonly picker: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Plan', level: 1 });
    this.weekTitle = page.getByRole('heading', { level: 2 }).first();
    this.advice = page.getByRole('group', { name: /big jump/ });
    this.status = page.getByRole('status');
    this.picker = page.getByRole('group', { name: 'Place a challenge' });
    this.search = this.picker.getByLabel('Find a challenge');
    this.pickerDay = this.picker.getByLabel('Day', { exact: true });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Plan', exact: true })
      .click();
    await this.heading.waitFor();
  }

  /** A day of the week shown, by the start of its name ("Wednesday 25 November"). */
  day(name: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${name}`) });
  }

  item(dayName: string, title: string): Locator {
    return this.day(dayName).getByRole('listitem', { name: title, exact: true });
  }

  /** The titles planned on a day, in order, with their status line. */
  async itemsOn(dayName: string): Promise<string[]> {
    return this.day(dayName).getByRole('listitem').allTextContents();
  }

  placeButton(title: string): Locator {
    return this.picker.getByRole('button', { name: new RegExp(`^Place “${escape(title)}” on`) });
  }

  /** The picker path: choose the day, search, place; the advice appears if it is a jump. */
  async place(title: string, dayName: string): Promise<void> {
    await this.pickerDay.selectOption({ label: await optionLabel(this.pickerDay, dayName) });
    await this.search.fill(title);
    await this.placeButton(title).click();
  }

  /** The gentler steps the advice offers, in order, each with its hint. */
  async gentlerSteps(): Promise<string[]> {
    return this.advice.getByRole('listitem').allTextContents();
  }

  gentler(title: string): Locator {
    return this.advice.getByRole('button', { name: `Plan “${title}” instead` });
  }

  async move(dayName: string, title: string, toDayName: string): Promise<void> {
    const item = this.item(dayName, title);
    const select = item.getByLabel(`Move “${title}” to`);
    await select.selectOption({ label: await optionLabel(select, toDayName) });
    await item.getByRole('button', { name: `Move “${title}”`, exact: true }).click();
  }

  /** Drags an item by its title (not its controls) onto another day. */
  async drag(dayName: string, title: string, toDayName: string): Promise<void> {
    await this.item(dayName, title).dragTo(this.day(toDayName), {
      sourcePosition: { x: 12, y: 10 },
    });
  }

  async skip(dayName: string, title: string, reason: string): Promise<void> {
    const item = this.item(dayName, title);
    await item.getByRole('button', { name: `Skip “${title}”` }).click();
    await item.getByLabel('What got in the way? (optional)').fill(reason);
    await item.getByRole('button', { name: 'Skip it' }).click();
  }

  async showWeek(which: 'Previous week' | 'This week' | 'Next week'): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Week' })
      .getByRole('button', { name: which })
      .click();
  }

  nextSteps(): Locator {
    return this.page.getByRole('region', { name: 'Next steps' }).getByRole('listitem');
  }

  /** The suggested challenges' titles, read from their "Place “…” on …" buttons. */
  async nextStepTitles(): Promise<string[]> {
    const names = await this.nextSteps().getByRole('button').allTextContents();
    return names.map((name) => /“(.+)”/.exec(name)?.[1] ?? name);
  }

  /** The name of the element that has the keyboard focus. */
  focusedText(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.textContent ?? null);
  }
}

/** The full label of the option that starts with `start` ("Friday 27 November (today)"). */
export async function optionLabel(select: Locator, start: string): Promise<string> {
  const labels = await select.locator('option').allTextContents();
  const label = labels.find((text) => text.startsWith(start));
  if (label === undefined) throw new Error(`No option starts with ${start}: ${labels.join(', ')}`);
  return label;
}

export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
