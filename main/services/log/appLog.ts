import { lockReasons, type LockReason } from '../../../shared/domain/vault.js';
import { contract, type Channel } from '../../../shared/ipc/contract.js';
import { errorFacts } from './errorFacts.js';

/** How the journal was opened: by its passphrase, or reset with its recovery key. */
const unlockMeans = ['passphrase', 'recovery-key'] as const;
export type UnlockMeans = (typeof unlockMeans)[number];

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

/** The places of failure that carry nothing more (a lock's reason, an IPC channel). */
const plainPlaces = [
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
] as const;

/** Where an unexpected failure happened; `ipc:<channel>` for a call that failed. */
export type FailurePlace = (typeof plainPlaces)[number] | `lock:${LockReason}` | `ipc:${Channel}`;

/** Where main reports what the user never sees: unexpected errors. */
export interface FailureLog {
  /** `error` is kept as its kind, codes and frames (errorFacts.ts), never its message. */
  error(place: FailurePlace, error: unknown): void;
}

/** Main's log: lifecycle events and unexpected failures. Its methods never throw. */
export interface AppLog extends FailureLog {
  event(event: LifecycleEvent): void;
}

/** One of the closed set, or `?`: the type says so already, and a cast gets no further. */
function placeOrUnknown(place: string): string {
  const [kind, detail = ''] = place.split(/:(.*)/s);
  if (detail === '' && (plainPlaces as readonly string[]).includes(place)) return place;
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
      return { by: oneOf(event.by, unlockMeans) };
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

/** Every event's name, no more and no less: a Record of the union is checked both ways. */
const eventNames: readonly string[] = Object.keys({
  'app-started': true,
  'app-ready': true,
  'window-opened': true,
  'journal-locked': true,
  'journal-unlocked': true,
  'journal-unlock-failed': true,
  'page-gone': true,
  'app-quit': true,
} satisfies Record<LifecycleEvent['name'], true>);

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
