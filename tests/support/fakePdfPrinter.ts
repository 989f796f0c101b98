import type { PrintToPdf } from '../../main/services/report/reportService.js';

/**
 * Stands in for Chromium's printer in unit tests: it keeps every HTML document it is
 * given and answers bytes that start as a PDF does, without being one. The e2e harness
 * prints for real.
 */
export function fakePdfPrinter(): PrintToPdf & { readonly printed: string[] } {
  const printed: string[] = [];
  const print = (html: string) => {
    printed.push(html);
    return Promise.resolve(new TextEncoder().encode('%PDF-1.7\n% fake: not a real PDF\n'));
  };
  return Object.assign(print, { printed });
}
