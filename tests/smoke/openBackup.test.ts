import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { madeAttempt } from '../support/practiceFixture.js';
import type { ElectronStandIn } from './support/electronStandIn.js';
import { createJournalAsPage, invokeAsPage, valueAsPage } from './support/invokeAsPage.js';
import { builtMain } from './support/loadBuiltMain.js';
import { type StartedApp, startBuiltApp } from './support/startBuiltApp.js';
import { fileURLToPath } from 'node:url';

const passphrase = 'a long enough passphrase';

let app: StartedApp;
let electron: ElectronStandIn;
let backupFile: string;
let wrongPassphrase: Awaited<ReturnType<typeof invokeAsPage>>;
let merged: unknown;
let afterMerge: unknown;

// An encrypted backup is a file someone may have made: main opens it in a utility
// process running the built foreignVaultProcess.js (main/platform/utilityForeignVault.ts),
// never in its own. The journey: a backup saved, the attempt deleted, the backup opened
// with a wrong passphrase and then with the right one, which brings the attempt back.
beforeAll(async () => {
  app = await startBuiltApp();
  ({ electron } = app);
  await createJournalAsPage(electron, passphrase);
  const { id } = await valueAsPage<{ id: string }>(electron, 'attempts.create', {
    attempt: madeAttempt({ request: 'Ask for a table by the window' }),
    planItemId: null,
  });
  backupFile = path.join(app.pathsRoot, 'before the move.askanyway');
  electron.answerSaveDialog(backupFile);
  await valueAsPage(electron, 'data.backup');
  await valueAsPage(electron, 'attempts.delete', { id });

  electron.answerOpenDialog(backupFile);
  wrongPassphrase = await invokeAsPage(electron, 'data.importBackup', {
    passphrase: 'not the passphrase at all',
  });
  electron.answerOpenDialog(backupFile);
  merged = await valueAsPage(electron, 'data.importBackup', { passphrase });
  afterMerge = await valueAsPage(electron, 'attempts.get', { id });
});

afterAll(() => app.cleanUp());

const forks = () =>
  electron.calls.filter((call) => call.api === 'utilityProcess' && call.method === 'fork');

describe('an encrypted backup opened by the built app', () => {
  it('merges the backup back in, through a utility process', () => {
    expect(merged).toMatchObject({ imported: true });
    expect(afterMerge).toMatchObject({ before: { request: 'Ask for a table by the window' } });
  });

  it('forks the built file opener, named, its output ignored', () => {
    // The wrong passphrase is refused in main (the key unwrap fails): no process for it.
    expect(forks()).toHaveLength(1);
    expect(forks()[0]?.args).toEqual([
      path.join(path.dirname(fileURLToPath(builtMain)), 'foreignVaultProcess.js'),
      [],
      { serviceName: 'Ask Anyway file opener', stdio: 'ignore' },
    ]);
  });

  it('ends the process once it has answered', async () => {
    const [child] = electron.utilityChildren;
    await expect.poll(() => child?.exitCode !== null || child.signalCode !== null).toBe(true);
  });

  it('says a wrong passphrase in plain words, and merges nothing', () => {
    expect(wrongPassphrase).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
  });

  it('asks for the backup in an open dialog for journals, over the app’s window', () => {
    const dialogs = electron.calls.filter(
      (call) => call.api === 'dialog' && call.method === 'showOpenDialog',
    );
    expect(dialogs).toHaveLength(2);
    expect(dialogs[0]?.args).toEqual([
      electron.windows[0],
      {
        defaultPath: path.join(app.pathsRoot, 'documents'),
        properties: ['openFile'],
        filters: [{ name: 'Ask Anyway journal', extensions: ['askanyway'] }],
      },
    ]);
  });
});
