import { randomUUID } from 'node:crypto';
import { BrowserWindow, session, type Session } from 'electron';
import { reportCsp } from '../services/report/reportHtml.js';
import type { PrintToPdf } from '../services/report/reportService.js';

/**
 * The report's HTML printed to PDF by Chromium itself, never written to disk: a hidden
 * window in a session of its own, in memory only (no `persist:` prefix), with JavaScript
 * off and the sandbox on. The page is served from memory by that session's own handler
 * for https, because a data: URL is cut at 2 MB and a report with many reflections can be
 * longer. `.invalid` can never resolve to a real host, and no other request is answered.
 */
const partition = 'report-printing';
const origin = 'https://report.invalid';

/** The pages waiting to be printed, by path; each is served once its window asks. */
const pages = new Map<string, string>();

let served = false;

/** Registered on first use: `session.fromPartition` needs the app to be ready. */
function printingSession(): Session {
  const printing = session.fromPartition(partition);
  if (!served) {
    printing.protocol.handle('https', (request) => {
      const html = pages.get(new URL(request.url).pathname);
      return html === undefined
        ? new Response('Not found', { status: 404 })
        : new Response(html, {
            headers: {
              'Content-Type': 'text/html; charset=utf-8',
              'Content-Security-Policy': reportCsp,
            },
          });
    });
    printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    printing.setPermissionCheckHandler(() => false);
    served = true;
  }
  return printing;
}

export const printToPdfInHiddenWindow: PrintToPdf = async (html) => {
  const printing = printingSession();
  const pagePath = `/${randomUUID()}`;
  pages.set(pagePath, html);
  const window = new BrowserWindow({
    show: false,
    // As hardened as the app's window (main/window/mainWindow.ts), and with no script at
    // all. Written out rather than spread from a shared object: electronegativity checks
    // each window's preferences as the literal it reads here.
    webPreferences: {
      session: printing,
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  try {
    await window.loadURL(`${origin}${pagePath}`);
    // No margins of Chromium's own: the report's @page rule sets them, as in the tests'
    // Chromium (Playwright's page.pdf), so both print the same pages.
    return await window.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
  } finally {
    pages.delete(pagePath);
    window.destroy();
  }
};
