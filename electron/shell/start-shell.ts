/// <reference types="electron-vite/node" />
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  Menu,
  Notification,
  Tray,
  app,
  dialog,
  ipcMain,
  nativeImage,
  net,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import trayIconPath from '../../build/tray-icon.png?asset';
import type { SystemStatus } from '../../shared/domain/app-info';
import { dataDirEnvVar, dataDirFromArgs, resolveDataDir } from '../core/data-dir';
import { ensurePrivateDir } from '../core/files/private-files';
import { resultsWriterFile } from '../core/engine/threaded-recorder';
import { createHub } from '../core/hub';
import { wantsSamplePartner } from '../core/launch-flags';
import type { Hub } from '../core/ports';
import { watchLauncher } from '../core/system/launcher-watch';
import { notifyDeliveryAlerts } from './alert-notifier';
import { notifyLateOrders } from './late-order-notifier';
import { createDesktopNotifier } from './desktop-notifier';
import { appUserModelId } from './app-identity';
import { appMenuTemplate } from './app-menu';
import { registerAppScheme, serveAppScheme } from './app-protocol';
import { resolveAppLocation } from './app-url';
import { createMainWindow } from './create-main-window';
import { openElectronStoreBackend } from './electron-store-backend';
import { forwardHubEvents, registerHubIpc, sendToPage } from './ipc-bridge';
import { applyStartAtLogin, followStartAtLogin, launchCommand, startHiddenFlag } from './login-item';
import { createMainWindowController } from './main-window-controller';
import { guardWebContents, isExternalWebUrl } from './navigation-guard';
import { createOnlineProbe } from './online-probe';
import { denyWebPermissions } from './permissions';
import { manageQuit, queuedQuitQuestion } from './quit-flow';
import { createSafeStorageCipher } from './safe-storage-cipher';
import { showStatusTray } from './status-tray';
import { leavePromptOptions } from './unload-prompt';
import { initialPlacement } from './window-bounds';
import { openWindowStateStorage } from './window-state';

/** What the shell is started with; `main.ts` passes the real process values. */
export interface ShellStartOptions {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  /** The folder of the built main bundle (`out/main`); preload and renderer sit beside it. */
  builtDir: string;
  platform?: NodeJS.Platform;
}

function reportError(error: unknown): void {
  console.error('[integration-hub]', error);
}

const notifier = createDesktopNotifier(
  () => Notification.isSupported(),
  (options) => new Notification(options),
);
const notify = (title: string, body: string): void => notifier.show(title, body);

/** The tray icon; the macOS menu bar wants 16 pt. */
function trayIcon(platform: NodeJS.Platform): Electron.NativeImage {
  const image = nativeImage.createFromPath(trayIconPath);
  return platform === 'darwin' ? image.resize({ width: 16, height: 16 }) : image;
}

/**
 * Wires the desktop app: one instance per data folder, the locked-down window on
 * `app://hub/`, the IPC bridge to the core, the tray icon the app lives in while
 * its window is closed, and an orderly quit. Everything that matters lives in
 * the small modules it composes.
 */
