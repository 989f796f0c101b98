import type { Browser } from 'playwright-core';
import type { PrintToPdf } from '../../../main/services/report/reportService.js';

/**
 * The report printed as the app prints it, by Chromium: a page of its own in a fresh
 * context (the app's in-memory session), JavaScript off and offline, closed after.
 */
export function chromiumPrinter(browser: Browser): PrintToPdf {
  return async (html) => {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(html);
      return await page.pdf({ format: 'A4', printBackground: true });
    } finally {
      await context.close();
    }
  };
}
