import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The axe rules each screen breaks, in both themes, as `theme: rule @ selectors` lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((name) => document.documentElement.setAttribute('data-theme', name), theme);
    const result = await new AxeBuilder({ page }).analyze();
    for (const violation of result.violations) {
      const where = violation.nodes.map((node) => node.target.join(' ')).join(', ');
      found.push(`${theme}: ${violation.id} @ ${where}`);
    }
  }
  return found;
}
