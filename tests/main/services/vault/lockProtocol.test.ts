import { describe, expect, it } from 'vitest';
import {
  createLockProtocol,
  draftSaveBoundMs,
} from '../../../../main/services/vault/lockProtocol.js';
import type { LockReason } from '../../../../shared/domain/vault.js';
import { manualTimers } from '../../../support/manualTimers.js';

/** A protocol over a journal and pages played by hand: what it asked, when it locked. */
function protocolWith({ unlocked = true, pages = 1 } = {}) {
  const timers = manualTimers();
  const asked: number[] = [];
  const locked: LockReason[] = [];
  const protocol = createLockProtocol({
    timers,
    isUnlocked: () => Promise.resolve(unlocked),
    askToSaveDrafts: (id) => {
      asked.push(id);
      return pages;
    },
    lock: (reason) => {
      locked.push(reason);
      return Promise.resolve();
    },
  });
  return { protocol, timers, asked, locked };
}

/** Whether a promise has settled yet, read without waiting for it. */
function track(promise: Promise<void>): { readonly settled: boolean } {
  const state = { settled: false };
  void promise.then(() => {
    state.settled = true;
  });
  return state;
}

describe('the lock protocol', () => {
  it('asks the page for its drafts and locks once the page answers', async () => {
    const { protocol, asked, locked } = protocolWith();
    const locking = protocol.lock('manual');
    await expect.poll(() => asked).toEqual([1]);
    expect(locked).toEqual([]);

    protocol.draftsSaved(1);
    await locking;
    expect(locked).toEqual(['manual']);
  });

  it.each(['manual', 'idle', 'screen-lock', 'quit', 'suspend'] as const)(
    'locks for %s when the page never answers, once its bound has passed',
    async (reason) => {
      const { protocol, timers, asked, locked } = protocolWith();
      const locking = track(protocol.lock(reason));
      await expect.poll(() => asked).toEqual([1]);

      timers.advance(draftSaveBoundMs[reason] - 1);
      await Promise.resolve();
      expect(locked).toEqual([]);
      expect(locking.settled).toBe(false);

      timers.advance(1);
      await expect.poll(() => locking.settled).toBe(true);
      expect(locked).toEqual([reason]);
    },
  );

  it('gives suspend a shorter bound than the other triggers', () => {
    expect(draftSaveBoundMs.suspend).toBeLessThan(draftSaveBoundMs.manual);
  });

  it('locks at once when no page is there to answer', async () => {
    const { protocol, asked, locked } = protocolWith({ pages: 0 });
    await protocol.lock('quit');
    expect(asked).toEqual([1]);
    expect(locked).toEqual(['quit']);
  });

  it('asks nobody when the journal is already locked, and still locks', async () => {
    const { protocol, asked, locked } = protocolWith({ unlocked: false });
    await protocol.lock('idle');
    expect(asked).toEqual([]);
    expect(locked).toEqual(['idle']);
  });

  it('ignores an answer to an earlier request, or to none', async () => {
    const { protocol, timers, asked, locked } = protocolWith();
    const first = protocol.lock('manual');
    await expect.poll(() => asked).toEqual([1]);
    protocol.draftsSaved(1);
    await first;

    const second = track(protocol.lock('idle'));
    await expect.poll(() => asked).toEqual([1, 2]);
    protocol.draftsSaved(1);
    protocol.draftsSaved(7);
    timers.advance(draftSaveBoundMs.idle - 1);
    await Promise.resolve();
    expect(second.settled).toBe(false);
    expect(locked).toEqual(['manual']);

    protocol.draftsSaved(2);
    await expect.poll(() => second.settled).toBe(true);
    expect(locked).toEqual(['manual', 'idle']);
  });

  it('makes two triggers at once one request and one lock', async () => {
    const { protocol, asked, locked } = protocolWith();
    const menu = protocol.lock('manual');
    const idle = protocol.lock('idle');
    await expect.poll(() => asked).toEqual([1]);
    expect(protocol.lock('screen-lock')).toBe(menu);

    protocol.draftsSaved(1);
    await Promise.all([menu, idle]);
    expect(asked).toEqual([1]);
    expect(locked).toEqual(['manual']);
  });

  it('brings a lock under way forward when suspend joins it', async () => {
    const { protocol, timers, asked, locked } = protocolWith();
    const menu = track(protocol.lock('manual'));
    await expect.poll(() => asked).toEqual([1]);
    void protocol.lock('suspend');

    timers.advance(draftSaveBoundMs.suspend);
    await expect.poll(() => menu.settled).toBe(true);
    expect(locked).toEqual(['manual']);
  });

  it('still locks when the page cannot be asked, and says why', async () => {
    const timers = manualTimers();
    const locked: LockReason[] = [];
    const protocol = createLockProtocol({
      timers,
      isUnlocked: () => Promise.resolve(true),
      askToSaveDrafts: () => {
        throw new Error('the window is gone');
      },
      lock: (reason) => {
        locked.push(reason);
        return Promise.resolve();
      },
    });
    await expect(protocol.lock('quit')).rejects.toThrow('the window is gone');
    expect(locked).toEqual(['quit']);
  });

  it('lets every trigger that joined a failed lock hear of the failure, and tries afresh after', async () => {
    const timers = manualTimers();
    let failures = 1;
    const protocol = createLockProtocol({
      timers,
      isUnlocked: () => Promise.resolve(false),
      askToSaveDrafts: () => 1,
      lock: () => (failures-- > 0 ? Promise.reject(new Error('disk full')) : Promise.resolve()),
    });
    const menu = protocol.lock('manual');
    const idle = protocol.lock('idle');
    await expect(menu).rejects.toThrow('disk full');
    await expect(idle).rejects.toThrow('disk full');
    await expect(protocol.lock('manual')).resolves.toBeUndefined();
  });
});
