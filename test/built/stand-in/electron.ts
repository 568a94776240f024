/**
 * A recording stand-in for the `electron` module, for booting the built main
 * bundle in plain Node (see register.ts). It records every call the app makes,
 * and it behaves the way Electron's source says Electron does where the app
 * depends on it:
 *
 * - `app.quit()` (shell/browser/browser.cc): `before-quit` (preventable), then every
 *   window is asked to close; a window that refuses cancels the quit; once the
 *   last window is gone, `will-quit` (preventable), then `quit` and exit.
 * - closing a window (native_window.cc, electron_api_browser_window.cc): `close`
 *   first (preventable); then the page's beforeunload — which, when it objects,
 *   emits `will-prevent-unload` and unloads only if that was prevented.
 * - the last window closing outside a quit emits `window-all-closed`; with no
 *   listener the app quits.
 * - navigations (electron_navigation_throttle.cc): `will-frame-navigate`, and
 *   `will-navigate` only when that was not prevented.
 * - `protocol.registerSchemesAsPrivileged` throws after ready.
 *
 * Loading a page runs the real preload in a pretend renderer: its `window.hub`
 * calls go through `ipcMain` with the window's webContents as sender, exactly as
 * the preload calls it. The test drives all of it over the fork IPC channel.
 */
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Listener = (...args: unknown[]) => unknown;
type Handler = (event: unknown, ...args: unknown[]) => unknown;

interface Recorded {
  name: string;
  detail?: unknown;
  beforeReady: boolean;
}

const log: Recorded[] = [];
let isReady = false;
const dialogAnswers: number[] = [];

function record(name: string, detail?: unknown): void {
  log.push({ name, detail, beforeReady: !isReady });
}

/** Emits a preventable event; true when a listener prevented it. */
function emitPreventable(emitter: EventEmitter, name: string, extra: Record<string, unknown> = {}): boolean {
  let prevented = false;
  const event = {
    ...extra,
    preventDefault: () => {
      prevented = true;
    },
  };
  emitter.emit(name, event);
  return prevented;
}

/** Menus keep only what the test can see and click: labels, roles and the click handlers. */
interface StandInMenu {
  items: { label?: string; role?: string; type?: string; enabled?: boolean; click?: () => void; submenu?: unknown }[];
}

// ---------------------------------------------------------------- the pretend renderer

/** What the preload exposed with contextBridge, per webContents. */
const worlds = new Map<StandInWebContents, Record<string, unknown>>();
let preloadingFor: StandInWebContents | null = null;
const ipcHandlers = new Map<string, Handler>();

class StandInWebContents extends EventEmitter {
  readonly id: number;
  readonly mainFrame = { url: '' };
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly rendererListeners = new Map<string, Set<Listener>>();
  destroyed = false;
  /** The page has unsaved changes: its beforeunload objects to leaving. */
  dirty = false;
  reloads = 0;
  /** Between loadURL and did-finish-load, as Electron's isLoading(). */
  loading = false;
  private readonly preload: string | undefined;

  constructor(id: number, preload: string | undefined) {
    super();
    this.id = id;
    this.preload = preload;
  }

  async load(url: string): Promise<void> {
    this.loading = true;
    this.mainFrame.url = url;
    record('webContents.loadURL', url);
    const handler = protocolHandlers.get(new URL(url).protocol.slice(0, -1));
    if (handler) {
      const response = await handler(new Request(url));
      record('protocol.response', {
        url,
        status: response.status,
        csp: response.headers.get('content-security-policy'),
        body: (await response.text()).slice(0, 2000),
      });
    }
    // The sandboxed preload runs before the page, with only `electron` to require.
    if (this.preload && !worlds.has(this)) {
      worlds.set(this, {});
      // While the preload runs, contextBridge and ipcRenderer act for this page.
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      preloadingFor = this;
      try {
        createRequire(import.meta.url)(this.preload);
      } finally {
        preloadingFor = null;
      }
    }
    this.loading = false;
    this.emit('did-finish-load');
  }

