import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import {
  Notification,
  app,
  dialog,
  ipcMain,
  net,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import { resolveDataDir } from '../core/data-dir';
import { ensurePrivateDir } from '../core/files/private-files';
import { createHub } from '../core/hub';
import type { Hub } from '../core/ports';
import { notifyDeliveryAlerts } from './alert-notifier';
import { registerAppScheme, serveAppScheme } from './app-protocol';
import { resolveAppLocation } from './app-url';
import { closeHubOnQuit } from './close-hub-on-quit';
import { createMainWindow } from './create-main-window';
import { openElectronStoreBackend } from './electron-store-backend';
import { forwardHubEvents, registerHubIpc } from './ipc-bridge';
import { guardWebContents, isExternalWebUrl } from './navigation-guard';
import { createOnlineProbe } from './online-probe';
import { denyWebPermissions } from './permissions';
import { createSafeStorageCipher } from './safe-storage-cipher';
import { initialPlacement } from './window-bounds';
import { openWindowStateStorage, trackWindowState } from './window-state';

/** What the shell is started with; `main.ts` passes the real process values. */
export interface ShellStartOptions {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  /** The folder of the built main bundle (`out/main`); preload and renderer sit beside it. */
  builtDir: string;
}

function reportError(error: unknown): void {
  console.error('[integration-hub]', error);
}

function bringToFront(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

/**
 * Wires the desktop app: one instance per data folder, the locked-down window on
 * `app://hub/`, the IPC bridge to the core, and an orderly shutdown. Everything
 * that matters lives in the small modules it composes.
 */
export function startShell(options: ShellStartOptions): void {
  const dataDir = resolveDataDir(options.argv, options.env);
  try {
    // The instance lock file lives there, so the folder must exist first (owner-only: it holds secrets).
    ensurePrivateDir(dataDir);
  } catch (error) {
    // Not fatal here: the hub reports an unusable data folder in words once the app is ready.
    reportError(error);
  }
  // Before `ready` and before the lock: the lock lives in userData, so each data folder gets its own instance.
  app.setPath('userData', dataDir);
  // Chromium's caches go in a subfolder so the data folder stays readable to a person.
  app.setPath('sessionData', join(dataDir, 'electron-session'));
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme(protocol);

  const location = resolveAppLocation({ isPackaged: app.isPackaged, devServerUrl: options.env.ELECTRON_RENDERER_URL });
  const windowState = openWindowStateStorage(dataDir);
  let mainWindow: BrowserWindow | null = null;
  let hub: Hub | undefined;

  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, {
      isAppUrl: location.isAppUrl,
      openExternal: (url) => {
        if (isExternalWebUrl(url)) shell.openExternal(url).catch(reportError);
      },
    });
  });
  app.on('second-instance', () => bringToFront(mainWindow));

  const openMainWindow = (): void => {
    const placement = initialPlacement(
      windowState.load(),
      screen.getAllDisplays().map((display) => display.workArea),
    );
    const win = createMainWindow(
      { preloadPath: join(options.builtDir, '../preload/index.cjs'), placement },
      location.entryUrl,
    );
    trackWindowState(win, windowState);
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    mainWindow = win;
  };

  const ready = async (): Promise<void> => {
    denyWebPermissions(session.defaultSession, location.isAppUrl);
    serveAppScheme(protocol, join(options.builtDir, '../renderer'));
    hub = await createHub({
      dataDir,
      mode: 'electron',
      appVersion: app.getVersion(),
      // safeStorage and net answer correctly only once the app is ready.
      cipher: await createSafeStorageCipher(safeStorage),
      openSettings: openElectronStoreBackend,
      connectivity: createOnlineProbe(net, powerMonitor),
    });
    registerHubIpc({ ipcMain, hub, getMainWindow: () => mainWindow, isAppUrl: location.isAppUrl });
    forwardHubEvents(hub, () => (mainWindow ? [mainWindow] : []));
    notifyDeliveryAlerts(hub, {
      isSupported: () => Notification.isSupported(),
      show: (title, body) => new Notification({ title, body }).show(),
    });
    openMainWindow();
  };

  app
    .whenReady()
    .then(ready)
    .catch((error: unknown) => {
      reportError(error);
      const reason = error instanceof Error ? error.message : String(error);
      dialog.showErrorBox('Integration Hub could not start', `${reason}\n\nData folder: ${dataDir}`);
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    // macOS apps stay running without windows until the operator quits them.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (hub && !mainWindow) openMainWindow();
  });
  closeHubOnQuit(app, () => hub, reportError);
}
