import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core, type CorePorts } from '../../main/core.js';
import { holdCore, type CoreHolder } from '../../main/coreHolder.js';
import type { VaultStatus } from '../../shared/domain/vault.js';
import type { JournalWhere } from '../../shared/domain/journalFile.js';
import type { Result } from '../../shared/ipc/result.js';
import { emptyFields } from '../../renderer/features/journal/attemptFields.js';
import { faultyFs } from '../support/faultyFs.js';
import { appCaller, value } from '../support/routerJournal.js';
import { chosenFolderName, testCorePorts } from '../support/testCore.js';

const passphrase = 'a long enough passphrase';
/** The draft of a new attempt, as the journal's form saves it. */
const newDraft = {
  kind: 'new',
  origin: { challengeId: null, category: null, difficulty: null },
  planItemId: null,
} as const;
const folders: string[] = [];
const cores: Core[] = [];

afterEach(() => {
  for (const core of cores.splice(0)) core.stop();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-holder-'));
  folders.push(folder);
  return folder;
}

async function createJournal(core: Core): Promise<void> {
  const prepared = await core.vault.prepare(passphrase);
  const groups = prepared.recoveryKey.split('-');
  await core.vault.confirm(prepared.confirmGroups.map((position) => groups[position - 1] ?? ''));
}

interface Held {
  readonly folder: string;
  readonly ports: CorePorts;
  readonly holder: CoreHolder;
  readonly reloads: { count: number };
  readonly call: <T>(channel: string, payload?: unknown) => Promise<Result<T>>;
}

/** A journal created and open behind a holder, as main/index.ts holds it. */
async function heldJournal(
  overrides: Partial<CorePorts> = {},
  fs?: ReturnType<typeof faultyFs>,
): Promise<Held> {
  const folder = tempFolder();
  const base = await testCorePorts(folder, overrides);
  const ports = fs ? { ...base, vault: { ...base.vault, fs } } : base;
  const reloads = { count: 0 };
  const holder = holdCore({
    vaultPath: ports.vault.vaultPath,
    reloadRenderer: () => (reloads.count += 1),
    build: (vaultPath, switchJournal) => {
      const core = createCore({ ...ports, vault: { ...ports.vault, vaultPath }, switchJournal });
      cores.push(core);
      return core;
    },
  });
  await createJournal(holder.current);
  return {
    folder,
    ports,
    holder,
    reloads,
    call: <T>(channel: string, payload?: unknown) =>
      holder.router(channel, payload, appCaller) as Promise<Result<T>>,
  };
}

describe('the core behind its holder', () => {
  it('lets the page save what it owes before a move, through the same holder, and moves', async () => {
    // A page with words not yet autosaved: asked by the move's lock, it saves them and
    // answers — calls a switch under way must not hold back. The timers never move, so a
    // lock that waited for its bound would never end.
    const opened: { held?: Held } = {};
    const emit = (event: string, payload: unknown): number => {
      const page = opened.held;
      if (event === 'vault.lockRequested' && page) {
        void page
          .call('drafts.save', { target: newDraft, fields: emptyFields('Ask for a mint') })
          .then(() => page.call('vault.draftsSaved', payload));
      }
      return 1;
    };
    const held = await heldJournal({ emit });
    opened.held = held;
    const moved = path.join(held.folder, chosenFolderName, 'journal.askanyway');

    expect(value(await held.call('journals.move'))).toEqual({ moved: true, path: moved });
    value(await held.call('vault.unlock', { passphrase }));
    const draft = value(
      await held.call<{ fields: { request: string } } | null>('drafts.get', { key: 'new' }),
    );
    expect(draft?.fields.request).toBe('Ask for a mint');
  });

  it('routes to a core rebuilt on the journal’s new folder after a move, which opens there', async () => {
    const held = await heldJournal();
    const first = held.holder.current;
    const moved = path.join(held.folder, chosenFolderName, 'journal.askanyway');

    expect(value(await held.call('journals.move'))).toEqual({ moved: true, path: moved });

    expect(held.holder.current).not.toBe(first);
    expect(held.ports.location.vaultPath()).toBe(moved);
    expect(held.reloads.count).toBe(1);
    expect(value(await held.call<VaultStatus>('vault.status'))).toMatchObject({
      state: 'locked',
      path: moved,
    });
    expect(value(await held.call<VaultStatus>('vault.unlock', { passphrase }))).toMatchObject({
      state: 'unlocked',
      path: moved,
    });
    expect(existsSync(path.join(held.folder, 'journal.askanyway'))).toBe(false);
  });

  it('holds back the calls of the page the lock reloaded until the new core answers them', async () => {
    // The lock reloads the page, which asks where the journal is as soon as its call can
    // reach main: over IPC, in a later turn of main's event loop, never inside the lock.
    const asked: Promise<Result<VaultStatus>>[] = [];
    const page: { call?: Held['call'] } = {};
    const held = await heldJournal({
      reloadRenderer: () => {
        const call = page.call;
        if (call)
          asked.push(
            new Promise((resolve) =>
              setImmediate(() => resolve(call<VaultStatus>('vault.status'))),
            ),
          );
      },
    });
    page.call = held.call;
    value(await held.call('journals.move'));

    const answers = (await Promise.all(asked)).map((answer) => value(answer));
    expect(answers).toEqual([
      { state: 'locked', path: path.join(held.folder, chosenFolderName, 'journal.askanyway') },
    ]);
  });

  it('refuses a folder the journal may not go to before locking it, and keeps the same core', async () => {
    let chosen = '';
    const held = await heldJournal({ chooseFolder: () => Promise.resolve(chosen) });
    const first = held.holder.current;
    chosen = held.folder;
    const refused = await held.call('journals.move');
    expect(refused).toMatchObject({ ok: false, error: { code: 'FOLDER_NOT_ALLOWED' } });
    expect(held.holder.current).toBe(first);
    expect(value(await held.call<VaultStatus>('vault.status')).state).toBe('unlocked');
  });

  it('keeps the journal where it was, locked, and says why, when the move fails after locking', async () => {
    const fs = faultyFs();
    const held = await heldJournal({}, fs);
    const first = held.holder.current;
    fs.rule = (step) => (step === 'copyFile' ? 'ENOSPC' : undefined);

    const failed = await held.call('journals.move');
    expect(failed).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    fs.rule = undefined;

    expect(held.holder.current).toBe(first);
    expect(value(await held.call<JournalWhere>('journals.where'))).toEqual({
      path: path.join(held.folder, 'journal.askanyway'),
      folder: held.folder,
      lastMoveFailed: 'DISK_FULL',
    });
    expect(value(await held.call<VaultStatus>('vault.unlock', { passphrase })).state).toBe(
      'unlocked',
    );
  });

  it('opens another journal the user chose and confirmed, and remembers it', async () => {
    const elsewhere = tempFolder();
    const other = createCore(await testCorePorts(elsewhere));
    cores.push(other);
    await createJournal(other);
    await other.vault.lock('quit');
    const otherPath = path.join(elsewhere, 'journal.askanyway');
    const held = await heldJournal({ chooseOpenPath: () => Promise.resolve(otherPath) });

    expect(value(await held.call('journals.chooseOther'))).toEqual({
      chosen: true,
      fileName: 'journal.askanyway',
    });
    expect(value(await held.call('journals.pending'))).toEqual({
      fileName: 'journal.askanyway',
    });
    value(await held.call('journals.openPending'));

    expect(held.ports.location.vaultPath()).toBe(otherPath);
    expect(value(await held.call<VaultStatus>('vault.status'))).toMatchObject({
      state: 'locked',
      path: otherPath,
    });
    expect(value(await held.call('journals.pending'))).toBeNull();
  });

  it('refuses a chosen file that is not a journal, holding nothing to open', async () => {
    const folder = tempFolder();
    const notes = path.join(folder, 'notes.askanyway');
    writeFileSync(notes, 'not a journal at all');
    const held = await heldJournal({ chooseOpenPath: () => Promise.resolve(notes) });

    expect(await held.call('journals.chooseOther')).toMatchObject({
      ok: false,
      error: { code: 'NOT_A_VAULT' },
    });
    expect(value(await held.call('journals.pending'))).toBeNull();
    expect(await held.call('journals.openPending')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST' },
    });
    expect(value(await held.call<VaultStatus>('vault.status')).state).toBe('unlocked');
  });

  it('forgets a file opened from the desktop when the user says no', async () => {
    const held = await heldJournal();
    held.ports.journalRequests.offer(path.join(held.folder, 'other.askanyway'));
    expect(value(await held.call('journals.pending'))).toEqual({ fileName: 'other.askanyway' });
    value(await held.call('journals.dismissPending'));
    expect(value(await held.call('journals.pending'))).toBeNull();
  });
});