  isLoading(): boolean {
    return this.loading;
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args });
    for (const listener of this.rendererListeners.get(channel) ?? []) listener({ sender: null }, ...args);
  }

  reload(): void {
    this.reloads += 1;
    record('webContents.reload');
  }

  /** Kept so the test can open a window the way a page would (`window.open`). */
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  getURL(): string {
    return this.mainFrame.url;
  }
}

const ipcRenderer = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const contents = currentRendererContents();
    const handler = ipcHandlers.get(channel);
    if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    // Electron's IpcMainInvokeEvent: the sender and the frame that sent it.
    return Promise.resolve(handler({ sender: contents, senderFrame: contents.mainFrame }, ...args));
  },
  on(channel: string, listener: Listener): void {
    const contents = currentRendererContents();
    const set = contents.rendererListeners.get(channel) ?? new Set();
    set.add(listener);
    contents.rendererListeners.set(channel, set);
  },
  removeListener(channel: string, listener: Listener): void {
    currentRendererContents().rendererListeners.get(channel)?.delete(listener);
  },
};

/** The preload is loaded once per page; its functions keep the webContents they were made for. */
let rendererContents: StandInWebContents | null = null;
function currentRendererContents(): StandInWebContents {
  const contents = preloadingFor ?? rendererContents;
  if (!contents) throw new Error('ipcRenderer used outside a page');
  return contents;
}

const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    const contents = preloadingFor;
    if (!contents) throw new Error('contextBridge used outside a preload');
    record('contextBridge.exposeInMainWorld', key);
    const world = worlds.get(contents) ?? {};
    world[key] = api;
    worlds.set(contents, world);
    rendererContents = contents;
  },
};

// ---------------------------------------------------------------- windows

let nextId = 1;
const windows: StandInBrowserWindow[] = [];

class StandInBrowserWindow extends EventEmitter {
  readonly id: number;
  readonly options: Record<string, unknown>;
  readonly webContents: StandInWebContents;
  visible = false;
  destroyed = false;
  minimized = false;
  fullScreen = false;

  constructor(options: Record<string, unknown> = {}) {
    super();
    if (!isReady) throw new Error('Cannot create BrowserWindow before app is ready');
    this.id = nextId++;
    this.options = options;
    const prefs = (options.webPreferences ?? {}) as { preload?: string };
    this.webContents = new StandInWebContents(this.id, prefs.preload);
    windows.push(this);
    record('new BrowserWindow', options);
    app.emit('web-contents-created', {}, this.webContents);
    app.emit('browser-window-created', {}, this);
  }

  static getAllWindows(): StandInBrowserWindow[] {
    return windows.filter((win) => !win.destroyed);
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.load(url).then(() => {
      this.emit('ready-to-show');
    });
  }

  /** The operator clicks the window's X, or the app closes it (a quit): Electron's order. */
  close(): void {
    if (this.destroyed) return;
    record('BrowserWindow.close', this.id);
    if (emitPreventable(this, 'close')) {
      app.windowCloseCancelled();
      return;
    }
    if (this.webContents.dirty && !emitPreventable(this.webContents, 'will-prevent-unload')) {
      // The page stays: Electron cancels the close, and a quit with it.
      app.windowCloseCancelled();
      return;
    }
    this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.webContents.destroyed = true;
    this.emit('closed');
    app.windowClosed();
  }

