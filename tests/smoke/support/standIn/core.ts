import { EventEmitter } from 'node:events';
import type { Declared, Platforms } from '../electronDeclarations.js';

/** One call the app made into the stand-in `electron` module. */
export interface ElectronCall {
  readonly api: string;
  readonly method: string;
  readonly args: readonly unknown[];
}

/** Something the app relies on that Electron does on other platforms only (`@platform`). */
export interface PlatformFinding {
  /** The d.ts interface: `PowerMonitor`, `App`, `BrowserWindowConstructorOptions`… */
  readonly api: string;
  /** The event listened for, or the option set. */
  readonly name: string;
  readonly platforms: readonly NodeJS.Platform[];
}

export interface StandInOptions {
  /** What Electron's declarations allow, from `readElectronDeclarations()`. */
  readonly declared: (name: string) => Declared;
  /** The platform Electron would be running on: it decides which events ever come. */
  readonly platform: NodeJS.Platform;
  /** `app.getPath(name)` answers `<pathsRoot>/<name>`. */
  readonly pathsRoot: string;
  readonly appVersion: string;
  readonly isPackaged: boolean;
}

/** A function the app hands Electron: a handler, a listener. */
export type Handler = (...args: never[]) => unknown;

type Listener = Parameters<EventEmitter['on']>[1];

/** What Electron emitted on the app or a window, with how many calls the app had made by then. */
export interface LifecycleEntry {
  event: string;
  prevented: boolean;
  readonly callsBefore: number;
}

/** An Electron event: the app may cancel what Electron would do next. */
export function electronEvent(): { defaultPrevented: boolean; preventDefault(): void } {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

function hasSetter(object: object, property: string | symbol): boolean {
  for (
    let at = object as object | null;
    at !== null;
    at = Object.getPrototypeOf(at) as object | null
  ) {
    const descriptor = Object.getOwnPropertyDescriptor(at, property);
    if (descriptor) return descriptor.set !== undefined;
  }
  return false;
}

/**
 * `target` as Electron's native objects are once destroyed: its own class's methods
 * (and the `also` properties) throw Electron's TypeError, EventEmitter's still work.
 */
export function refusedOnceDestroyed<T extends object>(
  target: T,
  isDestroyed: () => boolean,
  also: readonly string[] = [],
): T {
  const native = new Set([
    ...Object.getOwnPropertyNames(Object.getPrototypeOf(target) as object),
    ...also,
  ]);
  native.delete('constructor');
  native.delete('isDestroyed');
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'string' && native.has(property) && isDestroyed()) {
        throw new TypeError('Object has been destroyed');
      }
      return Reflect.get(object, property, receiver);
    },
  });
}

/** A module the start-up path does not reach yet: any use of it fails loudly, by name. */
export function notStoodIn(api: string): object {
  return new Proxy(
    // Called or constructed (`new Notification()`), it refuses too.
    function notStoodInYet(): never {
      throw new Error(`electron.${api} is not stood in yet`);
    },
    {
      get: (_target, property) => {
        throw new Error(`electron.${api}.${String(property)} is not stood in yet`);
      },
    },
  );
}

/**
 * What every part of the stand-in shares: the calls the app made, the checks against
 * electron.d.ts, readiness and the lifecycle log. Each part is built from it, so one
 * stand-in's parts see one another's calls and no two stand-ins share anything.
 */
export type StandInContext = ReturnType<typeof createStandInContext>;

