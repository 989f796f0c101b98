import { type ChildProcess, fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import path from 'node:path';
import type { Declared, Platforms } from './electronDeclarations.js';

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

/** Where `webContents.send` delivers: the renderer's ipcRenderer, if a page is there. */
export interface PageEnd {
  receive(channel: string, args: readonly unknown[]): void;
}

type Listener = Parameters<EventEmitter['on']>[1];

/** A page a window loaded, as its session's handler answered it. */
export interface ServedPage {
  readonly url: string;
  /** The session that served it: `defaultSession`, or one from `session.fromPartition`. */
  readonly session: object;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}
type Handler = (...args: never[]) => unknown;

/** An Electron event: the app may cancel what Electron would do next. */
function electronEvent(): { defaultPrevented: boolean; preventDefault(): void } {
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
function refusedOnceDestroyed<T extends object>(
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

/**
 * The `electron` module as the built main bundle sees it, outside Electron. It records
 * every call and refuses, by throwing as Electron does, what Electron refuses: windows,
 * sessions, menus, the screen or `protocol.handle` before `ready`, privileged schemes
 * after it, and any event, option, `webPreferences` key or menu role that electron.d.ts
 * does not declare. An event or option that the d.ts tags with other platforms only is
 * not refused (the app may well run elsewhere) but kept in `findings`.
 */
export function createElectronStandIn(options: StandInOptions) {
  const calls: ElectronCall[] = [];
  const findings = new Map<string, PlatformFinding>();
  const ipcHandlers = new Map<string, Handler>();
  const ipcListeners = new Map<string, Handler>();
  const schemeHandlers = new Map<string, Handler>();
  const windows: StandInBrowserWindow[] = [];
  let ready = false;
  let resolveReady: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (resolveReady = resolve));
  const state = {
    exitCode: undefined as number | undefined,
    quitRequested: false,
    /** Electron emitted `quit`: the app would end now. */
    hasQuit: false,
  };

  // The app's lifecycle as Electron runs it (shell/browser/browser.cc): a quit is under
  // way from an unprevented `before-quit` until a window cancels its close or `will-quit`
  // is prevented; a second `app.quit()` meanwhile does nothing.
  const quitting = { underWay: false, shutDown: false };
  /** What Electron emitted on the app and its windows, in order, with how many calls the app had made by then. */
  const lifecycle: { event: string; prevented: boolean; readonly callsBefore: number }[] = [];
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

  class StandInWebContents extends CheckedEmitter {
    url = '';
    windowOpenHandler: Handler | undefined;
    /** What main sent the page, by channel: a test answers here as the page would. */
    readonly toPage = new EventEmitter();
    /** The page loaded (served by its session), once it has. */
    page: ServedPage | undefined;
    destroyed = false;
    constructor() {
      super('WebContents');
      return recorded(
        'webContents',
        refusedOnceDestroyed(this, () => this.destroyed),
      );
    }
    getURL(): string {
      return this.url;
    }
    setWindowOpenHandler(handler: Handler): void {
      this.windowOpenHandler = handler;
    }
    /** The page's end of IPC, once a test runs the preload in it (rendererIpc.ts). */
    pageEnd: PageEnd | undefined;
    send(channel: string, ...args: unknown[]): void {
      // Electron clones what it sends (a function or a class instance fails here as there);
      // a page not listening yet misses it.
      const copied = structuredClone(args);
      this.toPage.emit(channel, ...copied);
      this.pageEnd?.receive(channel, copied);
    }
    reload(): void {
      // Recorded: there is no page to reload.
    }
    /**
     * Prints the loaded page. Its options must be ones electron.d.ts declares (Electron
     * itself ignores an unknown one: a margin the app meant to set would silently not be).
     * The "PDF" is the page's own text between PDF markers, so a test can tell which page
     * was printed.
     */
    printToPDF(printOptions: object): Promise<Buffer> {
      // Electron's is asynchronous: a refusal comes as a rejection (thrown in the executor).
      return new Promise((resolve) => {
        checkKeys('PrintToPDFOptions', printOptions);
        const { margins } = printOptions as { margins?: object };
        if (margins !== undefined) checkKeys('PrintToPDFMargins', margins);
        if (!this.page)
          throw new Error(`printToPDF before ${this.url} loaded prints an empty page`);
        resolve(Buffer.from(`%PDF-1.7\n%${this.page.body}\n%%EOF\n`));
      });
    }
  }

  class StandInBrowserWindow extends CheckedEmitter {
    static getAllWindows(): StandInBrowserWindow[] {
      return windows.filter((window) => !window.destroyed);
    }
    static getFocusedWindow(): StandInBrowserWindow | null {
      return focused.window && !focused.window.destroyed ? focused.window : null;
    }
    readonly webContents: StandInWebContents;
    shown = false;
    maximized = false;
    destroyed = false;
    readyToShow = false;
    constructor(readonly options: Record<string, unknown> = {}) {
      requireReady('BrowserWindow');
      super('BrowserWindow');
      const { webPreferences, ...windowOptions } = options;
      checkKeys('BrowserWindowConstructorOptions', windowOptions);
      if (webPreferences !== undefined) checkKeys('WebPreferences', webPreferences as object);
      this.webContents = new StandInWebContents();
      const window = recorded(
        'BrowserWindow',
        refusedOnceDestroyed(this, () => this.destroyed, ['webContents']),
      );
      windows.push(window);
      // Emitted by the stand-in, not called by the app: not recorded.
      rawApp.emit('browser-window-created', electronEvent(), window);
      rawApp.emit('web-contents-created', electronEvent(), this.webContents);
      return window;
    }
    loadURL(url: string): Promise<void> {
      this.webContents.url = url;
      return loadPage(this, url);
    }
    getNormalBounds(): { x: number; y: number; width: number; height: number } {
      const number = (key: string) =>
        typeof this.options[key] === 'number' ? this.options[key] : 0;
      return { x: number('x'), y: number('y'), width: number('width'), height: number('height') };
    }
    show(): void {
      this.shown = true;
      focused.window = this;
    }
    maximize(): void {
      this.maximized = true;
    }
    isMaximized(): boolean {
      return this.maximized;
    }
    isMinimized(): boolean {
      return false;
    }
    restore(): void {
      // Recorded: a stand-in window is never minimized.
    }
    focus(): void {
      focused.window = this;
    }
    /** As the user's close: `close` may be prevented; if not, the window goes. */
    close(): void {
      closeWindow(this);
    }
    destroy(): void {
      removeWindow(this);
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
  }

  // Windows closing, as Electron's window list and `Browser` handle it.
  const focused: { window: StandInBrowserWindow | undefined } = { window: undefined };
  const closeWindow = (window: StandInBrowserWindow): void => {
    if (emitLifecycle(window, 'close', electronEvent())) {
      // A window that will not close cancels the quit under way (Browser::OnWindowCloseCancelled).
      quitting.underWay = false;
      return;
    }
    removeWindow(window);
  };
  const removeWindow = (window: StandInBrowserWindow): void => {
    window.webContents.destroyed = true;
    window.destroyed = true;
    emitLifecycle(window, 'closed');
    if (windows.some((open) => !open.destroyed)) return;
    // Browser::OnWindowAllClosed: a quit under way goes on; otherwise the app hears it,
    // and quits when nobody listens.
    if (quitting.underWay) shutDown();
    else if (rawApp.listenerCount('window-all-closed') === 0) rawApp.quit();
    else emitLifecycle(rawApp, 'window-all-closed');
  };
  /** Browser::NotifyAndShutdown: `will-quit` may still keep the app; then `quit`. */
  const shutDown = (): void => {
    if (quitting.shutDown) return;
    if (emitLifecycle(rawApp, 'will-quit', electronEvent())) {
      quitting.underWay = false;
      return;
    }
    quitting.shutDown = true;
    emitLifecycle(rawApp, 'quit', electronEvent(), 0);
    state.hasQuit = true;
  };

  class StandInApp extends CheckedEmitter {
    readonly isPackaged = options.isPackaged;
    whenReady(): Promise<void> {
      return whenReady;
    }
    isReady(): boolean {
      return ready;
    }
    getPath(name: string): string {
      return path.join(options.pathsRoot, name);
    }
    getVersion(): string {
      return options.appVersion;
    }
    requestSingleInstanceLock(): boolean {
      return true;
    }
    /** Browser::Quit: `before-quit` may keep the app; if not, every window is closed. */
    quit(): void {
      state.quitRequested = true;
      if (quitting.underWay || quitting.shutDown) return;
      if (emitLifecycle(this, 'before-quit', electronEvent())) return;
      quitting.underWay = true;
      const open = windows.filter((window) => !window.destroyed);
      if (open.length === 0) shutDown();
      for (const window of open) closeWindow(window);
    }
    exit(code = 0): void {
      state.exitCode = code;
    }
  }
  const rawApp = new StandInApp('App');
  const app = recorded('app', rawApp);

  /** A session's permission handlers, as the app set them, and the schemes it serves. */
  const sessionWithHandlers = (api = 'defaultSession', schemes = schemeHandlers) => {
    const handlers = {
      request: undefined as Handler | undefined,
      check: undefined as Handler | undefined,
      device: undefined as Handler | undefined,
    };
    return recorded(api, {
      handlers,
      /** The session's pages come from these handlers (`protocol.handle`), by scheme. */
      schemes,
      setPermissionRequestHandler(handler: Handler): void {
        handlers.request = handler;
      },
      setPermissionCheckHandler(handler: Handler): void {
        handlers.check = handler;
      },
      setDevicePermissionHandler(handler: Handler): void {
        handlers.device = handler;
      },
    });
  };
  type StandInSession = ReturnType<typeof sessionWithHandlers> & {
    protocol?: { handle(scheme: string, handler: Handler): void };
  };
  const defaultSession: StandInSession = sessionWithHandlers();
  const session = {
    get defaultSession() {
      requireReady('session');
      return defaultSession;
    },
    fromPartition: (partition: string, partitionOptions?: object) => {
      requireReady('session');
      if (partitionOptions !== undefined) checkKeys('FromPartitionOptions', partitionOptions);
      return partitionSession(partition);
    },
  };

  /** `session.fromPartition`'s sessions: each with its own handlers and its own protocol. */
  const partitionSessions = new Map<string, StandInSession>();
  const partitionSession = (partition: string): StandInSession => {
    const existing = partitionSessions.get(partition);
    if (existing) return existing;
    const api = `session(${partition})`;
    const schemes = new Map<string, Handler>();
    const made: StandInSession = sessionWithHandlers(api, schemes);
    made.protocol = recorded(`${api}.protocol`, {
      handle(scheme: string, handler: Handler): void {
        if (schemes.has(scheme)) throw new Error(`The scheme ${scheme} is already handled`);
        schemes.set(scheme, handler);
      },
    });
    partitionSessions.set(partition, made);
    return made;
  };

  /**
   * Loads a page as Chromium would: from the window's session's handler for its scheme
   * (`data:` is Chromium's own). With no handler, Chromium would go to the network, which
   * this app never does: the load fails by saying so.
   */
  const loadPage = async (window: StandInBrowserWindow, url: string): Promise<void> => {
    const scheme = new URL(url).protocol.slice(0, -1);
    if (scheme !== 'data') {
      const preferences = window.options['webPreferences'] as
        { session?: StandInSession; partition?: string } | undefined;
      const served =
        preferences?.session ??
        (preferences?.partition === undefined
          ? defaultSession
          : partitionSession(preferences.partition));
      const handler = served.schemes.get(scheme) as
        ((request: Request) => Response | Promise<Response>) | undefined;
      if (!handler) {
        throw new Error(
          `${url} would be fetched from the network: its session serves no ${scheme}:`,
        );
      }
      const response = await handler(new Request(url));
      const page: ServedPage = {
        url,
        session: served,
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: await response.text(),
      };
      pageLoads.push(page);
      window.webContents.page = page;
    }
    // Electron's first paint of a hidden window; the app shows it then.
    if (!window.readyToShow) {
      window.readyToShow = true;
      emitLifecycle(window, 'ready-to-show');
    }
  };
  /** Every page a window loaded, in order, with the session that served it. */
  const pageLoads: ServedPage[] = [];

  const protocol = recorded('protocol', {
    registerSchemesAsPrivileged(schemes: readonly Record<string, unknown>[]): void {
      if (ready) {
        throw new Error('protocol.registerSchemesAsPrivileged must be called before app is ready');
      }
      for (const { privileges, ...scheme } of schemes) {
        checkKeys('CustomScheme', scheme);
        if (privileges !== undefined) checkKeys('Privileges', privileges as object);
      }
    },
    handle(scheme: string, handler: Handler): void {
      requireReady('protocol.handle');
      if (schemeHandlers.has(scheme)) throw new Error(`The scheme ${scheme} is already handled`);
      schemeHandlers.set(scheme, handler);
    },
  });

  const ipcMain = recorded('ipcMain', {
    handle(channel: string, handler: Handler): void {
      // Electron's own words for a second handler on one channel.
      if (ipcHandlers.has(channel)) {
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      }
      ipcHandlers.set(channel, handler);
    },
    // electron-store answers its renderer half on this channel; the app has no such half.
    on(channel: string, listener: Handler): void {
      ipcListeners.set(channel, listener);
    },
  });

  const checkMenu = (items: readonly object[]): void => {
    for (const item of items) {
      checkKeys('MenuItemConstructorOptions', item);
      const { submenu } = item as { submenu?: unknown };
      if (Array.isArray(submenu)) checkMenu(submenu as object[]);
    }
  };
  const Menu = recorded('Menu', {
    buildFromTemplate(template: readonly object[]): { items: readonly object[] } {
      requireReady('Menu');
      checkMenu(template);
      return { items: template };
    },
    setApplicationMenu(): void {
      requireReady('Menu');
    },
  });

  const screen = recorded('screen', {
    getAllDisplays() {
      requireReady('screen');
      const bounds = { x: 0, y: 0, width: 1920, height: 1080 };
      return [{ id: 1, bounds, workArea: { ...bounds, height: 1040 }, scaleFactor: 1 }];
    },
  });

  const nativeThemeState = { themeSource: 'system' };
  const nativeTheme = recorded('nativeTheme', {
    get themeSource() {
      return nativeThemeState.themeSource;
    },
    set themeSource(value: string) {
      checkKeys('NativeTheme', { themeSource: value });
      nativeThemeState.themeSource = value;
    },
  });

  /** What the system answers `getSystemIdleState` (Linux says `locked` while its screen is). */
  const system = { idleState: 'active' as 'active' | 'idle' | 'locked' | 'unknown' };
  class StandInPowerMonitor extends CheckedEmitter {
    getSystemIdleState(): typeof system.idleState {
      return system.idleState;
    }
  }
  const rawPowerMonitor = new StandInPowerMonitor('PowerMonitor');
  const powerMonitor = recorded('powerMonitor', rawPowerMonitor);
  const shell = recorded('shell', { openExternal: () => Promise.resolve() });

  /** A module the start-up path does not reach yet: any use of it fails loudly, by name. */
  const notStoodIn = (api: string): object =>
    new Proxy(
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

  /**
   * A save or open dialog answers what the test said the user would choose, in order; a
   * dialog the test did not expect fails it. Its options must be ones electron.d.ts
   * declares, and a parent window must still exist.
   */
  const saveDialogAnswers: (string | null)[] = [];
  const openDialogAnswers: (string | null)[] = [];
  const dialog = partlyStoodIn('dialog', {
    // Electron allows this one before `ready`: a failed start shows it.
    showErrorBox(): void {
      // Recorded: the test reads what it said.
    },
    showSaveDialog(
      ...args: [object] | [StandInBrowserWindow, object]
    ): Promise<{ canceled: boolean; filePath: string }> {
      requireReady('dialog');
      const [parent, dialogOptions] = args.length === 2 ? args : [undefined, args[0]];
      if (parent?.destroyed) throw new TypeError('Object has been destroyed');
      checkKeys('SaveDialogOptions', dialogOptions);
      const { filters } = dialogOptions as { filters?: object[] };
      for (const filter of filters ?? []) checkKeys('FileFilter', filter);
      const answer = saveDialogAnswers.shift();
      if (answer === undefined)
        throw new Error('A save dialog opened that the test did not expect');
      return Promise.resolve(
        answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer },
      );
    },
    /** The open dialog, like the save dialog: answered as the test said, in order. */
    showOpenDialog(
      ...args: [object] | [StandInBrowserWindow, object]
    ): Promise<{ canceled: boolean; filePaths: string[] }> {
      requireReady('dialog');
      const [parent, dialogOptions] = args.length === 2 ? args : [undefined, args[0]];
      if (parent?.destroyed) throw new TypeError('Object has been destroyed');
      checkKeys('OpenDialogOptions', dialogOptions);
      const { filters } = dialogOptions as { filters?: object[] };
      for (const filter of filters ?? []) checkKeys('FileFilter', filter);
      const answer = openDialogAnswers.shift();
      if (answer === undefined)
        throw new Error('An open dialog opened that the test did not expect');
      return Promise.resolve(
        answer === null
          ? { canceled: true, filePaths: [] }
          : { canceled: false, filePaths: [answer] },
      );
    },
  });

  /**
   * Electron's utility process, as a Node child running the same script: a module given
   * first (`--import`) puts Electron's `process.parentPort` on it over Node's IPC channel
   * (holding messages until the script listens, as Electron's port does),
   * whose `advanced` serialization is the structured clone Electron's messages use.
   * Forked only after `ready`, with options electron.d.ts declares; its events checked.
   */
  const parentPortShim = `data:text/javascript,${encodeURIComponent(`
    import { EventEmitter } from 'node:events';
    const parentPort = new EventEmitter();
    // Like a MessagePort, it holds what arrives until the script listens.
    const held = [];
    const deliver = (data) => parentPort.emit('message', { data, ports: [] });
    process.on('message', (data) =>
      parentPort.listenerCount('message') > 0 ? deliver(data) : held.push(data));
    parentPort.on('newListener', (event) => {
      if (event === 'message') setImmediate(() => held.splice(0).forEach(deliver));
    });
    parentPort.postMessage = (message) => process.send(message);
    process.parentPort = parentPort;
  `)}`;
  const utilityChildren: ChildProcess[] = [];
  class StandInUtilityProcess extends CheckedEmitter {
    constructor(private readonly child: ChildProcess) {
      super('UtilityProcess');
      child.on('message', (message) => this.emit('message', message));
      child.on('exit', (code) => this.emit('exit', code ?? 1));
      child.once('spawn', () => this.emit('spawn'));
      return recorded('UtilityProcess', this);
    }
    get pid(): number | undefined {
      return this.child.exitCode === null ? this.child.pid : undefined;
    }
    postMessage(message: unknown): void {
      this.child.send(message as never);
    }
    kill(): boolean {
      return this.child.kill('SIGKILL');
    }
  }
  const utilityProcess = recorded('utilityProcess', {
    fork(modulePath: string, args: readonly string[] = [], forkOptions: object = {}) {
      requireReady('utilityProcess');
      checkKeys('ForkOptions', forkOptions);
      const child = fork(modulePath, [...args], {
        execArgv: ['--import', parentPortShim],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      utilityChildren.push(child);
      return new StandInUtilityProcess(child);
    },
  });

  /** The system clipboard's text (Electron's `readText`/`writeText` are async). */
  const clipboardState = { text: '' };
  const clipboard = partlyStoodIn('clipboard', {
    readText: (): Promise<string> => Promise.resolve(clipboardState.text),
    writeText: (text: string): Promise<void> => {
      clipboardState.text = text;
      return Promise.resolve();
    },
    clear(): void {
      clipboardState.text = '';
    },
  });

  // --- Notifications (reminders) ---
  /** Every notification the app made, in order; the test emits their events. */
  const notifications: StandInNotification[] = [];
  const notificationSystem = { supported: true };
  class StandInNotification extends CheckedEmitter {
    static isSupported(): boolean {
      calls.push({ api: 'Notification', method: 'isSupported', args: [] });
      return notificationSystem.supported;
    }
    shown = false;
    constructor(readonly options: Record<string, unknown> = {}) {
      super('Notification');
      checkKeys('NotificationConstructorOptions', options);
      const notification = recorded('Notification', this);
      notifications.push(notification);
      return notification;
    }
    show(): void {
      this.shown = true;
    }
    close(): void {
      // Recorded: the stand-in shows nothing on a screen.
    }
  }

  // --- Images and the tray ---
  /** A PNG's first eight bytes: a data URL that is not a PNG gives an empty image. */
  const pngSignature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  class StandInNativeImage {
    readonly representations: Record<string, unknown>[] = [];
    template = false;
    constructor(private readonly png: Buffer | undefined) {
      return recorded('NativeImage', this);
    }
    isEmpty(): boolean {
      return this.png === undefined;
    }
    addRepresentation(representation: Record<string, unknown>): void {
      checkKeys('AddRepresentationOptions', representation);
      this.representations.push(representation);
    }
    setTemplateImage(template: boolean): void {
      this.template = template;
    }
  }
  const imageFromDataUrl = (url: string): Buffer | undefined => {
    const match = /^data:image\/png;base64,(.+)$/.exec(url);
    const bytes = match?.[1] === undefined ? undefined : Buffer.from(match[1], 'base64');
    return bytes?.subarray(0, 8).equals(pngSignature) ? bytes : undefined;
  };
  const nativeImage = recorded('nativeImage', {
    createFromDataURL: (url: string) => new StandInNativeImage(imageFromDataUrl(url)),
    createEmpty: () => new StandInNativeImage(undefined),
  });

  /** Every tray icon the app made; a destroyed one says so. */
  const trays: StandInTray[] = [];
  class StandInTray extends CheckedEmitter {
    toolTip = '';
    contextMenu: { items: readonly object[] } | null = null;
    destroyed = false;
    constructor(readonly image: StandInNativeImage | string) {
      requireReady('Tray');
      super('Tray');
      const tray = recorded('Tray', this);
      trays.push(tray);
      return tray;
    }
    setToolTip(toolTip: string): void {
      this.toolTip = toolTip;
    }
    setContextMenu(menu: { items: readonly object[] } | null): void {
      this.contextMenu = menu;
    }
    destroy(): void {
      this.destroyed = true;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
  }

  // --- Login items (macOS and Windows only: Electron's app has no such methods on Linux) ---
  // The app's folder: a login item started unpackaged must name it.
  Object.assign(rawApp, { getAppPath: () => options.pathsRoot });
  const loginItem = {
    openAtLogin: false,
    settings: undefined as Record<string, unknown> | undefined,
  };
  if (options.platform === 'darwin' || options.platform === 'win32') {
    Object.assign(rawApp, {
      setLoginItemSettings(settings: Record<string, unknown>): void {
        checkKeys('Settings', settings);
        loginItem.settings = settings;
        loginItem.openAtLogin = settings['openAtLogin'] === true;
      },
      getLoginItemSettings(): Record<string, unknown> {
        return {
          openAtLogin: loginItem.openAtLogin,
          // As when the user started it: the stand-in is never started by the login.
          ...(options.platform === 'darwin' ? { wasOpenedAtLogin: false } : {}),
        };
      },
    });
  }

  const modules = {
    app,
    BrowserWindow: StandInBrowserWindow,
    session,
    protocol,
    ipcMain,
    Menu,
    screen,
    nativeTheme,
    powerMonitor,
    shell,
    Notification: StandInNotification,
    nativeImage,
    Tray: StandInTray,
    net: notStoodIn('net'),
    dialog,
    clipboard,
    utilityProcess,
  };

  return {
    /** The `electron` module's named exports (its default export is this object too). */
    modules,
    calls,
    windows,
    ipcHandlers,
    ipcListeners,
    schemeHandlers,
    notifications,
    /** Whether `Notification.isSupported()` says yes (a Linux without a notification service: no). */
    notificationSystem,
    trays,
    /** What `app.setLoginItemSettings` was last given (macOS and Windows). */
    loginItem,
    /** `session.defaultSession`, for its permission handlers; readable before ready, unlike Electron's. */
    defaultSession,
    /** `app.exit(code)`'s code, and whether `app.quit()` was asked. */
    state,
    findings: (): PlatformFinding[] => [...findings.values()],
    /** What Electron emitted on the app and its windows (`before-quit`, `close`…), in order. */
    lifecycle,
    /** Every page a window loaded, with the session that served it. */
    pageLoads,
    /** `session.fromPartition`'s sessions, by partition. */
    partitionSessions: partitionSessions as ReadonlyMap<string, object>,
    /** What the system says of its idle state, for the app's Linux screen-lock check. */
    system,
    clipboardText: (): string => clipboardState.text,
    /** The user's choice in the next save dialog: a path, or `null` for cancel. */
    answerSaveDialog(answer: string | null): void {
      saveDialogAnswers.push(answer);
    },
    /** The user's choice in the next open dialog: a path, or `null` for cancel. */
    answerOpenDialog(answer: string | null): void {
      openDialogAnswers.push(answer);
    },
    /** The utility processes main forked, as the Node children standing in for them. */
    utilityChildren: utilityChildren as readonly ChildProcess[],
    /** The user quits (the menu's Quit, Cmd+Q): Electron's own `app.quit()`, not the app's call. */
    quitAsUser(): void {
      rawApp.quit();
    },
    /** The user closes `window` (its close button): `close` first, which the app may prevent. */
    closeAsUser(window: StandInBrowserWindow): void {
      closeWindow(window);
    },
    /** The system's power event (`suspend`, `lock-screen`…), as Electron emits it. */
    emitPowerEvent(event: string): void {
      checkEvent('PowerMonitor', event);
      rawPowerMonitor.emit(event);
    },
    /** Electron's `ready`: `whenReady()` resolves and listeners hear it. */
    emitReady(): void {
      ready = true;
      rawApp.emit('ready', electronEvent(), {});
      resolveReady();
    },
  };
}

/** The stand-in with what the test reads back from it. */
export type ElectronStandIn = ReturnType<typeof createElectronStandIn>;
