import { EventEmitter } from 'node:events';
import type { AppLifecycle } from './app.js';
import { electronEvent, type Handler, refusedOnceDestroyed, type StandInContext } from './core.js';
import type { ServedPage, StandInSessions } from './sessions.js';

/** Where `webContents.send` delivers: the renderer's ipcRenderer, if a page is there. */
export interface PageEnd {
  receive(channel: string, args: readonly unknown[]): void;
}

/**
 * Electron's `BrowserWindow` and its `webContents`: made only after `ready`, with options
 * and `webPreferences` electron.d.ts declares; a page loads from its window's session;
 * once closed or destroyed, their own methods refuse as Electron's do.
 */
export function createWindows(
  context: StandInContext,
  app: AppLifecycle,
  sessions: StandInSessions,
) {
  const { recorded, requireReady, checkKeys, emitLifecycle } = context;
  /** Every window made, closed ones too, in order. */
  const windows: StandInBrowserWindow[] = [];
  const focused: { window: StandInBrowserWindow | undefined } = { window: undefined };

  class StandInWebContents extends context.CheckedEmitter {
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

  class StandInBrowserWindow extends context.CheckedEmitter {
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
      app.rawApp.emit('browser-window-created', electronEvent(), window);
      app.rawApp.emit('web-contents-created', electronEvent(), this.webContents);
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
      app.closeWindow(this);
    }
    destroy(): void {
      app.removeWindow(this);
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
  }

  /**
   * Loads a page as Chromium would: from the window's session's handler for its scheme
   * (`data:` is Chromium's own). With no handler, Chromium would go to the network, which
   * this app never does: the load fails by saying so.
   */
  const loadPage = async (window: StandInBrowserWindow, url: string): Promise<void> => {
    const scheme = new URL(url).protocol.slice(0, -1);
    if (scheme !== 'data') {
      const served = sessions.servingSession(window.options['webPreferences']);
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
      sessions.pageLoads.push(page);
      window.webContents.page = page;
    }
    // Electron's first paint of a hidden window; the app shows it then.
    if (!window.readyToShow) {
      window.readyToShow = true;
      emitLifecycle(window, 'ready-to-show');
    }
  };

  return { BrowserWindow: StandInBrowserWindow, windows };
}

/** A window the app made, as the test reads it back. */
export type StandInBrowserWindow = ReturnType<typeof createWindows>['windows'][number];