  show(): void {
    this.visible = true;
    record('BrowserWindow.show', this.id);
  }
  hide(): void {
    this.visible = false;
    record('BrowserWindow.hide', this.id);
  }
  focus(): void {
    record('BrowserWindow.focus', this.id);
  }
  restore(): void {
    this.minimized = false;
  }
  maximize(): void {
    record('BrowserWindow.maximize', this.id);
  }
  isVisible(): boolean {
    return this.visible;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isMaximized(): boolean {
    return false;
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  setFullScreen(on: boolean): void {
    this.fullScreen = on;
    if (!on) this.emit('leave-full-screen');
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    const { x = 0, y = 0, width = 1280, height = 820 } = this.options as Record<string, number>;
    return { x, y, width, height };
  }
}

// ---------------------------------------------------------------- app

const userDataPaths = new Map<string, string>();
let readyResolve: () => void = () => undefined;
const readyPromise = new Promise<void>((resolve) => {
  readyResolve = resolve;
});
const projectRoot = join(import.meta.dirname, '..', '..', '..');
const projectVersion = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string })
  .version;

class StandInApp extends EventEmitter {
  isPackaged = true;
  quitting = false;
  private shutDown = false;

  setPath(name: string, path: string): void {
    record('app.setPath', { name, path });
    userDataPaths.set(name, path);
  }
  getPath(name: string): string {
    return userDataPaths.get(name) ?? join(projectRoot, '.stand-in', name);
  }
  getVersion(): string {
    return projectVersion;
  }
  getName(): string {
    return 'Integration Hub';
  }
  getAppPath(): string {
    return projectRoot;
  }
  setAppUserModelId(id: string): void {
    record('app.setAppUserModelId', id);
  }
  requestSingleInstanceLock(): boolean {
    record('app.requestSingleInstanceLock');
    return true;
  }
  setLoginItemSettings(settings: unknown): void {
    record('app.setLoginItemSettings', settings);
  }
  whenReady(): Promise<void> {
    return readyPromise;
  }
  isReady(): boolean {
    return isReady;
  }

  /** Browser::Quit. */
  quit(): void {
    record('app.quit');
    if (this.quitting || this.shutDown) return;
    if (emitPreventable(this, 'before-quit')) return;
    this.quitting = true;
    const open = StandInBrowserWindow.getAllWindows();
    if (open.length === 0) this.notifyAndShutdown();
    else for (const win of open) win.close();
  }

  /** Browser::ExitWithCode: windows destroyed without asking, no quit events. */
  exit(code = 0): void {
    record('app.exit', code);
    this.shutDown = true;
    for (const win of StandInBrowserWindow.getAllWindows()) win.destroy();
    process.exit(code);
  }

  windowCloseCancelled(): void {
    // "Once a beforeunload handler has prevented the closing, we think the quit is cancelled too."
    this.quitting = false;
  }

  windowClosed(): void {
    if (StandInBrowserWindow.getAllWindows().length > 0) return;
    if (this.quitting) {
      this.notifyAndShutdown();
      return;
    }
    record('app.window-all-closed');
    if (this.listenerCount('window-all-closed') === 0) this.quit();
    else this.emit('window-all-closed', {});
  }

  private notifyAndShutdown(): void {
    if (this.shutDown) return;
    if (emitPreventable(this, 'will-quit')) {
      this.quitting = false;
      return;
    }
    this.shutDown = true;
    record('app.shutdown');
    this.emit('quit', {}, 0);
    setImmediate(() => process.exit(0));
  }
}

export const app = new StandInApp();

// ---------------------------------------------------------------- the rest of the API the shell uses

const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown): void {
    if (isReady) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    record('protocol.registerSchemesAsPrivileged', schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    record('protocol.handle', scheme);
    protocolHandlers.set(scheme, handler);
  },
};

export const ipcMain = {
  handle(channel: string, handler: Handler): void {
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    record('ipcMain.handle', channel);
    ipcHandlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    ipcHandlers.delete(channel);
  },
  on(channel: string): void {
    record('ipcMain.on', channel);
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (): void => record('session.setPermissionRequestHandler'),
    setPermissionCheckHandler: (): void => record('session.setPermissionCheckHandler'),
  },
};