export function startShell(options: ShellStartOptions): void {
  const platform = options.platform ?? process.platform;
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
  // Electron offers it on Windows only, where notifications need it (before any window or notification).
  if (typeof app.setAppUserModelId === 'function') app.setAppUserModelId(appUserModelId);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Started by `npm start`: quit when it ends, even by SIGKILL. (The data folder's own lock,
  // shared with browser mode, is taken by createHub below.)
  watchLauncher(options.env, () => app.quit());
  registerAppScheme(protocol);

  const location = resolveAppLocation({ isPackaged: app.isPackaged, devServerUrl: options.env.ELECTRON_RENDERER_URL });
  const windowState = openWindowStateStorage(dataDir);
  let hub: Hub | undefined;

  const quit = manageQuit({
    app,
    getHub: () => hub,
    queued: async () => {
      const status = await hub?.call('system.status', {});
      return status?.ok ? (status.value as SystemStatus).queued : 0;
    },
    confirmQuit: async (count) => {
      const parent = windows.current?.isVisible() ? windows.current : undefined;
      const question = {
        type: 'warning' as const,
        buttons: ['Quit', 'Keep running'],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
        title: 'Quit Integration Hub?',
        message: queuedQuitQuestion(count),
        detail: 'To send them now, keep Integration Hub running; it works in the background with its window closed.',
      };
      const { response } = parent
        ? await dialog.showMessageBox(parent, question)
        : await dialog.showMessageBox(question);
      return response === 0;
    },
    onError: reportError,
  });

  const windows = createMainWindowController({
    create: () =>
      createMainWindow(
        {
          preloadPath: join(options.builtDir, '../preload/index.cjs'),
          placement: initialPlacement(
            windowState.load(),
            screen.getAllDisplays().map((display) => display.workArea),
          ),
          devTools: !app.isPackaged,
        },
        location.entryUrl,
      ),
    entryUrl: location.entryUrl,
    windowState,
    quit,
    platform,
    askLeave: (win) => dialog.showMessageBoxSync(win, leavePromptOptions),
    notify,
    notice: (message) => hub?.postNotice('warning', message),
  });

  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, {
      isAppUrl: location.isAppUrl,
      openExternal: (url) => {
        if (isExternalWebUrl(url)) shell.openExternal(url).catch(reportError);
      },
    });
  });
  app.on('second-instance', () => {
    if (hub) windows.show();
  });
  app.on('window-all-closed', () => {
    // Deliberately nothing: without this handler Electron quits, and deliveries would
    // stop. The app lives in the tray until Quit (the window only hides anyway).
  });
  app.on('activate', () => {
    if (hub) windows.show();
  });

  const ready = async (): Promise<void> => {
    denyWebPermissions(session.defaultSession, location.isAppUrl);
    serveAppScheme(protocol, join(options.builtDir, '../renderer'));
    const opened = await createHub({
      dataDir,
      mode: 'electron',
      appVersion: app.getVersion(),
      // safeStorage and net answer correctly only once the app is ready.
      cipher: await createSafeStorageCipher(safeStorage, platform),
      openSettings: openElectronStoreBackend,
      connectivity: createOnlineProbe(net, powerMonitor),
      samplePartner: wantsSamplePartner(options.argv),
      desktop: { startAtLogin: app.isPackaged },
      // Built beside this bundle (electron.vite.config.ts); Electron loads a worker's script from inside app.asar.
      resultsWriter: { url: pathToFileURL(join(options.builtDir, resultsWriterFile)) },
    });
    hub = opened;
    registerHubIpc({ ipcMain, hub: opened, getMainWindow: () => windows.current, isAppUrl: location.isAppUrl });
    forwardHubEvents(opened, () => (windows.current ? [windows.current] : []));
    notifyDeliveryAlerts(opened, notifier, (destinationId) => {
      windows.show();
      if (destinationId) sendToPage(windows.current, 'app.showUndelivered', { destinationId });
    });
    notifyLateOrders(opened, notifier, (deliveryId) => {
      windows.show();
      sendToPage(windows.current, 'app.showDelivery', { deliveryId });
    });
    const requestQuit = (): void => void quit.requestQuit();
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(appMenuTemplate({ platform, developerTools: !app.isPackaged, quit: requestQuit })),
    );
    try {
      showStatusTray(opened, {
        createTray: () => new Tray(trayIcon(platform)),
        buildMenu: (template) => Menu.buildFromTemplate(template),
        open: () => windows.show(),
        quit: requestQuit,
      });
    } catch (error) {
      // A desktop without a tray still has the window; starting the app again brings it back.
      reportError(error);
    }
    const launch = launchCommand({
      isPackaged: app.isPackaged,
      execPath: process.execPath,
      appPath: app.getAppPath(),
      env: options.env,
      chosenDataDir: (dataDirFromArgs(options.argv) ?? options.env[dataDirEnvVar]) ? dataDir : undefined,
    });
    followStartAtLogin(
      opened,
      (enabled) =>
        applyStartAtLogin(enabled, {
          platform,
          app,
          launch,
          autostartDir: join(options.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'autostart'),
        }),
      (error) => {
        reportError(error);
        opened.postNotice('warning', `Integration Hub could not change whether it starts at login: ${String(error)}`);
      },
    );
    // Linux and macOS announce a shutdown: quit properly (the database closed) rather than be
    // killed. Electron passes the event to prevent (electron_api_power_monitor.cc), though its
    // typings declare no argument, hence the plain EventEmitter view.
    const shutdowns: NodeJS.EventEmitter = powerMonitor;
    shutdowns.on('shutdown', (event: Electron.Event) => {
      event.preventDefault();
      app.quit();
    });
    // Started at login: only the tray icon, until the operator opens the window.
    if (!options.argv.includes(startHiddenFlag)) windows.show();
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
}
