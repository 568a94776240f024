import type { BrowserWindowConstructorOptions } from 'electron';
import { BrowserWindow } from 'electron';
import type { InitialPlacement } from './window-bounds';
import { minimumWindowSize } from './window-bounds';

/** What the main window is built from. */
export interface MainWindowSpec {
  /** Absolute path of the built preload (`out/preload/index.cjs`). */
  preloadPath: string;
  placement: InitialPlacement;
  /** Developer tools only when run from source; the shipped app cannot open them at all. */
  devTools: boolean;
  /** Started at login: the window is built but stays hidden until opened from the tray. */
  hidden?: boolean;
}

/**
 * The main window's options. The renderer is treated as untrusted: isolated from
 * the preload, sandboxed, no Node, web security on, no `<webview>`; its only way
 * to the core is the preload's `hub.call`/`hub.on`.
 */
export function mainWindowOptions(spec: MainWindowSpec): BrowserWindowConstructorOptions {
  return {
    ...spec.placement.bounds,
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    title: 'Integration Hub',
    // Shown on `ready-to-show`, so the operator never sees an empty white frame.
    show: false,
    backgroundColor: '#f6f7f9',
    autoHideMenuBar: true,
    webPreferences: {
      preload: spec.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: spec.devTools,
    },
  };
}

/** Creates the main window and loads `entryUrl`; shown once its first paint is ready. */
export function createMainWindow(spec: MainWindowSpec, entryUrl: string): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(spec));
  if (spec.placement.maximized) win.maximize();
  if (!spec.hidden) win.once('ready-to-show', () => win.show());
  // A failed load is reported by `did-fail-load`; the rejection itself carries nothing more.
  win.loadURL(entryUrl).catch(() => undefined);
  return win;
}
