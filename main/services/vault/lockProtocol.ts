import type { LockReason } from '../../../shared/domain/vault.js';
import type { Timers } from './autoLock.js';

/**
 * How long a lock waits for the page to save the drafts its open forms owe. A save
 * reaches the open journal in milliseconds, so a second is ample; suspend gets less,
 * because the computer sleeps on its own schedule and the journal must be locked first.
 */
export const draftSaveBoundMs: Readonly<Record<LockReason, number>> = {
  manual: 1_000,
  idle: 1_000,
  'screen-lock': 1_000,
  quit: 1_000,
  crash: 1_000,
  'window-closed': 1_000,
  suspend: 300,
};

export interface LockProtocolDeps {
  readonly timers: Pick<Timers, 'now' | 'after'>;
  /** Whether the journal is open: a closed one has no drafts to save, so nobody is asked. */
  readonly isUnlocked: () => Promise<boolean>;
  /**
   * Asks the open pages to save the drafts they owe and to answer with `id`. Returns how
   * many pages it asked: with none, there is nobody to wait for.
   */
  readonly askToSaveDrafts: (id: number) => number;
  /** Closes the journal: waits for the saves under way, then forgets the key. */
  readonly lock: (reason: LockReason) => Promise<void>;
}

/** The one way main locks the journal, whatever asked for it. */
export interface LockProtocol {
  /**
   * Asks the page to save the drafts it owes, waits for its answer or the reason's bound
   * (whichever is first), then locks, whether or not the page answered. A lock asked for
   * while one is under way joins it; a shorter bound brings its deadline forward.
   */
  lock(reason: LockReason): Promise<void>;
  /** The page's answer to request `id`; an answer to an earlier request is ignored. */
  draftsSaved(id: number): void;
}

/** A lock under way: when its wait ends at the latest, and the request being waited for. */
interface LockUnderWay {
  deadline: number;
  waiting?: { readonly id: number; readonly end: () => void; stopTimer: () => void };
}

/** Builds the lock protocol; main/core.ts wires it to the vault, the timers and the page. */
export function createLockProtocol(deps: LockProtocolDeps): LockProtocol {
  const { timers } = deps;
  let lastId = 0;
  let underWay: { readonly lock: LockUnderWay; readonly done: Promise<void> } | undefined;

  /** (Re)starts the timer that ends the wait at the lock's deadline. */
  const endWaitAtDeadline = (lock: LockUnderWay): void => {
    const { waiting } = lock;
    if (!waiting) return;
    waiting.stopTimer();
    waiting.stopTimer = timers.after(Math.max(0, lock.deadline - timers.now()), waiting.end);
  };

  const waitForDrafts = async (lock: LockUnderWay): Promise<void> => {
    lastId += 1;
    const id = lastId;
    let end = (): void => undefined;
    const answered = new Promise<void>((resolve) => {
      const waiting = {
        id,
        end: () => {
          waiting.stopTimer();
          if (lock.waiting === waiting) delete lock.waiting;
          resolve();
        },
        stopTimer: (): void => undefined,
      };
      end = waiting.end;
      lock.waiting = waiting;
      endWaitAtDeadline(lock);
    });
    try {
      if (deps.askToSaveDrafts(id) === 0) end();
    } catch (error) {
      // The lock still happens (see below); its caller hears why nobody was asked.
      end();
      throw error;
    }
    await answered;
  };

  const lockAfterDrafts = async (lock: LockUnderWay, reason: LockReason): Promise<void> => {
    try {
      if (await deps.isUnlocked()) await waitForDrafts(lock);
    } finally {
      await deps.lock(reason);
    }
  };

  return {
    lock(reason) {
      const deadline = timers.now() + draftSaveBoundMs[reason];
      if (underWay) {
        const { lock } = underWay;
        if (deadline < lock.deadline) {
          lock.deadline = deadline;
          endWaitAtDeadline(lock);
        }
        return underWay.done;
      }
      const lock: LockUnderWay = { deadline };
      const done = lockAfterDrafts(lock, reason).finally(() => {
        underWay = undefined;
      });
      underWay = { lock, done };
      return done;
    },
    draftsSaved(id) {
      const waiting = underWay?.lock.waiting;
      if (waiting?.id === id) waiting.end();
    },
  };
}
