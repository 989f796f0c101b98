import type { Core } from './core.js';
import type { Router } from './ipc/router.js';
import type { SwitchJournal } from './services/vault/journalFileService.js';

/** The core in use, swapped whole when another journal is opened or the journal moves. */
export interface CoreHolder {
  readonly current: Core;
  /** Routes each call to the core in use; calls made during a switch wait for its end. */
  readonly router: Router;
}

export interface HoldCoreOptions {
  /** Builds a core on a journal; it is given the switch, to pass on as its port. */
  readonly build: (vaultPath: string, switchJournal: SwitchJournal) => Core;
  readonly vaultPath: string;
  /** Called once the new core is in place, so the window starts over on it. */
  readonly reloadRenderer: () => void;
}

/**
 * Holds the core, so nothing captures one that may be replaced: main's IPC, the menu and
 * the power events reach it through here. A switch runs its work (lock, move) with calls
 * held back — a window reloaded by the lock must not read the old journal meanwhile —
 * then stops the old core and builds the next.
 */
export function holdCore({ build, vaultPath, reloadRenderer }: HoldCoreOptions): CoreHolder {
  let switching: Promise<unknown> = Promise.resolve();
  const switchJournal: SwitchJournal = (work) => {
    const run = switching.then(async () => {
      const next = await work();
      current.stop();
      current = build(next, switchJournal);
      reloadRenderer();
    });
    switching = run.catch(() => undefined);
    return run;
  };
  let current = build(vaultPath, switchJournal);
  return {
    get current() {
      return current;
    },
    router: async (channel, payload, caller) => {
      await switching;
      return current.router(channel, payload, caller);
    },
  };
}
