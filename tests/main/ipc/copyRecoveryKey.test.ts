import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../main/core.js';
import type { Caller } from '../../../main/ipc/router.js';
import { recoveryKeyClipboardSeconds } from '../../../shared/domain/vault.js';
import { manualTimers } from '../../support/manualTimers.js';
import { memoryClipboard } from '../../support/memoryClipboard.js';
import { testCorePorts } from '../../support/testCore.js';

const app: Caller = { url: 'app://ask-anyway/index.html', isMainFrame: true };
const recoveryKey = '0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ-0123-4567-89AB-CDEF-GHJK';
const otherKey = 'ABCD-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ-0123-4567-89AB-CDEF-GHJK';
const minute = recoveryKeyClipboardSeconds * 1000;

let folder: string;
let clipboard: ReturnType<typeof memoryClipboard>;
let timers: ReturnType<typeof manualTimers>;
let core: Core;
beforeEach(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-copy-key-'));
  clipboard = memoryClipboard();
  timers = manualTimers();
  core = createCore(await testCorePorts(folder, { clipboard, timers }));
});
afterEach(() => {
  core.stop();
  rmSync(folder, { recursive: true, force: true });
});

const copy = (payload: unknown) => core.router('vault.copyRecoveryKey', payload, app);

describe('vault.copyRecoveryKey', () => {
  it('puts the key on the clipboard and takes it off a minute later, not before', async () => {
    expect(await copy({ recoveryKey })).toEqual({ ok: true, value: undefined });
    expect(clipboard.text).toBe(recoveryKey);
    timers.advance(minute - 1);
    expect(clipboard.text).toBe(recoveryKey);
    timers.advance(1);
    await expect.poll(() => clipboard.text).toBe('');
  });

  it('leaves alone whatever the user copied since', async () => {
    await copy({ recoveryKey });
    clipboard.copy('a shopping list');
    timers.advance(minute);
    // Once the app has looked, it has decided.
    await expect.poll(() => clipboard.reads).toBe(1);
    expect(clipboard.text).toBe('a shopping list');
  });

  it('gives a key copied again its full minute, and clears only the newest', async () => {
    await copy({ recoveryKey });
    timers.advance(minute / 2);
    await copy({ recoveryKey: otherKey });
    timers.advance(minute / 2);
    expect(clipboard.reads).toBe(0);
    expect(clipboard.text).toBe(otherKey);
    timers.advance(minute / 2);
    await expect.poll(() => clipboard.text).toBe('');
  });

  it('takes a key still on the clipboard off it when the app quits', async () => {
    await copy({ recoveryKey });
    core.stop();
    await expect.poll(() => clipboard.text).toBe('');
  });

  it('refuses anything but a recovery key as shown', async () => {
    for (const payload of [{ recoveryKey: 'my passphrase' }, { recoveryKey, extra: 1 }, {}]) {
      expect(await copy(payload)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_REQUEST' },
      });
    }
    expect(clipboard.text).toBe('');
  });
});
