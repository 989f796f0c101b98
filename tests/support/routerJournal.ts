import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCore, type Core, type CorePorts } from '../../main/core.js';
import type { Caller } from '../../main/ipc/router.js';
import type { Result } from '../../shared/ipc/result.js';
import { testCorePorts } from './testCore.js';

/** The app's own window, as the router's sender check sees it. */
export const appCaller: Caller = { url: 'app://ask-anyway/index.html', isMainFrame: true };

/** A journal created and open in a temp folder, answered by the real core and router. */
export interface RouterJournal {
  readonly folder: string;
  readonly core: Core;
  readonly passphrase: string;
  /** A call through the router, as the renderer makes it. */
  call<T = unknown>(channel: string, payload?: unknown): Promise<Result<T>>;
  /** Stops the core and removes the folder. */
  close(): void;
}

/**
 * Opens a new journal through the core (one clock, the test ports, or those `ports`
 * makes for the folder), ready for router calls.
 */
export async function openRouterJournal(
  prefix: string,
  ports: (folder: string) => Promise<CorePorts> = testCorePorts,
): Promise<RouterJournal> {
  const folder = mkdtempSync(path.join(tmpdir(), `ask-anyway-${prefix}-`));
  const core = createCore(await ports(folder));
  const passphrase = 'a long enough passphrase';
  const prepared = await core.vault.prepare(passphrase);
  const groups = prepared.recoveryKey.split('-');
  await core.vault.confirm(prepared.confirmGroups.map((position) => groups[position - 1] ?? ''));
  return {
    folder,
    core,
    passphrase,
    call: <T>(channel: string, payload?: unknown) =>
      core.router(channel, payload, appCaller) as Promise<Result<T>>,
    close: () => {
      core.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** The value of a call that must succeed; a refusal fails the test with its code. */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}
