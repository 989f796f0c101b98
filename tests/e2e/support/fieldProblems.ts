import type { Locator, Page } from 'playwright-core';

/**
 * The problem said beside a field: the text of the `.field-problem` its
 * aria-describedby names, while it is marked invalid; null when it is not.
 */
export function problemBeside(field: Locator): Promise<string | null> {
  return field.evaluate((element) => {
    if (element.getAttribute('aria-invalid') !== 'true') return null;
    const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const problems = ids
      .map((id) => document.getElementById(id))
      .filter((described) => described?.classList.contains('field-problem'));
    return problems.map((problem) => problem?.textContent ?? '').join(' ') || null;
  });
}

/** The label of the field that has focus, or null when focus is not on a labelled field. */
export function focusedLabel(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused?.id) return null;
    return document.querySelector(`label[for="${CSS.escape(focused.id)}"]`)?.textContent ?? null;
  });
}
