import { emptyFields } from '../../../renderer/features/journal/attemptFields.js';
import { appEntryUrl } from '../../../main/window/appOrigin.js';
import { recoveryKeyGroups } from '../../../main/services/vault/recoveryKey.js';
import type { Result } from '../../../shared/ipc/result.js';
import type { ElectronStandIn } from './electronStandIn.js';

/**
 * What Electron hands an `ipcMain.handle` handler for a call from the app's own page:
 * the top-level frame (no parent) of the bundle's entry page.
 */
const fromAppPage = { senderFrame: { url: appEntryUrl, parent: null } };

/** Calls the handler main registered for `channel`, as the app's page would; its answer as is. */
export async function invokeAsPage<T = unknown>(
  electron: ElectronStandIn,
  channel: string,
  payload?: unknown,
): Promise<Result<T>> {
  const handler = electron.ipcHandlers.get(channel) as
    ((event: typeof fromAppPage, payload: unknown) => Promise<Result<T>>) | undefined;
  if (!handler) throw new Error(`main handles no '${channel}'`);
  return handler(fromAppPage, payload);
}

/** `invokeAsPage` for a call that must succeed: its value, or the test fails with the code. */
export async function valueAsPage<T = unknown>(
  electron: ElectronStandIn,
  channel: string,
  payload?: unknown,
): Promise<T> {
  const result = await invokeAsPage<T>(electron, channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/**
 * Creates a journal as the unlock screen does (`vault.prepare`, then `vault.confirm` with
 * the recovery key's groups it asks for), through the real KDF worker; it is left
 * unlocked. Returns the recovery key.
 */
export async function createJournalAsPage(
  electron: ElectronStandIn,
  passphrase: string,
): Promise<string> {
  const prepared = await valueAsPage<{ recoveryKey: string; confirmGroups: number[] }>(
    electron,
    'vault.prepare',
    { passphrase, confirmation: passphrase },
  );
  const groups = recoveryKeyGroups(prepared.recoveryKey.replace(/-/g, ''));
  const answers = prepared.confirmGroups.map((position) => groups[position - 1] ?? '');
  await valueAsPage(electron, 'vault.confirm', { answers });
  return prepared.recoveryKey;
}

/**
 * The page's side of the lock protocol (docs/vault.md, "Every lock first saves what the
 * user typed"): on `vault.lockRequested` it saves what it owes (`saveOwed`), then answers
 * `vault.draftsSaved` with the request's id. Returns the ids it answered.
 */
export function answerLockRequestsAsPage(
  electron: ElectronStandIn,
  saveOwed: () => Promise<unknown>,
): readonly number[] {
  const answered: number[] = [];
  const page = electron.windows[0]?.webContents;
  if (!page) throw new Error('main has opened no window');
  page.toPage.on('vault.lockRequested', ({ id }: { id: number }) => {
    void saveOwed()
      .then(() => valueAsPage(electron, 'vault.draftsSaved', { id }))
      .then(() => answered.push(id));
  });
  return answered;
}

/** The page's form for a new attempt, as a draft's target. */
const newAttemptDraft = {
  kind: 'new',
  origin: { challengeId: null, category: null, difficulty: null },
  planItemId: null,
} as const;

/**
 * `answerLockRequestsAsPage` for a page whose new-attempt form holds `typed()` unsaved:
 * it saves that as the draft when a lock asks, as the journal's form does.
 */
export function saveDraftWhenAsked(
  electron: ElectronStandIn,
  typed: () => string,
): readonly number[] {
  return answerLockRequestsAsPage(electron, () =>
    valueAsPage(electron, 'drafts.save', {
      target: newAttemptDraft,
      fields: emptyFields(typed()),
    }),
  );
}

/** The events main sent the app's page on `channel`, in order. */
export function sentToPage(electron: ElectronStandIn, channel: string): unknown[] {
  return electron.calls
    .filter(
      (call) => call.api === 'webContents' && call.method === 'send' && call.args[0] === channel,
    )
    .map((call) => call.args[1]);
}
