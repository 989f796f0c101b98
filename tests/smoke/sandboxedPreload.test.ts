import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  runSandboxedPreload,
  sandboxedElectronModules,
  sandboxedModules,
} from './support/sandboxedPreload.js';

/** Runs `source` as a sandboxed preload whose ipcRenderer is a bare EventEmitter. */
const run = (source: string) =>
  runSandboxedPreload({ source, filename: 'preload.cjs', ipcRenderer: new EventEmitter() });

/** A preload that exposes `api` under `name`, written as the bundle writes one. */
const exposing = (api: string, name = 'api') =>
  `require('electron').contextBridge.exposeInMainWorld(${JSON.stringify(name)}, ${api});`;

// The smoke test's preload check is only as strict as this runner: each refusal is
// checked here on its own, so a runner that stopped refusing could not pass it silently.
describe('the sandboxed preload runner', () => {
  it.each(['fs', 'node:fs', 'path', 'child_process', 'electron/main', 'zod'])(
    'refuses require(%j), as a sandboxed preload’s require does',
    (name) => {
      expect(() => run(`require(${JSON.stringify(name)});`)).toThrow(`module not found: ${name}`);
    },
  );

  it('answers electron, events, timers and url', () => {
    const source = `${JSON.stringify(sandboxedModules)}.forEach((name) => {
      if (!require(name)) throw new Error(name + ' is empty');
    });`;
    expect(() => run(source)).not.toThrow();
  });

  it('gives electron’s renderer modules alone: no main-process module is there', () => {
    const { exposed } = run(exposing(`{ names: () => Object.keys(require('electron')) }`));
    const { names } = exposed.get('api') as { names: () => string[] };
    expect(names().sort()).toEqual([...sandboxedElectronModules].sort());
    // Electron's module has no `shell` there: a preload that uses it fails as it would.
    expect(() => run(`require('electron').shell.openExternal('https://example.org');`)).toThrow(
      /Cannot read properties of undefined \(reading 'openExternal'\)/,
    );
  });

  it('fails by name on a renderer module it does not stand in for', () => {
    expect(() => run(`require('electron').webFrame.setZoomFactor(2);`)).toThrow(
      'electron.webFrame.setZoomFactor is not stood in yet',
    );
  });

  it('runs the preload without Node’s globals', () => {
    const { exposed } = run(
      exposing(
        `{ kinds: () => [typeof __dirname, typeof __filename, typeof globalThis.require, typeof globalThis.process, typeof process.binding, typeof process.cwd] }`,
      ),
    );
    const { kinds } = exposed.get('api') as { kinds: () => string[] };
    expect(kinds()).toEqual(Array(6).fill('undefined'));
  });

  it('throws what the preload throws', () => {
    expect(() => run(`throw new Error('broken preload');`)).toThrow('broken preload');
  });

  it.each([
    ['an EventEmitter (ipcRenderer itself)', `require('electron').ipcRenderer`, /EventEmitter/],
    ['a class instance', `new (class Api { ping() {} })()`, /Api, which loses its prototype/],
    ['a class', `class Api {}`, /is a class/],
    ['a nested class instance', `{ vault: new (class Vault {})() }`, /api\.vault is a Vault/],
    ['a getter', `{ get status() { return 1; } }`, /api\.status is a getter/],
    ['a symbol', `{ id: Symbol('id') }`, /api\.id is a symbol/],
    [
      'a function with properties',
      `Object.assign(() => 1, { extra: () => 2 })`,
      /properties a function loses/,
    ],
  ])('refuses to expose %s, which contextBridge would mangle', (_name, api, message) => {
    expect(() => run(exposing(api))).toThrow(message);
  });

  it.each([
    ['a name the page cannot read as window.<name>', 'my-api', /not a name the page can use/],
    ['an existing window property', 'location', /on top of an existing property/],
    ['a JavaScript global', 'Object', /on top of an existing property/],
  ])('refuses %s as the name', (_name, name, message) => {
    expect(() => run(exposing('{}', name))).toThrow(message);
  });

  it('refuses a name exposed twice', () => {
    expect(() => run(`${exposing('{}')} ${exposing('{}')}`)).toThrow(
      /on top of an existing property/,
    );
  });

  it('refuses an API exposed after the preload ran, when the page may be running', () => {
    const { exposed } = run(
      exposing(
        `{ exposeLater: () => require('electron').contextBridge.exposeInMainWorld('late', {}) }`,
      ),
    );
    const { exposeLater } = exposed.get('api') as { exposeLater: () => void };
    expect(() => exposeLater()).toThrow("contextBridge: 'late' exposed after the preload ran");
  });

  it('copies what crosses: the page’s functions reach the preload, results come back', async () => {
    const { exposed } = run(
      exposing(`{ twice: (value) => Promise.resolve({ value: value * 2, list: [value] }),
                  call: (listener) => listener({ from: 'preload' }) }`),
    );
    const api = exposed.get('api') as {
      twice: (value: number) => Promise<unknown>;
      call: (listener: (payload: unknown) => string) => string;
    };
    expect(await api.twice(21)).toEqual({ value: 42, list: [21] });
    expect(api.call((payload) => JSON.stringify(payload))).toBe('{"from":"preload"}');
  });
});