/** The shared context of one stand-in `electron` module. */
export function createStandInContext(options: StandInOptions) {
  const calls: ElectronCall[] = [];
  const findings = new Map<string, PlatformFinding>();
  let ready = false;
  let resolveReady: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (resolveReady = resolve));

  /** What Electron emitted on the app and its windows, in order, with how many calls the app had made by then. */
  const lifecycle: LifecycleEntry[] = [];
  /** Emits as Electron does, unrecorded (the app did not call it), and logs it; true if prevented. */
  const emitLifecycle = (emitter: EventEmitter, event: string, ...args: unknown[]): boolean => {
    const entry = { event, prevented: false, callsBefore: calls.length };
    lifecycle.push(entry);
    EventEmitter.prototype.emit.call(emitter, event, ...args);
    entry.prevented =
      (args[0] as { defaultPrevented?: unknown } | undefined)?.defaultPrevented === true;
    return entry.prevented;
  };

  /** Wraps `target` so that every method call on it is recorded before it runs. */
  const recorded = <T extends object>(api: string, target: T): T =>
    new Proxy(target, {
      get(object, property, receiver) {
        const value: unknown = Reflect.get(object, property, receiver);
        if (typeof value !== 'function' || typeof property === 'symbol') return value;
        return function (this: unknown, ...args: unknown[]) {
          calls.push({ api, method: property, args });
          return (value as (...args: unknown[]) => unknown).apply(this, args);
        };
      },
      set(object, property, value, receiver) {
        // Electron's settable properties (`nativeTheme.themeSource`) are setters; plain
        // fields are the stand-in's own bookkeeping and EventEmitter's.
        if (hasSetter(object, property)) {
          calls.push({ api, method: `${String(property)}=`, args: [value] });
        }
        return Reflect.set(object, property, value, receiver);
      },
    });

  /**
   * A module stood in for in part: what it has is recorded, anything else the app uses
   * fails loudly, by name.
   */
  const partlyStoodIn = <T extends object>(api: string, members: T): T => {
    const target = recorded(api, members);
    return new Proxy(target, {
      get(object, property, receiver) {
        if (typeof property === 'string' && !(property in object)) {
          throw new Error(`electron.${api}.${property} is not stood in yet`);
        }
        return Reflect.get(object, property, receiver) as unknown;
      },
    });
  };

  const requireReady = (what: string): void => {
    if (!ready) throw new Error(`${what} cannot be used before the app is ready`);
  };

  const noteFinding = (api: string, name: string, platforms: Platforms): void => {
    if (platforms === 'all' || platforms.includes(options.platform)) return;
    findings.set(`${api}.${name}`, { api, name, platforms });
  };

  /** Every key of `object` is one electron.d.ts declares on `typeName`, with an allowed value. */
  const checkKeys = (typeName: string, object: object): void => {
    const declared = options.declared(typeName);
    for (const [key, value] of Object.entries(object)) {
      const platforms = declared.properties.get(key);
      if (platforms === undefined) {
        throw new TypeError(`${typeName} has no '${key}' in electron.d.ts`);
      }
      const allowed = declared.literals.get(key);
      if (allowed && !allowed.includes(value as string)) {
        throw new TypeError(`${typeName}.${key} may not be ${JSON.stringify(value)}`);
      }
      noteFinding(typeName, key, platforms);
    }
  };

  const checkEvent = (typeName: string, event: string | symbol): void => {
    const platforms = options.declared(typeName).events.get(String(event));
    if (platforms === undefined) {
      throw new TypeError(`${typeName} emits no '${String(event)}' event in electron.d.ts`);
    }
    noteFinding(typeName, String(event), platforms);
  };

  /**
   * An emitter whose events must be ones electron.d.ts declares on `typeName`. Each way
   * of listening goes to EventEmitter's own `on` directly, so one listener is one
   * recorded call.
   */
  class CheckedEmitter extends EventEmitter {
    constructor(private readonly typeName: string) {
      super();
    }
    override on(event: string | symbol, listener: Listener): this {
      checkEvent(this.typeName, event);
      return super.on(event, listener);
    }
    override addListener(event: string | symbol, listener: Listener): this {
      checkEvent(this.typeName, event);
      return super.on(event, listener);
    }
    override once(event: string | symbol, listener: Listener): this {
      checkEvent(this.typeName, event);
      const once = (...args: unknown[]): void => {
        super.off(event, once);
        listener.apply(this, args);
      };
      return super.on(event, once);
    }
  }

  return {
    options,
    calls,
    findings: (): PlatformFinding[] => [...findings.values()],
    lifecycle,
    emitLifecycle,
    recorded,
    partlyStoodIn,
    requireReady,
    checkKeys,
    checkEvent,
    CheckedEmitter,
    isReady: (): boolean => ready,
    whenReady: (): Promise<void> => whenReady,
    /** Electron's `ready`: from now on what needs it works; `announce` tells the app, then `whenReady()` resolves. */
    becomeReady(announce: () => void): void {
      ready = true;
      announce();
      resolveReady();
    },
  };
}
