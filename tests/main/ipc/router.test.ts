import { describe, expect, it, vi } from 'vitest';
import type { Caller, Handlers } from '../../../main/ipc/router.js';
import { createRouter } from '../../../main/ipc/router.js';
import { AppFailure } from '../../../main/services/appFailure.js';
import { defaultSettings } from '../../../shared/domain/settings.js';
import { channelNames } from '../../../shared/ipc/contract.js';
import { recordingLog } from '../../support/recordingLog.js';

const app: Caller = { url: 'app://ask-anyway/index.html', isMainFrame: true };
const appInfo = {
  name: 'Ask Anyway',
  version: '1.2.3',
  dataFolder: '/data',
  logFile: '/data/logs/ask-anyway.log',
  checksSpelling: false,
};

/** Every channel, failing loudly if a test reaches one it did not mean to. */
const unexpected = Object.fromEntries(
  channelNames.map((channel) => [
    channel,
    () => {
      throw new Error(`${channel} was not expected in this test`);
    },
  ]),
) as unknown as Handlers;

function setup(overrides: Partial<Handlers> = {}) {
  const handlers = {
    ...unexpected,
    'app.info': vi.fn(() => appInfo),
    'settings.get': vi.fn(() => defaultSettings),
    'settings.update': vi.fn((patch: object) => ({ ...defaultSettings, ...patch })),
    ...overrides,
  };
  const log = recordingLog();
  const route = createRouter({
    handlers,
    isTrustedCaller: (caller) => caller.url.startsWith('app://ask-anyway/') && caller.isMainFrame,
    log,
    validateResponses: true,
  });
  return { route, handlers, log };
}

describe('the IPC router', () => {
  it('dispatches a valid call to its handler and wraps the value', async () => {
    const { route, handlers } = setup();
    await expect(route('settings.update', { theme: 'dark' }, app)).resolves.toEqual({
      ok: true,
      value: { ...defaultSettings, theme: 'dark' },
    });
    expect(handlers['settings.update']).toHaveBeenCalledWith({ theme: 'dark' });
  });

  it('refuses callers that are not the app’s own top-level page', async () => {
    const { route, handlers } = setup();
    for (const caller of [
      { url: 'https://example.com/', isMainFrame: true },
      { url: 'app://ask-anyway/index.html', isMainFrame: false },
    ]) {
      const result = await route('settings.get', undefined, caller);
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
    expect(handlers['settings.get']).not.toHaveBeenCalled();
  });

  it.each([['vault.dump'], ['toString'], ['__proto__'], [42], [null]])(
    'answers UNKNOWN_CHANNEL for %s',
    async (channel) => {
      const { route } = setup();
      await expect(route(channel, undefined, app)).resolves.toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL' },
      });
    },
  );

  it.each<[string, unknown, (string | number)[], string, RegExp]>([
    ['a wrong type', { theme: 7 }, ['theme'], 'not_allowed', /^theme: /],
    ['an unknown enum value', { theme: 'neon' }, ['theme'], 'not_allowed', /^theme: /],
    [
      'an out-of-range number',
      { autoLockMinutes: 100_000 },
      ['autoLockMinutes'],
      'out_of_range',
      /^autoLockMinutes: /,
    ],
    [
      'a fractional number',
      { autoLockMinutes: 2.5 },
      ['autoLockMinutes'],
      'not_allowed',
      /^autoLockMinutes: /,
    ],
    ['an extra key', { theme: 'dark', admin: true }, ['admin'], 'not_allowed', /admin/],
    ['a key sent as undefined', { theme: undefined }, ['theme'], 'not_allowed', /^theme: /],
    [
      'a huge string',
      { theme: 'd'.repeat(3_000_000) },
      ['theme'],
      'too_long',
      /^theme: too much text/,
    ],
    [
      'prototype pollution',
      JSON.parse('{"theme":"dark","__proto__":{"isAdmin":true}}'),
      [],
      'not_allowed',
      /__proto__/,
    ],
    ['an array instead of an object', ['dark'], [], 'not_allowed', /^request: /],
    ['no payload at all', undefined, [], 'not_allowed', /^request: /],
  ])(
    'rejects %s with INVALID_REQUEST naming the field, before any handler runs',
    async (_n, payload, path, kind, logText) => {
      const { route, handlers } = setup();
      const result = await route('settings.update', payload, app);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toMatchObject({
        code: 'INVALID_REQUEST',
        issues: [{ path, problem: { kind } }],
      });
      // The message stays for the log, naming the field too.
      expect(result.error.message).toMatch(logText);
      expect(handlers['settings.update']).not.toHaveBeenCalled();
      expect(Object.prototype).not.toHaveProperty('isAdmin');
    },
  );

  it('passes a service’s AppFailure through as data', async () => {
    const { route } = setup({
      'settings.update': () => {
        throw new AppFailure('DISK_FULL', 'The disk is full.');
      },
    });
    await expect(route('settings.update', { theme: 'dark' }, app)).resolves.toEqual({
      ok: false,
      error: { code: 'DISK_FULL', message: 'The disk is full.' },
    });
  });

  it('hides unexpected errors behind INTERNAL and logs them in main', async () => {
    const secret = new Error('stack with /home/me/secret-passphrase');
    const { route, log } = setup({
      'settings.get': () => Promise.reject(secret),
    });
    const result = await route('settings.get', undefined, app);
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Something went wrong inside the app.' },
    });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(log.entries).toEqual([{ place: 'ipc:settings.get', error: secret }]);
  });

  it('catches a handler whose response drifts from the contract', async () => {
    const { route, log } = setup({
      'settings.get': () => ({ ...defaultSettings, theme: 'sepia' }) as never,
    });
    const result = await route('settings.get', undefined, app);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(String(log.entries[0]?.error)).toMatch(/outside its contract/);
  });
});
