import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
let answered: readonly number[];

// Most people quit by closing the window: with the journal open and words in the page's
// form not yet autosaved, which the page saves when the lock asks.
beforeAll(async () => {
  app = await startBuiltApp();
  ({ electron } = app);
  await createJournalAsPage(electron, passphrase);
  answered = saveDraftWhenAsked(electron, () => 'Ask to swap shifts');
  const [window] = electron.windows;
  if (!window) throw new Error('main has opened no window');
  electron.closeAsUser(window);
  await waitUntil(() => electron.state.hasQuit, 'the app quits');
});

afterAll(() => app.cleanUp());

describe('closing the built app’s window with the journal open', () => {
  it('keeps the window until the journal is locked, then closes it, and the app quits', () => {
    const lockedAt = electron.calls.findIndex(
      (call) =>
        call.api === 'webContents' && call.method === 'send' && call.args[0] === 'vault.locked',
    );
    const closing = electron.lifecycle.filter((entry) => entry.event !== 'ready-to-show');
    expect(closing.map(({ event, prevented }) => ({ event, prevented }))).toEqual([
      { event: 'close', prevented: true },
      { event: 'close', prevented: false },
      { event: 'closed', prevented: false },
      { event: 'window-all-closed', prevented: false },
      // The quit's own lock finds the journal locked already.
      { event: 'before-quit', prevented: true },
      { event: 'before-quit', prevented: false },
      { event: 'will-quit', prevented: false },
      { event: 'quit', prevented: false },
    ]);
    expect(lockedAt).toBeGreaterThan(closing[0]?.callsBefore ?? Infinity);
    expect(closing[1]?.callsBefore).toBeGreaterThan(lockedAt);
  });

  it('asks the page for the drafts it owes, and locks once it has answered', () => {
    const requests = sentToPage(electron, 'vault.lockRequested');
    expect(requests).toHaveLength(1);
    expect(answered).toEqual(requests.map((request) => (request as { id: number }).id));
    expect(sentToPage(electron, 'vault.locked')).toEqual([{ reason: 'quit' }]);
  });

  it('leaves the journal locked, with the page’s last words in its file', async () => {
    expect(await valueAsPage(electron, 'vault.status')).toMatchObject({
      state: 'locked',
      lockedBecause: 'quit',
    });
    const { drafts } = await readJournalFile(electron, passphrase);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toContain('Ask to swap shifts');
  });
});
