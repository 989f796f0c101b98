import { recoveryKeyClipboardSeconds } from '../../../shared/domain/vault.js';
import type { Timers } from './autoLock.js';

/** The system clipboard's text, as a port: Electron's in the app, a variable in tests. */
export interface Clipboard {
  readText(): Promise<string>;
  writeText(text: string): Promise<void>;
  clear(): void;
}

/** Puts a recovery key on the clipboard, and takes it off again. */
export interface RecoveryKeyClipboard {
  /** Copies the key; a minute later it is cleared, if the clipboard still holds exactly it. */
  copy(recoveryKey: string): Promise<void>;
  /** On quit: clears a key still waiting to be cleared, so it does not outlive the app. */
  stop(): Promise<void>;
}

export interface RecoveryKeyClipboardDeps {
  readonly clipboard: Clipboard;
  readonly timers: Pick<Timers, 'after'>;
  /** A clear that failed in the background: logged, as nobody waits for it. */
  readonly onError: (error: unknown) => void;
}

/**
 * The recovery key on the clipboard is a second copy of the journal's master key where
 * any app can read it. Main, not the page, copies it, so main can take it back: after
 * `recoveryKeyClipboardSeconds`, or at quit. Whatever the user copied since is theirs and
 * is left alone.
 */
export function createRecoveryKeyClipboard({
  clipboard,
  timers,
  onError,
}: RecoveryKeyClipboardDeps): RecoveryKeyClipboard {
  let pending: { readonly key: string; readonly cancel: () => void } | undefined;
  const clearIfStillThere = async (): Promise<void> => {
    const key = pending?.key;
    pending?.cancel();
    pending = undefined;
    if (key !== undefined && (await clipboard.readText()) === key) clipboard.clear();
  };
  return {
    async copy(recoveryKey) {
      pending?.cancel();
      pending = undefined;
      await clipboard.writeText(recoveryKey);
      pending = {
        key: recoveryKey,
        cancel: timers.after(recoveryKeyClipboardSeconds * 1000, () => {
          clearIfStillThere().catch(onError);
        }),
      };
    },
    stop: clearIfStillThere,
  };
}
