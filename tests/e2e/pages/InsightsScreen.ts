import type { Locator, Page } from 'playwright-core';

/** The Insights screen: its charts by title, and what each draws. */
export class InsightsScreen {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Insights', level: 1 });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Insights', exact: true })
      .click();
    await this.heading.waitFor();
  }

  chart(title: string): Locator {
    return this.page.getByRole('region', { name: title });
  }

  /** The labels under a chart's x axis, as drawn. */
  xLabels(title: string): Promise<string[]> {
    return this.chart(title)
      .locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')
      .allTextContents();
  }

  /** The x axis labels that reach past the chart's drawing, where the SVG cuts them. */
  clippedXLabels(title: string): Promise<string[]> {
    return this.chart(title)
      .locator('.recharts-wrapper > .recharts-surface')
      .evaluate((surface) => {
        const box = surface.getBoundingClientRect();
        return [...surface.querySelectorAll('.recharts-xAxis-tick-labels text')]
          .filter((label) => {
            const own = label.getBoundingClientRect();
            return own.left < box.left || own.right > box.right;
          })
          .map((label) => label.textContent);
      });
  }

  /** Points the mouse at the chart's points above an x label, and returns its tooltip. */
  async hoverAt(title: string, label: string): Promise<Locator> {
    const chart = this.chart(title);
    const tick = chart
      .locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')
      .filter({ hasText: new RegExp(`^${label}$`) });
    // Boxes are measured in the window: the chart must be in it for the mouse to reach.
    await chart.locator('.recharts-wrapper').scrollIntoViewIfNeeded();
    const tickBox = await tick.boundingBox();
    const plotBox = await chart.locator('.recharts-cartesian-grid').boundingBox();
    if (tickBox === null || plotBox === null) throw new Error(`No “${label}” on ${title}`);
    await this.page.mouse.move(tickBox.x + tickBox.width / 2, plotBox.y + plotBox.height / 2);
    return chart.locator('.recharts-tooltip-wrapper');
  }

  /** The legend's names, in the order it lists them. */
  legend(title: string): Promise<string[]> {
    return this.chart(title).locator('.recharts-legend-item-text').allTextContents();
  }

  /**
   * Each line's name and the colour and dash it is drawn in, as the page resolves them
   * (the theme's variables applied), by the legend's names: a legend lists lines in
   * the order they are drawn.
   */
  async lineLooks(
    title: string,
  ): Promise<Record<string, { colour: string; dash: string } | undefined>> {
    const names = await this.legend(title);
    const looks = await this.chart(title)
      .locator('path.recharts-line-curve')
      .evaluateAll((paths) =>
        paths.map((path) => {
          const style = getComputedStyle(path);
          return { colour: style.stroke, dash: style.strokeDasharray };
        }),
      );
    return Object.fromEntries(names.map((name, index) => [name, looks[index]]));
  }

  /** Each bar series' fill, by the legend's names (drawn in the legend's order). */
  async barColours(title: string): Promise<Record<string, string>> {
    const names = await this.legend(title);
    const fills = await this.chart(title)
      .locator('.recharts-bar')
      .evaluateAll((bars) =>
        bars.map((bar) => {
          const rectangle = bar.querySelector('path, rect');
          return rectangle === null ? '' : getComputedStyle(rectangle).fill;
        }),
      );
    return Object.fromEntries(names.map((name, index) => [name, fills[index] ?? '']));
  }
}
