import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** What axe finds on the page as it is: every rule, or only those with the given tags. */
export async function axeFindings(page: Page, tags?: readonly string[]): Promise<Violation[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (tags ? builder.withTags([...tags]) : builder).analyze();
  return violations;
}

const asLine = (violation: Violation): string =>
  `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`;

/** The WCAG 2.1 A and AA rules the page breaks, one line per rule. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  return (await axeFindings(page, ['wcag2a', 'wcag2aa', 'wcag21aa'])).map(asLine);
}

/** Every axe rule the page breaks in either theme, as `theme: rule: selectors` lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((name) => document.documentElement.setAttribute('data-theme', name), theme);
    found.push(...(await axeFindings(page)).map((violation) => `${theme}: ${asLine(violation)}`));
  }
  return found;
}