/** A reversible "OS encryption", visibly not the plain text, so secrets.json shows whether the app encrypted. */
export const safeStorage = {
  isAsyncEncryptionAvailable: (): Promise<boolean> => Promise.resolve(isReady),
  getSelectedStorageBackend: (): string => (isReady ? 'gnome_libsecret' : 'unknown'),
  encryptStringAsync: (plain: string): Promise<Buffer> =>
    Promise.resolve(Buffer.from(`stand-in:${Buffer.from(plain).toString('hex')}`)),
  decryptStringAsync: (data: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }> => {
    const text = data.toString();
    if (!text.startsWith('stand-in:')) return Promise.reject(new Error('Error while decrypting the ciphertext'));
    return Promise.resolve({ result: Buffer.from(text.slice(9), 'hex').toString(), shouldReEncrypt: false });
  },
};

export const net = { isOnline: (): boolean => true };
export const powerMonitor = new EventEmitter();
export const screen = {
  getAllDisplays: (): { workArea: { x: number; y: number; width: number; height: number } }[] => [
    { workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
  ],
};

export const shell = {
  openExternal(url: string): Promise<void> {
    record('shell.openExternal', url);
    return Promise.resolve();
  },
  openPath(): Promise<string> {
    return Promise.resolve('');
  },
};

function answer(kind: string, options: unknown): number {
  const opts = options as { buttons?: string[]; message?: string; cancelId?: number };
  const response = dialogAnswers.shift() ?? opts.cancelId ?? 0;
  record(kind, { buttons: opts.buttons, message: opts.message, response });
  return response;
}

export const dialog = {
  showMessageBoxSync(windowOrOptions: unknown, maybeOptions?: unknown): number {
    return answer('dialog.showMessageBoxSync', maybeOptions ?? windowOrOptions);
  },
  showMessageBox(windowOrOptions: unknown, maybeOptions?: unknown): Promise<{ response: number }> {
    return Promise.resolve({ response: answer('dialog.showMessageBox', maybeOptions ?? windowOrOptions) });
  },
  showErrorBox(title: string, content: string): void {
    record('dialog.showErrorBox', { title, content });
  },
};

/** Notifications shown, newest last, for the test to click. */
const notifications: Notification[] = [];

export class Notification extends EventEmitter {
  readonly options: { title?: string; body?: string };
  constructor(options: { title?: string; body?: string }) {
    super();
    this.options = options;
  }
  static isSupported(): boolean {
    return true;
  }
  show(): void {
    notifications.push(this);
    record('Notification.show', this.options);
  }
}

export const nativeImage = {
  createFromPath(path: string): { path: string; resize: (size: unknown) => unknown; isEmpty: () => boolean } {
    record('nativeImage.createFromPath', path);
    const image = { path, resize: () => image, isEmpty: () => false };
    return image;
  },
};

const trays: StandInTray[] = [];

export class StandInTray extends EventEmitter {
  menu: StandInMenu | null = null;
  tooltip = '';
  destroyed = false;
  constructor(image: unknown) {
    super();
    if (!isReady) throw new Error('Cannot create Tray before app is ready');
    record('new Tray', (image as { path?: string }).path);
    trays.push(this);
  }
  setContextMenu(menu: StandInMenu): void {
    this.menu = menu;
  }
  setToolTip(text: string): void {
    this.tooltip = text;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

let applicationMenu: StandInMenu | null = null;

export const Menu = {
  buildFromTemplate(template: StandInMenu['items']): StandInMenu {
    return { items: template };
  },
  setApplicationMenu(menu: StandInMenu | null): void {
    record('Menu.setApplicationMenu');
    applicationMenu = menu;
  },
};

export { contextBridge, ipcRenderer, StandInBrowserWindow as BrowserWindow, StandInTray as Tray };

export default {
  app,
  BrowserWindow: StandInBrowserWindow,
  Menu,
  Notification,
  Tray: StandInTray,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  nativeImage,
  net,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
};

// ---------------------------------------------------------------- the test's remote control

/** Flattens a menu into what a person reads: labels (with roles for role items). */
function menuLabels(menu: StandInMenu | null): string[] {
  const flatten = (items: StandInMenu['items']): string[] =>
    items.flatMap((item) => [
      item.label ?? item.role ?? item.type ?? '',
      ...(Array.isArray(item.submenu) ? flatten(item.submenu as StandInMenu['items']) : []),
    ]);
  return menu ? flatten(menu.items) : [];
}

function mainWindow(): StandInBrowserWindow {
  const win = windows.find((candidate) => !candidate.destroyed);
  if (!win) throw new Error('There is no window');
  return win;
}

const commands: Record<string, (args: Record<string, unknown>) => unknown> = {
  ready: () => {
    isReady = true;
    record('--ready--');
    app.emit('ready', {}, {});
    readyResolve();
  },
  log: () => log,
  windows: () =>
    windows.map((win) => ({
      id: win.id,
      options: win.options,
      visible: win.visible,
      destroyed: win.destroyed,
      url: win.webContents.mainFrame.url,
      reloads: win.webContents.reloads,
      sentEvents: win.webContents.sent.length,
    })),
  call: async ({ method, input }) => {
    // The window may exist before its page (and the preload's window.hub) has loaded.
    const contents = mainWindow().webContents;
    if (contents.loading) await new Promise((resolve) => contents.once('did-finish-load', resolve));
    const world = worlds.get(contents) as { hub?: { call(m: unknown, i: unknown): Promise<unknown> } } | undefined;
    if (!world) throw new Error('The main window has no page loaded');
    if (!world.hub) throw new Error('The preload exposed no window.hub');
    return world.hub.call(method, input);
  },
  closeWindow: () => mainWindow().close(),
  setDirty: ({ dirty }) => {
    mainWindow().webContents.dirty = dirty === true;
  },
  navigate: ({ url, isMainFrame }) => {
    const contents = mainWindow().webContents;
    const prevented =
      emitPreventable(contents, 'will-frame-navigate', { url, isMainFrame }) ||
      emitPreventable(contents, 'will-navigate', { url });
    return { prevented };
  },
  openWindow: ({ url }) => {
    const handler = mainWindow().webContents.windowOpenHandler;
    if (!handler) throw new Error('No window-open handler was set');
    return handler({ url: String(url) });
  },
  crash: ({ reason }) => {
    mainWindow().webContents.emit('render-process-gone', {}, { reason, exitCode: 139 });
  },
  answerDialogs: ({ responses }) => {
    dialogAnswers.push(...(responses as number[]));
  },
  tray: () => ({
    count: trays.length,
    labels: menuLabels(trays.at(-1)?.menu ?? null),
    tooltip: trays.at(-1)?.tooltip,
  }),
  clickTray: ({ label }) => {
    const item = trays.at(-1)?.menu?.items.find((candidate) => candidate.label === label);
    if (!item?.click) throw new Error(`The tray menu has no "${String(label)}"`);
    item.click();
  },
  applicationMenu: () => menuLabels(applicationMenu),
  clickNotification: ({ title }) => {
    const shown = notifications.findLast((candidate) => candidate.options.title === title);
    if (!shown) throw new Error(`No notification "${String(title)}" was shown`);
    shown.emit('click');
  },
  /** The events the shell sent the page itself (not the core's), name and payload. */
  shellEvents: () =>
    mainWindow()
      .webContents.sent.filter((sent) => sent.args[0] === 'app.showUndelivered')
      .map((sent) => ({ event: sent.args[0], payload: sent.args[1] })),
  state: () => ({ quitting: app.quitting, windows: StandInBrowserWindow.getAllWindows().length }),
};

process.on('message', (message: { id: number; command: string; args?: Record<string, unknown> }) => {
  const run = commands[message.command];
  void Promise.resolve()
    .then(() => {
      if (!run) throw new Error(`Unknown command ${message.command}`);
      return run(message.args ?? {});
    })
    .then(
      (value) => process.send?.({ id: message.id, value }),
      (error: unknown) => process.send?.({ id: message.id, error: String(error) }),
    );
});
