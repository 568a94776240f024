import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { systemStatus } from '../../../support/system-status';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as HubModule from '../../../../electron/core/hub';
import type { HubOptions } from '../../../../electron/core/ports';
import { lockDataFolder } from '../../../../electron/core/startup/data-folder-lock';
import { launcherPidEnvVar } from '../../../../electron/core/system/launcher-watch';

/** The Electron surface start-shell touches, as observable fakes. */
const fake = await vi.hoisted(async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const calls: string[] = [];
  const windows: FakeWindow[] = [];
  const ready = { resolve: (): void => undefined, promise: Promise.resolve() };

  class FakeWindow extends Emitter {
    readonly webContents = Object.assign(new Emitter(), {
      mainFrame: { url: 'app://hub/index.html' },
      send: vi.fn(),
      reload: vi.fn(),
      isDestroyed: () => false,
    });
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly restore = vi.fn();
    readonly focus = vi.fn();
    readonly show = vi.fn();
    readonly hide = vi.fn();
    readonly maximize = vi.fn();
    minimized = false;
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      calls.push('new BrowserWindow');
      windows.push(this);
    }
    isMinimized(): boolean {
      return this.minimized;
    }
    isDestroyed(): boolean {
      return false;
    }
    isMaximized(): boolean {
      return false;
    }
    isFullScreen(): boolean {
      return false;
    }
    isVisible(): boolean {
      return true;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1280, height: 820 };
    }
  }

  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    lock: true,
    setPath: vi.fn((name: string, _path: string) => calls.push(`setPath ${name}`)),
    requestSingleInstanceLock: vi.fn(() => {
      calls.push('requestSingleInstanceLock');
      return app.lock;
    }),
    whenReady: vi.fn(() => ready.promise),
    quit: vi.fn(() => calls.push('quit')),
    exit: vi.fn(),
    getVersion: () => '1.2.3',
    getAppPath: () => '/app',
    setAppUserModelId: vi.fn(() => calls.push('setAppUserModelId')),
    setLoginItemSettings: vi.fn(),
  });
  const tray = Object.assign(new Emitter(), { setToolTip: vi.fn(), setContextMenu: vi.fn(), destroy: vi.fn() });

  return {
    calls,
    windows,
    ready,
    FakeWindow,
    app,
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn(),
    },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    safeStorage: {
      isAsyncEncryptionAvailable: () => Promise.resolve(false),
      getSelectedStorageBackend: () => 'basic_text' as const,
      encryptStringAsync: vi.fn(),
      decryptStringAsync: vi.fn(),
    },
    tray,
    Tray: vi.fn(function Tray() {
      return tray;
    }),
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    nativeImage: { createFromPath: vi.fn(() => ({ resize: vi.fn() })) },
    Notification: Object.assign(vi.fn(), { isSupported: () => false }),
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    dialog: { showErrorBox: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    net: { isOnline: () => true },
    powerMonitor: new Emitter(),
    hub: {
      call: vi.fn((method: string) =>
        Promise.resolve({
          ok: true,
          value: method === 'system.status' ? systemStatus() : { available: true, startAtLogin: false },
        }),
      ),
      subscribe: vi.fn(() => () => undefined),
      postNotice: vi.fn(),
      close: vi.fn(() => Promise.resolve()),
    },
    createHub: vi.fn(),
  };
});

vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: fake.FakeWindow,
  protocol: fake.protocol,
  ipcMain: fake.ipcMain,
  session: fake.session,
  safeStorage: fake.safeStorage,
  shell: fake.shell,
  dialog: fake.dialog,
  screen: fake.screen,
  net: fake.net,
  powerMonitor: fake.powerMonitor,
  Tray: fake.Tray,
  Menu: fake.Menu,
  nativeImage: fake.nativeImage,
  Notification: fake.Notification,
}));
vi.mock('electron-store', async () => ({ default: (await import('./fake-electron-store')).FakeElectronStore }));
vi.mock('../../../../electron/core/hub', () => ({ createHub: fake.createHub }));

const { startShell } = await import('../../../../electron/shell/start-shell');
const { openElectronStoreBackend } = await import('../../../../electron/shell/electron-store-backend');

