import { createApp } from './standIn/app.js';
import { createStandInContext, notStoodIn, type StandInOptions } from './standIn/core.js';
import { createDialogs } from './standIn/dialogs.js';
import { createIpcMain } from './standIn/ipcMain.js';
import { addLoginItems } from './standIn/loginItems.js';
import { createMenu } from './standIn/menu.js';
import { createNotifications } from './standIn/notifications.js';
import { createUtilityProcess } from './standIn/processes.js';
import { createSessions } from './standIn/sessions.js';
import { createSystem } from './standIn/system.js';
import { createTray } from './standIn/tray.js';
import { createWindows, type StandInBrowserWindow } from './standIn/windows.js';

export type { ElectronCall, PlatformFinding, StandInOptions } from './standIn/core.js';
export type { ServedPage } from './standIn/sessions.js';
export type { PageEnd } from './standIn/windows.js';

/**
 * The `electron` module as the built main bundle sees it, outside Electron. It records
 * every call and refuses, by throwing as Electron does, what Electron refuses: windows,
 * sessions, menus, the screen or `protocol.handle` before `ready`, privileged schemes
 * after it, and any event, option, `webPreferences` key or menu role that electron.d.ts
 * does not declare. An event or option that the d.ts tags with other platforms only is
 * not refused (the app may well run elsewhere) but kept in `findings`.
 *
 * Each part stands in for one side of Electron (standIn/*.ts), built from one shared
 * context (standIn/core.ts): the calls, the declaration checks, readiness and lifecycle.
 */
export function createElectronStandIn(options: StandInOptions) {
  const context = createStandInContext(options);
  // Electron's Browser closes the windows its window list holds, and each window tells it
  // when it closed: the app reads the list only as windows close or it quits, by then made.
  const lifecycle = createApp(context, () => windowing.windows);
  const sessions = createSessions(context);
  const windowing = createWindows(context, lifecycle, sessions);
  const ipc = createIpcMain(context);
  const system = createSystem(context);
  const dialogs = createDialogs(context);
  const processes = createUtilityProcess(context);
  const notifications = createNotifications(context);
  const tray = createTray(context);
  const loginItem = addLoginItems(context, lifecycle.rawApp);

  const modules = {
    app: lifecycle.app,
    BrowserWindow: windowing.BrowserWindow,
    session: sessions.session,
    protocol: sessions.protocol,
    ipcMain: ipc.ipcMain,
    Menu: createMenu(context),
    screen: system.screen,
    nativeTheme: system.nativeTheme,
    powerMonitor: system.powerMonitor,
    shell: system.shell,
    Notification: notifications.Notification,
    nativeImage: tray.nativeImage,
    Tray: tray.Tray,
    net: notStoodIn('net'),
    dialog: dialogs.dialog,
    clipboard: system.clipboard,
    utilityProcess: processes.utilityProcess,
  };

  return {
    /** The `electron` module's named exports (its default export is this object too). */
    modules,
    calls: context.calls,
    windows: windowing.windows,
    ipcHandlers: ipc.ipcHandlers,
    ipcListeners: ipc.ipcListeners,
    schemeHandlers: sessions.schemeHandlers,
    notifications: notifications.notifications,
    /** Whether `Notification.isSupported()` says yes (a Linux without a notification service: no). */
    notificationSystem: notifications.notificationSystem,
    trays: tray.trays,
    /** What `app.setLoginItemSettings` was last given (macOS and Windows). */
    loginItem,
    /** `session.defaultSession`, for its permission handlers; readable before ready, unlike Electron's. */
    defaultSession: sessions.defaultSession,
    /** `app.exit(code)`'s code, and whether `app.quit()` was asked. */
    state: lifecycle.state,
    findings: context.findings,
    /** What Electron emitted on the app and its windows (`before-quit`, `close`…), in order. */
    lifecycle: context.lifecycle,
    /** Every page a window loaded, with the session that served it. */
    pageLoads: sessions.pageLoads,
    /** `session.fromPartition`'s sessions, by partition. */
    partitionSessions: sessions.partitionSessions as ReadonlyMap<string, object>,
    /** What the system says of its idle state, for the app's Linux screen-lock check. */
    system: system.system,
    clipboardText: system.clipboardText,
    answerSaveDialog: dialogs.answerSaveDialog,
    answerOpenDialog: dialogs.answerOpenDialog,
    /** The utility processes main forked, as the Node children standing in for them. */
    utilityChildren: processes.utilityChildren,
    /** The user quits (the menu's Quit, Cmd+Q): Electron's own `app.quit()`, not the app's call. */
    quitAsUser(): void {
      lifecycle.rawApp.quit();
    },
    /** The user closes `window` (its close button): `close` first, which the app may prevent. */
    closeAsUser(window: StandInBrowserWindow): void {
      lifecycle.closeWindow(window);
    },
    emitPowerEvent: system.emitPowerEvent,
    emitReady: lifecycle.emitReady,
  };
}

/** The stand-in with what the test reads back from it. */
export type ElectronStandIn = ReturnType<typeof createElectronStandIn>;
