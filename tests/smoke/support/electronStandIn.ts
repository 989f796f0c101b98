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

type Listener = Parameters<EventEmitter['on']>[1];
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
  const state = { exitCode: undefined as number | undefined, quitRequested: false };

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
    constructor() {
      super('WebContents');
      return recorded('webContents', this);
    }
    getURL(): string {
      return this.url;
    }
    setWindowOpenHandler(handler: Handler): void {
      this.windowOpenHandler = handler;
    }
    send(): void {
      // Recorded: nothing listens in the stand-in's renderer yet.
    }
    reload(): void {
      // Recorded: there is no page to reload.
    }
  }

  class StandInBrowserWindow extends CheckedEmitter {
    static getAllWindows(): StandInBrowserWindow[] {
      return [...windows];
    }
    readonly webContents: StandInWebContents;
    shown = false;
    maximized = false;
    constructor(readonly options: Record<string, unknown> = {}) {
      requireReady('BrowserWindow');
      super('BrowserWindow');
      const { webPreferences, ...windowOptions } = options;
      checkKeys('BrowserWindowConstructorOptions', windowOptions);
      if (webPreferences !== undefined) checkKeys('WebPreferences', webPreferences as object);
      this.webContents = new StandInWebContents();
      const window = recorded('BrowserWindow', this);
      windows.push(window);
      // Emitted by the stand-in, not called by the app: not recorded.
      rawApp.emit('browser-window-created', electronEvent(), window);
      rawApp.emit('web-contents-created', electronEvent(), this.webContents);
      return window;
    }
    loadURL(url: string): Promise<void> {
      this.webContents.url = url;
      return Promise.resolve();
    }
    getNormalBounds(): { x: number; y: number; width: number; height: number } {
      const number = (key: string) =>
        typeof this.options[key] === 'number' ? this.options[key] : 0;
      return { x: number('x'), y: number('y'), width: number('width'), height: number('height') };
    }
    show(): void {
      this.shown = true;
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
      // Recorded: focus is the window manager's.
    }
    close(): void {
      // Recorded. Closing, its `close` event and the quit's lock come with the quit test.
    }
  }

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
    quit(): void {
      state.quitRequested = true;
    }
    exit(code = 0): void {
      state.exitCode = code;
    }
  }
  const rawApp = new StandInApp('App');
  const app = recorded('app', rawApp);

  /** A session's permission handlers, as the app set them. */
  const sessionWithHandlers = () => {
    const handlers = {
      request: undefined as Handler | undefined,
      check: undefined as Handler | undefined,
      device: undefined as Handler | undefined,
    };
    return recorded('defaultSession', {
      handlers,
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
  const defaultSession = sessionWithHandlers();
  const session = {
    get defaultSession() {
      requireReady('session');
      return defaultSession;
    },
  };

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

  const powerMonitor = recorded('powerMonitor', new CheckedEmitter('PowerMonitor'));
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
    dialog: notStoodIn('dialog'),
    clipboard: notStoodIn('clipboard'),
    utilityProcess: notStoodIn('utilityProcess'),
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
