import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

  it('answers main’s screen-lock poll: the screen is in use', () => {
    const powerMonitor = standIn().modules.powerMonitor as unknown as Pick<
      Electron.PowerMonitor,
      'getSystemIdleState'
    >;
    expect(powerMonitor.getSystemIdleState(1)).toBe('active');
  });

  it('fails loudly, by name, on a module or a method it does not stand in for yet', () => {
    const { modules } = standIn();
    expect(() => (modules.net as { fetch: unknown }).fetch).toThrow(
      'electron.net.fetch is not stood in yet',
    );
    expect(() => (modules.dialog as { showMessageBox?: unknown }).showMessageBox).toThrow(
      'electron.dialog.showMessageBox is not stood in yet',
    );
  });

  it('refuses a session of its own before ready, or with an option electron.d.ts lacks', () => {
    const electron = standIn();
    expect(() => electron.modules.session.fromPartition('report-printing')).toThrow(
      /before the app is ready/,
    );
    electron.emitReady();
    expect(() => electron.modules.session.fromPartition('p', { inMemory: true })).toThrow(
      /FromPartitionOptions has no 'inMemory'/,
    );
    expect(electron.modules.session.fromPartition('p')).toBe(
      electron.modules.session.fromPartition('p'),
    );
  });

  it('loads a page only from its window’s session, never from the network', async () => {
    const electron = standIn();
    electron.emitReady();
    const { session, BrowserWindow } = electron.modules;
    const own = session.fromPartition('own');
    own.protocol?.handle(
      'https',
      () => new Response('<p>own</p>', { headers: { 'X-From': 'own' } }),
    );
    const inOwn = new BrowserWindow({ show: false, webPreferences: { session: own } });
    await inOwn.loadURL('https://page.invalid/');
    expect(electron.pageLoads).toMatchObject([
      {
        url: 'https://page.invalid/',
        status: 200,
        body: '<p>own</p>',
        headers: { 'x-from': 'own' },
      },
    ]);
    expect(electron.pageLoads[0]?.session).toBe(own);
    const inDefault = new BrowserWindow({ show: false });
    await expect(inDefault.loadURL('https://page.invalid/')).rejects.toThrow(
      /would be fetched from the network/,
    );
  });

  it('refuses a printToPDF option or margin electron.d.ts lacks, and printing before the page', async () => {
    const electron = standIn();
    electron.emitReady();
    const { session, BrowserWindow } = electron.modules;
    const own = session.fromPartition('own');
    own.protocol?.handle('https', () => new Response('<p>the page</p>'));
    const window = new BrowserWindow({ show: false, webPreferences: { session: own } });
    await expect(window.webContents.printToPDF({})).rejects.toThrow(/before .* loaded/);
    await window.loadURL('https://page.invalid/');
    await expect(window.webContents.printToPDF({ marginsType: 1 })).rejects.toThrow(
      /PrintToPDFOptions has no 'marginsType'/,
    );
    await expect(
      window.webContents.printToPDF({ margins: { marginType: 'none' } }),
    ).rejects.toThrow(/PrintToPDFMargins has no 'marginType'/);
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', margins: { top: 0 } });
    expect(pdf.toString('latin1')).toMatch(/^%PDF-[\s\S]*<p>the page<\/p>/);
  });

  it('refuses a destroyed window’s methods, as Electron does, and forgets it', () => {
    const electron = standIn();
    electron.emitReady();
    const window = new electron.modules.BrowserWindow({ show: false });
    window.destroy();
    expect(() => window.show()).toThrow('Object has been destroyed');
    expect(() => window.webContents).toThrow('Object has been destroyed');
    expect(window.isDestroyed()).toBe(true);
    expect(electron.modules.BrowserWindow.getAllWindows()).toEqual([]);
  });

  it('quits as Electron does: before-quit and a window’s close may each keep the app', () => {
    const electron = standIn();
    electron.emitReady();
    const { app, BrowserWindow } = electron.modules;
    const window = new BrowserWindow({ show: false });
    let keepApp = true;
    let keepWindow = true;
    app.on('before-quit', (event: { preventDefault(): void }) => {
      if (keepApp) event.preventDefault();
    });
    window.on('close', (event: { preventDefault(): void }) => {
      if (keepWindow) event.preventDefault();
    });
    electron.quitAsUser();
    keepApp = false;
    electron.quitAsUser();
    // The window kept itself: the quit is off, and closing it later does not quit.
    expect(window.isDestroyed()).toBe(false);
    keepWindow = false;
    app.on('window-all-closed', () => undefined);
    window.close();
    expect(electron.state.hasQuit).toBe(false);
    electron.quitAsUser();
    expect(
      electron.lifecycle.map(
        ({ event, prevented }) => `${event}${prevented ? ' (prevented)' : ''}`,
      ),
    ).toEqual([
      'before-quit (prevented)',
      'before-quit',
      'close (prevented)',
      'close',
      'closed',
      'window-all-closed',
      'before-quit',
      'will-quit',
      'quit',
    ]);
    expect(electron.state.hasQuit).toBe(true);
  });

  it('answers the save dialog as the test said, refusing an unknown option or an unexpected dialog', async () => {
    const electron = standIn();
    electron.emitReady();
    const { dialog } = electron.modules;
    electron.answerSaveDialog('/chosen/report.pdf');
    await expect(
      dialog.showSaveDialog({
        defaultPath: 'report.pdf',
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      }),
    ).resolves.toEqual({ canceled: false, filePath: '/chosen/report.pdf' });
    expect(() => dialog.showSaveDialog({ defaultPath: 'r.pdf' })).toThrow(/did not expect/);
    expect(() => dialog.showSaveDialog({ suggestedName: 'r.pdf' })).toThrow(
      /SaveDialogOptions has no 'suggestedName'/,
    );
    expect(() => dialog.showSaveDialog({ filters: [{ name: 'PDF', extension: 'pdf' }] })).toThrow(
      /FileFilter has no 'extension'/,
    );
  });

  it('answers the open dialog as the test said, refusing an unknown option or an unexpected dialog', async () => {
    const electron = standIn();
    electron.emitReady();
    const { dialog } = electron.modules;
    electron.answerOpenDialog(null);
    await expect(dialog.showOpenDialog({ properties: ['openFile'] })).resolves.toEqual({
      canceled: true,
      filePaths: [],
    });
    expect(() => dialog.showOpenDialog({ properties: ['openFile'] })).toThrow(/did not expect/);
    expect(() => dialog.showOpenDialog({ multiple: true })).toThrow(
      /OpenDialogOptions has no 'multiple'/,
    );
  });

  it('forks a utility process only after ready, with options electron.d.ts declares', async () => {
    const electron = standIn();
    const { utilityProcess } = electron.modules;
    const script = path.join(mkdtempSync(path.join(tmpdir(), 'utility-')), 'doubler.mjs');
    writeFileSync(
      script,
      'process.parentPort.once("message", (m) => process.parentPort.postMessage(m.data * 2));',
    );
    expect(() => utilityProcess.fork(script)).toThrow(/before the app is ready/);
    electron.emitReady();
    expect(() => utilityProcess.fork(script, [], { name: 'opener' })).toThrow(
      /ForkOptions has no 'name'/,
    );
    expect(() => utilityProcess.fork(script, [], { detached: true })).toThrow(
      /ForkOptions has no 'detached'/,
    );
    // A message sent before the script listens waits for it, as on Electron's port.
    const child = utilityProcess.fork(script, [], { serviceName: 'doubler' });
    const reply = new Promise((resolve) => child.once('message', resolve));
    child.postMessage(21);
    await expect(reply).resolves.toBe(42);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    expect(child.kill()).toBe(true);
    await expect(exited).resolves.toBe(1);
    expect(() => child.on('close', () => undefined)).toThrow(/UtilityProcess emits no 'close'/);
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
