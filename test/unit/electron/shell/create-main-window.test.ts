import type { BrowserWindowConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const created: {
    options: BrowserWindowConstructorOptions;
    loadURL: ReturnType<typeof vi.fn>;
    maximize: ReturnType<typeof vi.fn>;
    once: ReturnType<typeof vi.fn>;
  }[] = [];
  class BrowserWindow {
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly maximize = vi.fn();
    readonly once = vi.fn();
    readonly show = vi.fn();
    constructor(readonly options: BrowserWindowConstructorOptions) {
      created.push(this);
    }
  }
  return { created, BrowserWindow };
});

vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow }));

const { createMainWindow, mainWindowOptions } = await import('../../../../electron/shell/create-main-window');

const spec = {
  preloadPath: '/app/out/preload/index.cjs',
  placement: { bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: false },
  devTools: false,
};

describe('main window', () => {
  beforeEach(() => {
    electron.created.length = 0;
  });

  it('isolates and sandboxes the renderer, with no Node and web security on', () => {
    createMainWindow(spec, 'app://hub/index.html');
    expect(electron.created).toHaveLength(1);
    const prefs = electron.created[0]?.options.webPreferences;
    expect(prefs?.contextIsolation).toBe(true);
    expect(prefs?.sandbox).toBe(true);
    expect(prefs?.nodeIntegration).toBe(false);
    expect(prefs?.nodeIntegrationInWorker).toBe(false);
    expect(prefs?.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs?.webSecurity).toBe(true);
    expect(prefs?.webviewTag).toBe(false);
    expect(prefs?.allowRunningInsecureContent).toBe(false);
    expect(prefs?.preload).toMatch(/preload[/\\]index\.cjs$/);
  });

  it('opens at the placement it is given and loads the entry URL', () => {
    createMainWindow(spec, 'app://hub/index.html');
    const win = electron.created[0];
    expect(win?.options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, show: false });
    expect(win?.loadURL).toHaveBeenCalledWith('app://hub/index.html');
    expect(win?.maximize).not.toHaveBeenCalled();
  });

  it('offers developer tools only when told to (run from source)', () => {
    expect(mainWindowOptions(spec).webPreferences?.devTools).toBe(false);
    expect(mainWindowOptions({ ...spec, devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('shows itself once painted, unless started hidden (at login)', () => {
    createMainWindow(spec, 'app://hub/index.html');
    createMainWindow({ ...spec, hidden: true }, 'app://hub/index.html');
    expect(electron.created[0]?.once).toHaveBeenCalledWith('ready-to-show', expect.any(Function));
    expect(electron.created[1]?.once).not.toHaveBeenCalled();
  });

  it('maximizes when it was maximized last time', () => {
    createMainWindow({ ...spec, placement: { ...spec.placement, maximized: true } }, 'app://hub/index.html');
    expect(electron.created[0]?.maximize).toHaveBeenCalled();
  });

  it('never enables Node, whatever the placement', () => {
    const options = mainWindowOptions({ ...spec, placement: { bounds: { width: 900, height: 600 }, maximized: true } });
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });
});
