import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCsp } from '../../main/services/report/reportHtml.js';
import { madeAttempt } from '../support/practiceFixture.js';
import type { ElectronStandIn } from './support/electronStandIn.js';
import { createJournalAsPage, valueAsPage } from './support/invokeAsPage.js';
import { type StartedApp, startBuiltApp } from './support/startBuiltApp.js';

let app: StartedApp;
let electron: ElectronStandIn;
let saved: unknown;
let reportFile: string;

// The journey once, as the user makes it: a journal, a reflection, the report saved as
// a PDF where the save dialog answers. Each test below reads one part of what it left.
beforeAll(async () => {
  app = await startBuiltApp();
  ({ electron } = app);
  await createJournalAsPage(electron, 'a long enough passphrase');
  const { id } = await valueAsPage<{ id: string }>(electron, 'attempts.create', {
    attempt: madeAttempt({ on: '2026-11-20', whatHappened: 'A kind no, PELICAN.' }),
    planItemId: null,
  });
  reportFile = path.join(app.pathsRoot, 'report for my therapist.pdf');
  electron.answerSaveDialog(reportFile);
  saved = await valueAsPage(electron, 'report.save', {
    from: '2026-11-01',
    to: '2026-11-25',
    include: [id],
    format: 'pdf',
  });
});

afterAll(() => app.cleanUp());

/** The window main opened to print in: the one after its own. */
const printWindow = () => electron.windows[1];

describe('a report printed by the built app', () => {
  it('is saved where the save dialog answered, as the PDF of the report page', () => {
    expect(saved).toEqual({ saved: true, fileName: 'report for my therapist.pdf' });
    const pdf = readFileSync(reportFile, 'latin1');
    // The stand-in's PDF carries the printed page's text: this one is the report's.
    expect(pdf).toMatch(/^%PDF-/);
    expect(pdf).toContain('A kind no, PELICAN.');
  });

  it('asks where to save with the report’s name in Documents, over the app’s window', () => {
    const dialogs = electron.calls.filter(
      (call) => call.api === 'dialog' && call.method === 'showSaveDialog',
    );
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]?.args).toEqual([
      electron.windows[0],
      {
        defaultPath: path.join(
          app.pathsRoot,
          'documents',
          'Ask Anyway report 2026-11-01 to 2026-11-25.pdf',
        ),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      },
    ]);
  });

  it('prints in a hidden window with the hardened preferences, no script and its own session', () => {
    const printing = electron.partitionSessions.get('report-printing');
    expect(printing).toBeDefined();
    const { show, webPreferences } = printWindow()?.options ?? {};
    expect(show).toBe(false);
    // Compared by identity: the stand-in's session records calls through fresh wrappers.
    expect((webPreferences as { session?: unknown }).session).toBe(printing);
    expect(webPreferences).toMatchObject({
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
    });
    expect(webPreferences).not.toHaveProperty('preload');
    expect(printing).not.toBe(electron.defaultSession);
  });

  it('serves the report page from the print session, with the report’s CSP', () => {
    const printing = electron.partitionSessions.get('report-printing');
    const reportPages = electron.pageLoads.filter((page) => page.url.startsWith('https:'));
    expect(reportPages).toHaveLength(1);
    const [page] = reportPages;
    expect(page?.session).toBe(printing);
    expect(page?.status).toBe(200);
    expect(page?.headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': reportCsp,
    });
    expect(page?.body).toContain('A kind no, PELICAN.');
  });

  it('never loads the report page in the main session', () => {
    const mainSessionPages = electron.pageLoads.filter(
      (page) => page.session === electron.defaultSession,
    );
    expect(mainSessionPages.map((page) => page.url)).toEqual([
      electron.windows[0]?.webContents.getURL(),
    ]);
    expect([...electron.defaultSession.schemes.keys()]).not.toContain('https');
  });

  it('denies every permission the report page might ask for', () => {
    const printing = electron.partitionSessions.get(
      'report-printing',
    ) as ElectronStandIn['defaultSession'];
    const answers: unknown[] = [];
    (printing.handlers.request as (...args: unknown[]) => void)(
      {},
      'notifications',
      (granted: boolean) => answers.push(granted),
    );
    expect(answers).toEqual([false]);
    expect((printing.handlers.check as (...args: unknown[]) => unknown)({}, 'clipboard-read')).toBe(
      false,
    );
  });

  it('destroys the print window once printed', () => {
    expect(printWindow()?.destroyed).toBe(true);
    expect(electron.modules.BrowserWindow.getAllWindows()).toEqual([electron.windows[0]]);
  });
});
