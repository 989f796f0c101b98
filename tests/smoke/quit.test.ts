import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { madeAttempt } from '../support/practiceFixture.js';
import type { ElectronStandIn } from './support/electronStandIn.js';
import {
  createJournalAsPage,
  saveDraftWhenAsked,
  sentToPage,
  valueAsPage,
} from './support/invokeAsPage.js';
import { readJournalFile } from './support/journalOnDisk.js';
import { type StartedApp, startBuiltApp } from './support/startBuiltApp.js';
import { waitUntil } from './support/waitUntil.js';

const passphrase = 'a long enough passphrase';

let app: StartedApp;
let electron: ElectronStandIn;
let recoveryKey: string;
let answered: readonly number[];

// The user quits (Quit in the menu) with the journal open: a recovery key still on the
// clipboard, an attempt saved a moment before, and words in the page's form that are not
// autosaved yet — the page saves them when the quit's lock asks.
beforeAll(async () => {
  app = await startBuiltApp();
  ({ electron } = app);
  recoveryKey = await createJournalAsPage(electron, passphrase);
  answered = saveDraftWhenAsked(electron, () => 'Ask for the window seat');
  await valueAsPage(electron, 'vault.copyRecoveryKey', { recoveryKey });
  await valueAsPage(electron, 'attempts.create', {
    attempt: madeAttempt({ request: 'Ask for a discount' }),
    planItemId: null,
  });
  electron.quitAsUser();
  await waitUntil(() => electron.state.hasQuit, 'the app quits');
});

afterAll(() => app.cleanUp());

/** Where in the app's calls main told the page the journal locked. */
const lockedAt = () =>
  electron.calls.findIndex(
    (call) =>
      call.api === 'webContents' && call.method === 'send' && call.args[0] === 'vault.locked',
  );
const lifecycleOf = (event: string) => electron.lifecycle.filter((entry) => entry.event === event);

describe('quitting the built app with the journal open', () => {
  it('keeps the app from quitting, locks the journal, then quits', () => {
    const [firstBeforeQuit] = lifecycleOf('before-quit');
    expect(firstBeforeQuit?.prevented).toBe(true);
    expect(lockedAt()).toBeGreaterThan(firstBeforeQuit?.callsBefore ?? Infinity);
    // Main asks again itself once the lock is done, and this time the app quits.
    const quitsByMain = electron.calls
      .map((call, index) => ({ call, index }))
      .filter(({ call }) => call.api === 'app' && call.method === 'quit');
    expect(quitsByMain[0]?.index).toBeGreaterThan(lockedAt());
    expect(lifecycleOf('quit')).toHaveLength(1);
    expect(lifecycleOf('quit')[0]?.callsBefore).toBeGreaterThan(lockedAt());
  });

  it('quits by its own path: the window closes without a second lock or a cancelled quit', () => {
    expect(lifecycleOf('before-quit').map((entry) => entry.prevented)).toEqual([true, false]);
    expect(lifecycleOf('close').map((entry) => entry.prevented)).toEqual([false]);
    expect(lifecycleOf('window-all-closed')).toHaveLength(0);
  });

  it('asks the page for the drafts it owes, and locks once it has answered', () => {
    const requests = sentToPage(electron, 'vault.lockRequested');
    expect(requests).toHaveLength(1);
    expect(answered).toEqual(requests.map((request) => (request as { id: number }).id));
    expect(sentToPage(electron, 'vault.locked')).toEqual([{ reason: 'quit' }]);
  });

  it('closes the window only once the journal is locked', () => {
    expect(electron.windows[0]?.destroyed).toBe(true);
    expect(lifecycleOf('closed')[0]?.callsBefore).toBeGreaterThan(lockedAt());
  });

  it('leaves the journal locked, its file holding what was saved just before', async () => {
    expect(await valueAsPage(electron, 'vault.status')).toMatchObject({
      state: 'locked',
      lockedBecause: 'quit',
    });
    const onDisk = await readJournalFile(electron, passphrase);
    expect(onDisk.requests).toEqual(['Ask for a discount']);
    expect(onDisk.drafts).toHaveLength(1);
    expect(onDisk.drafts[0]).toContain('Ask for the window seat');
  });

  it('takes the recovery key it copied off the clipboard', () => {
    const copied = electron.calls.filter(
      (call) => call.api === 'clipboard' && call.method === 'writeText',
    );
    expect(copied.map((call) => call.args)).toEqual([[recoveryKey]]);
    expect(electron.clipboardText()).toBe('');
  });
});
