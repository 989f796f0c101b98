import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElectronStandIn } from './support/electronStandIn.js';
import {
  createJournalAsPage,
  saveDraftWhenAsked,
  sentToPage,
  valueAsPage,
} from './support/invokeAsPage.js';
import { type StartedApp, startBuiltApp } from './support/startBuiltApp.js';

const passphrase = 'a long enough passphrase';

let app: StartedApp;
let electron: ElectronStandIn;
let answered: readonly number[];
/** What the page's form holds when a lock asks; it saves it as its draft. */
let typed = '';

beforeAll(async () => {
  app = await startBuiltApp();
  ({ electron } = app);
  await createJournalAsPage(electron, passphrase);
  answered = saveDraftWhenAsked(electron, () => typed);
});

afterAll(() => app.cleanUp());

const status = () =>
  valueAsPage<{ state: string; lockedBecause?: string }>(electron, 'vault.status');

/** The draft the page saved, read back once the journal is unlocked again. */
async function savedDraft(): Promise<string | undefined> {
  await valueAsPage(electron, 'vault.unlock', { passphrase });
  const draft = await valueAsPage<{ fields: { request: string } } | null>(electron, 'drafts.get', {
    key: 'new',
  });
  return draft?.fields.request;
}

describe('the built app locks the journal when the computer does', () => {
  it('locks on suspend, after the page saved the drafts it owed', async () => {
    typed = 'Ask before the lid closes';
    electron.emitPowerEvent('suspend');
    // Told once the lock is done: the journal closed, its last writes on disk.
    await expect.poll(() => sentToPage(electron, 'vault.locked')).toEqual([{ reason: 'suspend' }]);
    expect(await status()).toMatchObject({ state: 'locked', lockedBecause: 'suspend' });
    const requests = sentToPage(electron, 'vault.lockRequested');
    expect(requests).toHaveLength(1);
    expect(answered).toEqual(requests.map((request) => (request as { id: number }).id));
    expect(await savedDraft()).toBe('Ask before the lid closes');
  });

  it.runIf(process.platform === 'linux')(
    'on Linux, locks when the system says its screen is locked (its idle state)',
    async () => {
      expect((await status()).state).toBe('unlocked');
      typed = 'Ask before the screen locks';
      electron.system.idleState = 'locked';
      // Asked every few seconds (main/platform/screenLock.ts): the wait is for the next ask.
      await expect
        .poll(() => sentToPage(electron, 'vault.locked'))
        .toEqual([{ reason: 'suspend' }, { reason: 'screen-lock' }]);
      electron.system.idleState = 'active';
      expect(await status()).toMatchObject({ state: 'locked', lockedBecause: 'screen-lock' });
      expect(sentToPage(electron, 'vault.lockRequested')).toHaveLength(2);
      expect(await savedDraft()).toBe('Ask before the screen locks');
    },
  );

  it.runIf(process.platform === 'darwin' || process.platform === 'win32')(
    'on macOS and Windows, locks on the system’s lock-screen event',
    async () => {
      expect((await status()).state).toBe('unlocked');
      typed = 'Ask before the screen locks';
      electron.emitPowerEvent('lock-screen');
      await expect
        .poll(() => sentToPage(electron, 'vault.locked'))
        .toEqual([{ reason: 'suspend' }, { reason: 'screen-lock' }]);
      expect(await savedDraft()).toBe('Ask before the screen locks');
    },
  );
});
