import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recoveryKeyGroups } from '../../main/services/vault/recoveryKey.js';
import type { Api } from '../../shared/ipc/api.js';
import { channelNames, eventNames } from '../../shared/ipc/contract.js';
import type { Result } from '../../shared/ipc/result.js';
import { madeAttempt } from '../support/practiceFixture.js';
import { StandInIpcRenderer } from './support/rendererIpc.js';
import { runSandboxedPreload } from './support/sandboxedPreload.js';
import { type StartedApp, startBuiltApp } from './support/startBuiltApp.js';

let app: StartedApp;
let ipcRenderer: StandInIpcRenderer;
let exposed: ReadonlyMap<string, unknown>;
let api: Api;

beforeAll(async () => {
  app = await startBuiltApp();
  const [window] = app.electron.windows;
  if (!window) throw new Error('main opened no window');
  // The preload main names in the window's preferences, read as Electron reads it.
  const { preload } = window.options['webPreferences'] as { preload: string };
  ipcRenderer = new StandInIpcRenderer(app.electron.ipcHandlers, window.webContents);
  ({ exposed } = runSandboxedPreload({
    source: readFileSync(preload, 'utf8'),
    filename: preload,
    ipcRenderer,
  }));
  api = exposed.get('api') as Api;
});

afterAll(() => app.cleanUp());

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

/** Every file under `folder`, recursively. */
const filesIn = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));

describe('the built preload, run as Electron runs a sandboxed preload', () => {
  it('exposes window.api alone, with one method per contract channel and event', () => {
    expect([...exposed.keys()]).toEqual(['api']);
    const methods = Object.entries(api).flatMap(([domain, group]) => {
      // A domain holds methods; nothing generic sits beside the domains.
      expect(Object.getPrototypeOf(group), `api.${domain}`).toBe(Object.prototype);
      return Object.entries(group as Record<string, unknown>).map(([name, method]) => {
        expect(method, `api.${domain}.${name}`).toBeTypeOf('function');
        return `${domain}.${name}`;
      });
    });
    const expected = [
      ...channelNames,
      ...eventNames.map((event) => {
        const [domain, verb = ''] = event.split('.');
        return `${domain}.on${verb.charAt(0).toUpperCase()}${verb.slice(1)}`;
      }),
    ];
    expect(methods.sort()).toEqual(expected.sort());
  });

  it('subscribes the page to main’s events, and unsubscribes it', () => {
    const unsubscribe = api.app.onNavigate(() => undefined);
    expect(ipcRenderer.listenerCount('app.navigate')).toBe(1);
    unsubscribe();
    expect(ipcRenderer.listenerCount('app.navigate')).toBe(0);
  });

  it('creates, locks and unlocks a journal through the built KDF worker, keeping nothing plain', async () => {
    const passphrase = 'violet lantern over the quiet harbour';
    const whatHappened = 'Canary: the baker laughed, then gave me the bread for free.';
    const request = 'Ask the baker for yesterday’s bread';
    expect(value(await api.vault.status())).toMatchObject({ state: 'absent' });

    const prepared = value(await api.vault.prepare({ passphrase, confirmation: passphrase }));
    const groups = recoveryKeyGroups(prepared.recoveryKey.replace(/-/g, ''));
    const answers = prepared.confirmGroups.map((position) => groups[position - 1] ?? '');
    const created = value(await api.vault.confirm({ answers }));
    expect(created.state).toBe('unlocked');
    // The journal is where main keeps its data: the stand-in's userData folder.
    expect(path.dirname(created.path)).toBe(path.join(app.pathsRoot, 'userData'));

    const saved = value(
      await api.attempts.create({
        attempt: madeAttempt({ request, whatHappened }),
        planItemId: null,
      }),
    );

    // The lock asks the page for its drafts and says it locked: main's events reach the page.
    const locked: unknown[] = [];
    api.vault.onLockRequested((asked) => void api.vault.draftsSaved(asked));
    api.vault.onLocked((payload) => locked.push(payload));
    value(await api.vault.lock());
    await expect.poll(() => locked).toEqual([{ reason: 'manual' }]);
    expect(value(await api.vault.status()).state).toBe('locked');

    const files = filesIn(app.pathsRoot);
    expect(files).toContain(created.path);
    for (const file of files) {
      const text = readFileSync(file).toString('utf8');
      for (const plain of [whatHappened, request, passphrase]) {
        expect(text.includes(plain), `${plain} in ${file}`).toBe(false);
      }
    }

    expect(await api.vault.unlock({ passphrase: 'not the passphrase at all' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
    expect(value(await api.vault.unlock({ passphrase })).state).toBe('unlocked');
    expect(value(await api.attempts.get({ id: saved.id }))).toEqual(saved);
    expect(value(await api.attempts.list({ filter: {}, after: null })).items).toMatchObject([
      { id: saved.id, request },
    ]);
  });
});