let dataDir: string;

function start(env: NodeJS.ProcessEnv = {}, flags: string[] = []): void {
  startShell({
    argv: ['electron', '.', '--data-dir', dataDir, ...flags],
    // Start at login writes to $XDG_CONFIG_HOME/autostart: never the real one.
    env: { XDG_CONFIG_HOME: join(dataDir, 'xdg'), ...env },
    builtDir: '/app/out/main',
    platform: 'linux',
  });
}

/** Lets `whenReady()` resolve and waits until the window exists. */
async function becomeReady(): Promise<void> {
  fake.ready.resolve();
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
}

function lastHubOptions(): HubOptions {
  const options: unknown = fake.createHub.mock.calls.at(-1)?.[0];
  if (!options || typeof options !== 'object') throw new Error('createHub was not called');
  // createHub's only parameter is HubOptions.
  return options as HubOptions;
}

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'hub-shell-'));
  vi.clearAllMocks();
  fake.app.removeAllListeners();
  fake.calls.length = 0;
  fake.windows.length = 0;
  fake.app.lock = true;
  fake.app.isPackaged = true;
  fake.tray.removeAllListeners();
  fake.ready.promise = new Promise<void>((resolve) => {
    fake.ready.resolve = resolve;
  });
  fake.createHub.mockImplementation(() => Promise.resolve(fake.hub));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('startShell', () => {
  it('quits without a window or a hub when another instance holds the lock', async () => {
    fake.app.lock = false;
    start();
    fake.ready.resolve();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
    expect(fake.createHub).not.toHaveBeenCalled();
    expect(fake.app.whenReady).not.toHaveBeenCalled();
  });

  it('points userData at the data folder before taking the lock, and registers app:// before ready', () => {
    start();
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', dataDir);
    expect(fake.calls.slice(0, 5)).toEqual([
      'setPath userData',
      'setPath sessionData',
      'setAppUserModelId',
      'requestSingleInstanceLock',
      'registerSchemesAsPrivileged',
    ]);
    expect(fake.app.setAppUserModelId).toHaveBeenCalledWith('com.integrationhub.app');
    expect(fake.protocol.handle).not.toHaveBeenCalled();
  });

  it('creates a missing data folder before taking the lock', () => {
    const nested = join(dataDir, 'fresh', 'hub');
    startShell({ argv: ['electron', '.', `--data-dir=${nested}`], env: {}, builtDir: '/app/out/main' });
    expect(existsSync(nested)).toBe(true);
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', nested);
  });

  it('on ready builds the hub from the Electron adapters, serves app:// and opens the locked-down window', async () => {
    start();
    await becomeReady();
    const options = lastHubOptions();
    expect(options).toMatchObject({
      dataDir,
      mode: 'electron',
      appVersion: '1.2.3',
      samplePartner: true,
      // Start at login is on by default in the packaged app.
      desktop: { startAtLogin: true },
    });
    // What the (fake) core answers, off here, is applied: no autostart entry.
    expect(existsSync(join(dataDir, 'xdg', 'autostart', 'integration-hub.desktop'))).toBe(false);
    expect(options.openSettings).toBe(openElectronStoreBackend);
    // No keyring in the fake: the hub is told the truth.
    expect(options.cipher.protection.encrypted).toBe(false);
    expect(options.connectivity.isOnline()).toBe(true);
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.ipcMain.handle).toHaveBeenCalledWith('hub:call', expect.any(Function));
    expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    const win = fake.windows[0];
    expect(win?.loadURL).toHaveBeenCalledWith('app://hub/index.html');
    expect(win?.options.webPreferences?.preload).toBe(join('/app/out/main', '../preload/index.cjs'));
    expect(win?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
  });

  it('loads the dev server only in an unpackaged app', async () => {
    fake.app.isPackaged = false;
    start({ ELECTRON_RENDERER_URL: 'http://localhost:5173' });
    await becomeReady();
    expect(fake.windows[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173');
  });

  it('guards every webContents the app creates', () => {
    start();
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    fake.app.emit('web-contents-created', {}, contents);
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-redirect')).toBe(1);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('brings the window back when a second instance starts', async () => {
    start();
    await becomeReady();
    const win = fake.windows[0];
    if (win) win.minimized = true;
    fake.app.emit('second-instance');
    expect(win?.restore).toHaveBeenCalled();
    expect(win?.focus).toHaveBeenCalled();
  });

  it('honours --no-sample-partner like browser mode, and defaults start at login to off when run from source', async () => {
    fake.app.isPackaged = false;
    start({}, ['--no-sample-partner']);
    await becomeReady();
    expect(lastHubOptions()).toMatchObject({ samplePartner: false, desktop: { startAtLogin: false } });
  });

  it('keeps running when the window closes: it hides, and the last window closing does not quit', async () => {
    start();
    await becomeReady();
    const win = fake.windows[0];
    const preventDefault = vi.fn();
    win?.emit('close', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    expect(win?.hide).toHaveBeenCalled();
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).not.toHaveBeenCalled();
    expect(fake.hub.close).not.toHaveBeenCalled();
  });

  it('closes the hub only at will-quit, after the windows, which close rather than hide while quitting', async () => {
    start();
    await becomeReady();
    const noPrevent = vi.fn();
    fake.app.emit('before-quit', { preventDefault: noPrevent });
    expect(noPrevent).not.toHaveBeenCalled();
    expect(fake.hub.close).not.toHaveBeenCalled();
    const closing = vi.fn();
    fake.windows[0]?.emit('close', { preventDefault: closing });
    expect(closing).not.toHaveBeenCalled();
    const willQuit = vi.fn();
    fake.app.emit('will-quit', { preventDefault: willQuit });
    expect(willQuit).toHaveBeenCalled();
    expect(fake.hub.close).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
  });

  it('started at login (--hidden) shows only the tray icon until the window is asked for', async () => {
    start({}, ['--hidden']);
    fake.ready.resolve();
    await vi.waitFor(() => expect(fake.Tray).toHaveBeenCalled());
    expect(fake.windows).toHaveLength(0);
    fake.app.emit('second-instance');
    expect(fake.windows).toHaveLength(1);
  });

  it('puts up the tray icon and an application menu without developer tools', async () => {
    start();
    await becomeReady();
    expect(fake.Tray).toHaveBeenCalledTimes(1);
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(fake.Menu.buildFromTemplate.mock.calls)).not.toContain('toggleDevTools');
    expect(fake.windows[0]?.options.webPreferences?.devTools).toBe(false);
  });

  it('explains and exits when the hub cannot start', async () => {
    fake.createHub.mockImplementation(() => Promise.reject(new Error('The data folder is not writable.')));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    start();
    fake.ready.resolve();
    await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalledWith(1));
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith(
      'Integration Hub could not start',
      expect.stringContaining('The data folder is not writable.'),
    );
    expect(fake.windows).toHaveLength(0);
    error.mockRestore();
  });

  it('refuses a data folder another hub holds (browser mode too), naming its address, and exits', async () => {
    const { createHub } = await vi.importActual<typeof HubModule>('../../../../electron/core/hub');
    fake.createHub.mockImplementation(createHub);
    const browserHub = lockDataFolder(dataDir, { mode: 'browser', appVersion: '1.2.3' }, new Date());
    browserHub.describe({ address: 'http://127.0.0.1:41837/?token=abc' });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      start();
      fake.ready.resolve();
      await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalledWith(1));
      expect(fake.dialog.showErrorBox).toHaveBeenCalledWith(
        'Integration Hub could not start',
        expect.stringMatching(
          /already running in browser mode .* at http:\/\/127\.0\.0\.1:41837\/\?token=abc \(process \d+/,
        ),
      );
      expect(fake.windows).toHaveLength(0);
    } finally {
      error.mockRestore();
      browserHub.release();
    }
  });

  it('quits when the launcher that started it has ended (npm start killed)', async () => {
    // A launcher pid that is not this process's parent: it has gone and the app was re-parented.
    start({ [launcherPidEnvVar]: String(2 ** 22 + 1) });
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled(), { timeout: 3_000 });
  });

  it('keeps running while its launcher is alive', async () => {
    start({ [launcherPidEnvVar]: String(process.ppid) });
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(fake.app.quit).not.toHaveBeenCalled();
  });
});
