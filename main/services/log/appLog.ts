import { lockReasons, type LockReason } from '../../../shared/domain/vault.js';
import { contract, type Channel } from '../../../shared/ipc/contract.js';
import { errorFacts } from './errorFacts.js';

/** How the journal was opened: by its passphrase, or reset with its recovery key. */
export type UnlockMeans = 'passphrase' | 'recovery-key';

/** Why Electron says the window's page went (its `RenderProcessGoneDetails.reason`). */
export const pageGoneReasons = [
  'clean-exit',
  'abnormal-exit',
  'killed',
  'crashed',
  'oom',
  'launch-failed',
  'integrity-failure',
  'memory-eviction',
] as const;
export type PageGoneReason = (typeof pageGoneReasons)[number];

/**
 * What happens to the app that a support request needs: a closed set, each with only
 * facts the app chose (a reason, a version), never text a user typed or a path.
 */
export type LifecycleEvent =
  | {
      readonly name: 'app-started';
      readonly version: string;
      readonly platform: string;
      readonly arch: string;
    }
  | { readonly name: 'app-ready' }
  | { readonly name: 'window-opened' }
  | { readonly name: 'journal-locked'; readonly reason: LockReason }
  | { readonly name: 'journal-unlocked'; readonly by: UnlockMeans }
  | { readonly name: 'journal-unlock-failed'; readonly by: UnlockMeans }
  | { readonly name: 'page-gone'; readonly reason: PageGoneReason }
  | { readonly name: 'app-quit' };

/** Where an unexpected failure happened; `ipc:<channel>` for a call that failed. */
export type FailurePlace =
  | 'start'
  | 'finish-move'
  | 'compaction'
  | 'auto-lock'
  | 'file-check'
  | 'reminder-check'
  | 'clipboard-clear'
  | 'theme-save'
  | 'login-item'
  | 'tray'
  | `lock:${LockReason}`
  | 'uncaught-exception'
  | 'unhandled-rejection'
  | `ipc:${Channel}`;

/** Where main reports what the user never sees: unexpected errors. */
export interface FailureLog {
  /** `error` is kept as its kind, codes and frames (errorFacts.ts), never its message. */
  error(place: FailurePlace, error: unknown): void;
}

/** Main's log: lifecycle events and unexpected failures. Its methods never throw. */
export interface AppLog extends FailureLog {
  event(event: LifecycleEvent): void;
}

const plainPlaces: ReadonlySet<string> = new Set([
  'start',
  'finish-move',
  'compaction',
  'auto-lock',
  'file-check',
  'reminder-check',
  'clipboard-clear',
  'theme-save',
  'login-item',
  'tray',
  'uncaught-exception',
  'unhandled-rejection',
]);

/** One of the closed set, or `?`: the type says so already, and a cast gets no further. */
function placeOrUnknown(place: string): string {
  const [kind, detail = ''] = place.split(/:(.*)/s);
  if (detail === '' && plainPlaces.has(place)) return place;
  if (kind === 'lock' && (lockReasons as readonly string[]).includes(detail)) return place;
  if (kind === 'ipc' && Object.hasOwn(contract, detail)) return place;
  return '?';
}

const oneOf = (value: string, allowed: readonly string[]): string =>
  allowed.includes(value) ? value : '?';
const token = (value: string): string => (/^[A-Za-z0-9._+-]{1,40}$/.test(value) ? value : '?');

/** The event's own facts, each checked again here: only what the type allows is written. */
function factsOf(event: LifecycleEvent): Record<string, string> | undefined {
  switch (event.name) {
    case 'app-started':
      return {
        version: token(event.version),
        platform: token(event.platform),
        arch: token(event.arch),
      };
    case 'journal-locked':
      return { reason: oneOf(event.reason, lockReasons) };
    case 'journal-unlocked':
    case 'journal-unlock-failed':
      return { by: oneOf(event.by, ['passphrase', 'recovery-key']) };
    case 'page-gone':
      return { reason: oneOf(event.reason, pageGoneReasons) };
    case 'app-ready':
    case 'window-opened':
    case 'app-quit':
      return undefined;
  }
}

const levelOf = (event: LifecycleEvent): 'INFO' | 'WARN' =>
  event.name === 'page-gone' || event.name === 'journal-unlock-failed' ? 'WARN' : 'INFO';

const eventNames: readonly string[] = [
  'app-started',
  'app-ready',
  'window-opened',
  'journal-locked',
  'journal-unlocked',
  'journal-unlock-failed',
  'page-gone',
  'app-quit',
] satisfies LifecycleEvent['name'][];

export interface AppLogOptions {
  /** Where each line goes: the rotated file (logFile.ts). */
  readonly write: (line: string) => void;
  readonly now: () => Date;
  /** Also given each line, such as the console while developing. */
  readonly echo?: ((line: string) => void) | undefined;
}

/**
 * Writes one line per event: ISO time, level, name, and its facts as JSON —
 * `2026-11-25T12:00:00.000Z INFO journal-locked {"reason":"idle"}`. What it writes is
 * built here from closed sets and checked shapes, so no caller can put free text in it.
 */
export function createAppLog({ write, now, echo }: AppLogOptions): AppLog {
  const writeLine = (
    entry: () => readonly [level: string, name: string, facts: object | undefined],
  ) => {
    try {
      const [level, name, facts] = entry();
      const text = `${now().toISOString()} ${level} ${name}${facts ? ` ${JSON.stringify(facts)}` : ''}`;
      write(text);
      echo?.(text);
    } catch {
      // The log must never become the failure: a line it cannot write is lost.
    }
  };
  return {
    event: (event) =>
      writeLine(() => [levelOf(event), oneOf(event.name, eventNames), factsOf(event)]),
    error: (place, error) =>
      writeLine(() => [
        'ERROR',
        'failed',
        { place: placeOrUnknown(place), error: errorFacts(error) },
      ]),
  };
}
