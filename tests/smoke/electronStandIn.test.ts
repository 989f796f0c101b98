import { describe, expect, it } from 'vitest';
import { readElectronDeclarations } from './support/electronDeclarations.js';
import { createElectronStandIn } from './support/electronStandIn.js';

const declared = readElectronDeclarations();

const standIn = (platform: NodeJS.Platform = 'linux') =>
  createElectronStandIn({
    declared,
    platform,
    pathsRoot: '/nowhere',
    appVersion: '1.0.0',
    isPackaged: true,
  });

// The smoke test is only as strict as its stand-in: each refusal is checked here on its
// own, so a stand-in that stopped refusing could not pass the smoke test silently.
describe('the electron stand-in', () => {
  it('refuses windows, sessions, menus, the screen and protocol.handle before ready', () => {
    const { modules } = standIn();
    expect(() => new modules.BrowserWindow({ show: false })).toThrow(/before the app is ready/);
    expect(() => modules.session.defaultSession).toThrow(/before the app is ready/);
    expect(() => modules.Menu.buildFromTemplate([])).toThrow(/before the app is ready/);
    expect(() => modules.screen.getAllDisplays()).toThrow(/before the app is ready/);
    expect(() => modules.protocol.handle('app', () => undefined)).toThrow(
      /before the app is ready/,
    );
  });

  it('refuses privileged schemes after ready, and accepts them before', () => {
    const electron = standIn();
    const scheme = { scheme: 'app', privileges: { standard: true, secure: true } };
    electron.modules.protocol.registerSchemesAsPrivileged([scheme]);
    electron.emitReady();
    expect(() => electron.modules.protocol.registerSchemesAsPrivileged([scheme])).toThrow(
      /before app is ready/,
    );
  });

  it('refuses a privilege, window option or webPreferences key electron.d.ts lacks', () => {
    const electron = standIn();
    expect(() =>
      electron.modules.protocol.registerSchemesAsPrivileged([
        { scheme: 'app', privileges: { allowEverything: true } },
      ]),
    ).toThrow(/Privileges has no 'allowEverything'/);
    electron.emitReady();
    expect(() => new electron.modules.BrowserWindow({ frameless: true })).toThrow(
      /BrowserWindowConstructorOptions has no 'frameless'/,
    );
    expect(
      () => new electron.modules.BrowserWindow({ webPreferences: { enableRemoteModule: false } }),
    ).toThrow(/WebPreferences has no 'enableRemoteModule'/);
  });

  it('refuses a menu role or theme source electron.d.ts does not list', () => {
    const electron = standIn();
    electron.emitReady();
    expect(() =>
      electron.modules.Menu.buildFromTemplate([{ label: 'Edit', submenu: [{ role: 'paste' }] }]),
    ).not.toThrow();
    expect(() =>
      electron.modules.Menu.buildFromTemplate([{ label: 'Edit', submenu: [{ role: 'lock' }] }]),
    ).toThrow(/role may not be "lock"/);
    expect(() => (electron.modules.nativeTheme.themeSource = 'sepia')).toThrow(
      /themeSource may not be "sepia"/,
    );
  });

  it('refuses an event the emitter does not declare, however it is listened for', () => {
    const { modules } = standIn();
    expect(() => modules.powerMonitor.on('sleep', () => undefined)).toThrow(
      /PowerMonitor emits no 'sleep' event/,
    );
    expect(() => modules.app.once('started', () => undefined)).toThrow(
      /App emits no 'started' event/,
    );
    expect(() => modules.app.addListener('ready', () => undefined)).not.toThrow();
  });

  it('keeps an event that never comes on this platform as a finding, not a refusal', () => {
    const onLinux = standIn('linux');
    onLinux.modules.powerMonitor.on('lock-screen', () => undefined);
    onLinux.modules.powerMonitor.on('suspend', () => undefined);
    expect(onLinux.findings()).toEqual([
      { api: 'PowerMonitor', name: 'lock-screen', platforms: ['darwin', 'win32'] },
    ]);

    const onWindows = standIn('win32');
    onWindows.modules.powerMonitor.on('lock-screen', () => undefined);
    expect(onWindows.findings()).toEqual([]);
  });

  it('refuses a second handler for one channel, as Electron does', () => {
    const { modules } = standIn();
    modules.ipcMain.handle('app.info', () => undefined);
    expect(() => modules.ipcMain.handle('app.info', () => undefined)).toThrow(
      "Attempted to register a second handler for 'app.info'",
    );
  });

  it('records every call, and whenReady resolves on ready', async () => {
    const electron = standIn();
    electron.modules.app.requestSingleInstanceLock();
    const ready = electron.modules.app.whenReady();
    electron.emitReady();
    await ready;
    expect(electron.calls.map((call) => `${call.api}.${call.method}`)).toEqual([
      'app.requestSingleInstanceLock',
      'app.whenReady',
    ]);
  });

  it('fails loudly, by name, on a module it does not stand in for yet', () => {
    const { modules } = standIn();
    expect(() => (modules.dialog as { showErrorBox: unknown }).showErrorBox).toThrow(
      'electron.dialog.showErrorBox is not stood in yet',
    );
  });
});

describe('the electron stand-in’s notifications, tray and login items', () => {
  it('keeps `failed` on a notification as a finding on Linux, where Electron never emits it', () => {
    const linux = standIn('linux');
    new linux.modules.Notification({ title: 'a', body: 'b' }).on('failed', () => undefined);
    expect(linux.findings()).toEqual([
      { api: 'Notification', name: 'failed', platforms: ['darwin', 'win32'] },
    ]);
    const mac = standIn('darwin');
    new mac.modules.Notification({ title: 'a', body: 'b' }).on('failed', () => undefined);
    expect(mac.findings()).toEqual([]);
  });

  it('refuses a notification option or event electron.d.ts lacks', () => {
    const { modules } = standIn();
    expect(() => new modules.Notification({ title: 'a', sticky: true })).toThrow(
      /NotificationConstructorOptions has no 'sticky'/,
    );
    expect(() => new modules.Notification({}).on('shown', () => undefined)).toThrow(
      /Notification emits no 'shown' event/,
    );
  });

  it('refuses a tray before ready, and gives an empty image for a data URL that is no PNG', () => {
    const electron = standIn();
    const image = electron.modules.nativeImage.createFromDataURL('data:image/png;base64,AAAA');
    expect(image.isEmpty()).toBe(true);
    expect(() => new electron.modules.Tray(image)).toThrow(/before the app is ready/);
  });

  it('has login items on macOS and Windows only, as Electron has', () => {
    const loginItems = (electron: ReturnType<typeof standIn>) =>
      electron.modules.app as unknown as { setLoginItemSettings(settings: object): void };
    expect('setLoginItemSettings' in standIn('linux').modules.app).toBe(false);
    const windows = standIn('win32');
    loginItems(windows).setLoginItemSettings({ openAtLogin: true, args: ['--hidden'] });
    expect(windows.findings()).toEqual([]);
    const mac = standIn('darwin');
    loginItems(mac).setLoginItemSettings({ openAtLogin: true, args: ['--hidden'] });
    expect(mac.findings()).toEqual([{ api: 'Settings', name: 'args', platforms: ['win32'] }]);
  });
});
