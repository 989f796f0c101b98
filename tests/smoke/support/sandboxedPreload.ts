import { EventEmitter } from 'node:events';
import * as timers from 'node:timers';
import * as url from 'node:url';
import { types } from 'node:util';
import vm from 'node:vm';

/**
 * All a sandboxed preload's `require` answers (Electron's docs/tutorial/sandbox.md, and
 * its lib/sandboxed_renderer/preload.ts, which throws `module not found` for the rest).
 */
export const sandboxedModules = ['electron', 'events', 'timers', 'url'] as const;

/** `require('electron')` in a sandboxed preload: the renderer's modules alone. */
export const sandboxedElectronModules = [
  'contextBridge',
  'crashReporter',
  'ipcRenderer',
  'nativeImage',
  'webFrame',
  'webUtils',
] as const;

/**
 * Names the page's `window` has before any preload runs. contextBridge refuses to
 * expose an API over one of them; the rest of the page's globals come from a fresh
 * context below.
 */
const browserGlobals = ['window', 'self', 'document', 'location', 'navigator', 'top', 'parent'];

export interface SandboxedPreloadOptions {
  /** The built preload's source, as Electron reads it from `webPreferences.preload`. */
  readonly source: string;
  /** Its path, for stack traces. */
  readonly filename: string;
  /** The renderer's ipcRenderer (rendererIpc.ts). */
  readonly ipcRenderer: object;
}

/** What the page sees once the preload has run. */
export interface PageWorld {
  /** `window[name]` for each name the preload exposed, copied across as contextBridge copies it. */
  readonly exposed: ReadonlyMap<string, unknown>;
}

/**
 * Runs a preload as Electron runs one in a sandboxed, context-isolated renderer: as a
 * function of `require, process, Buffer, global, setImmediate, clearImmediate, exports,
 * module`, in a context of its own (no Node globals), whose `require` knows only
 * `sandboxedModules` and whose `electron` holds only the renderer's modules. Throws
 * what the preload throws (Electron would log it and open the page with no API), and
 * what contextBridge would refuse or silently mangle (checkBridgeable).
 */
export function runSandboxedPreload(options: SandboxedPreloadOptions): PageWorld {
  const context = vm.createContext({
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
  });
  const realm = vm.runInContext('({ objectPrototype: Object.prototype })', context) as {
    objectPrototype: object;
  };
  const pageGlobals = new Set([
    ...browserGlobals,
    ...Object.getOwnPropertyNames(vm.runInNewContext('globalThis')),
  ]);
  const exposed = new Map<string, unknown>();
  let running = true;

  const contextBridge = {
    exposeInMainWorld(apiKey: unknown, api: unknown): void {
      // The page reads it as `window.<name>`, and only while the preload runs is it sure
      // to be there before the page's own scripts.
      if (typeof apiKey !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(apiKey)) {
        throw new TypeError(`contextBridge: ${String(apiKey)} is not a name the page can use`);
      }
      if (pageGlobals.has(apiKey) || exposed.has(apiKey)) {
        // Electron's own words.
        throw new Error('Cannot bind an API on top of an existing property on the window object');
      }
      if (!running) {
        throw new Error(`contextBridge: '${apiKey}' exposed after the preload ran`);
      }
      checkBridgeable(api, apiKey, realm.objectPrototype);
      exposed.set(apiKey, copyAcross(api));
    },
  };

  const electron = {
    contextBridge,
    ipcRenderer: options.ipcRenderer,
    crashReporter: notStoodIn('crashReporter'),
    nativeImage: notStoodIn('nativeImage'),
    webFrame: notStoodIn('webFrame'),
    webUtils: notStoodIn('webUtils'),
  } satisfies Record<(typeof sandboxedElectronModules)[number], object>;
  const modules: Record<(typeof sandboxedModules)[number], unknown> = {
    electron,
    events: EventEmitter,
    timers,
    url,
  };
  const preloadRequire = (name: string): unknown => {
    if (Object.hasOwn(modules, name)) return modules[name as keyof typeof modules];
    throw new Error(`module not found: ${name}`);
  };

  // Electron's preload `process`: an EventEmitter with a few facts, no Node powers.
  const preloadProcess = Object.assign(new EventEmitter(), {
    platform: process.platform,
    arch: process.arch,
    versions: { ...process.versions },
    env: {},
    type: 'renderer',
    sandboxed: true,
    contextIsolated: true,
  });
  const parameters = {
    require: preloadRequire,
    process: preloadProcess,
    Buffer,
    global: vm.runInContext('globalThis', context) as unknown,
    setImmediate,
    clearImmediate,
    exports: {},
    module: { exports: {} },
  };
  const preload = vm.compileFunction(options.source, Object.keys(parameters), {
    filename: options.filename,
    parsingContext: context,
  }) as (...args: unknown[]) => unknown;
  try {
    preload(...Object.values(parameters));
  } finally {
    running = false;
  }
  return { exposed };
}

/**
 * contextBridge copies what crosses it: plain objects, arrays, functions and primitives
 * arrive as they are; anything with a prototype of its own (a class instance, an
 * EventEmitter such as ipcRenderer) arrives as a bare copy without its methods, a getter
 * is read once, and a symbol cannot cross at all. The API must need none of that.
 */
function checkBridgeable(value: unknown, at: string, objectPrototype: object): void {
  if (typeof value === 'symbol') throw new TypeError(`contextBridge: ${at} is a symbol`);
  if (typeof value === 'function') {
    if (/^class\b/.test(Function.prototype.toString.call(value))) {
      throw new TypeError(`contextBridge: ${at} is a class, which crosses as a bare function`);
    }
    const extra = Reflect.ownKeys(value).filter(
      (key) => !['length', 'name', 'prototype'].includes(key as string),
    );
    if (extra.length > 0) {
      throw new TypeError(`contextBridge: ${at} has properties a function loses when copied`);
    }
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const prototype = Object.getPrototypeOf(value) as object | null;
  if (!Array.isArray(value) && prototype !== objectPrototype && prototype !== null) {
    const name = (prototype as { constructor?: { name?: string } }).constructor?.name;
    throw new TypeError(
      `contextBridge: ${at} is a ${name ?? 'object with a prototype'}, which loses its prototype when copied`,
    );
  }
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === 'symbol') {
      throw new TypeError(`contextBridge: ${at} has a symbol key, which cannot cross`);
    }
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor?.get || descriptor?.set) {
      throw new TypeError(`contextBridge: ${at}.${key} is a getter, read once when exposed`);
    }
    if (Array.isArray(value) && key === 'length') continue;
    checkBridgeable(descriptor?.value, `${at}.${key}`, objectPrototype);
  }
}

/**
 * The copy the other world gets: a function becomes one that copies its arguments in
 * and its result (a promise's value too) out; data is copied.
 */
function copyAcross(value: unknown): unknown {
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => copyAcross(fn(...args.map(copyAcross)));
  }
  if (typeof value !== 'object' || value === null) return value;
  if (types.isPromise(value)) return value.then(copyAcross);
  if (Array.isArray(value)) return value.map(copyAcross);
  if (types.isNativeError(value)) return new Error(value.message);
  const prototype = Object.getPrototypeOf(value) as object | null;
  if (prototype === null || Object.getPrototypeOf(prototype) === null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyAcross(item)]));
  }
  return structuredClone(value);
}

/** A renderer module the preload does not use: any use of it fails loudly, by name. */
function notStoodIn(name: string): object {
  return new Proxy(
    {},
    {
      get: (_target, property) => {
        throw new Error(`electron.${name}.${String(property)} is not stood in yet`);
      },
    },
  );
}
