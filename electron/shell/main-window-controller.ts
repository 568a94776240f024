import type { BrowserWindow } from 'electron';
import { hideOnClose, keepsRunningNotification } from './close-to-tray';
import type { QuitFlow } from './quit-flow';
import { recoverRenderer } from './renderer-recovery';
import { askBeforeLeaving } from './unload-prompt';
import { trackWindowState, type WindowStateStorage } from './window-state';

export interface MainWindowControllerDeps {
  /** Builds the window and starts loading the app into it. */
  create(): BrowserWindow;
  /** The app's entry page, loaded again after a failed load. */
  entryUrl: string;
  windowState: WindowStateStorage;
  quit: Pick<QuitFlow, 'quitting' | 'cancelled'>;
  platform: NodeJS.Platform;
  /** Asks "Leave without saving?" natively; returns the button chosen (see `leavePromptOptions`). */
  askLeave(win: BrowserWindow): number;
  /** A desktop notification. */
  notify(title: string, body: string): void;
  /** A notice in the app (through the core, so it is there once the page is back). */
  notice(message: string): void;
}

/** The main window as the rest of the shell sees it. */
export interface MainWindowController {
  /** The window, hidden or shown; null before the first is built or after it was destroyed. */
  readonly current: BrowserWindow | null;
  /** Shows the window, building it first when there is none (the app started at login, hidden). */
  show(): void;
}

function bringToFront(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

/**
 * The one main window and what it does besides showing the app: closing hides it
 * (deliveries go on; the first time a notification says so), leaving a page with
 * unsaved changes asks natively, a crashed or failed page reloads with a notice,
 * and its placement is remembered.
 */
export function createMainWindowController(deps: MainWindowControllerDeps): MainWindowController {
  let current: BrowserWindow | null = null;

  const build = (): BrowserWindow => {
    const win = deps.create();
    trackWindowState(win, deps.windowState);
    hideOnClose(
      win,
      () => deps.quit.quitting,
      () => {
        if (deps.windowState.closeExplained()) return;
        deps.windowState.markCloseExplained();
        const { title, body } = keepsRunningNotification(deps.platform);
        deps.notify(title, body);
      },
    );
    askBeforeLeaving(
      win.webContents,
      () => {
        // During a quit the window may be hidden in the tray: the question needs its page in view.
        bringToFront(win);
        return deps.askLeave(win);
      },
      () => deps.quit.cancelled(),
    );
    recoverRenderer(win.webContents, {
      reloadPage: () => win.webContents.reload(),
      loadEntry: () => void win.loadURL(deps.entryUrl).catch(() => undefined),
      notice: (message) => deps.notice(message),
      wanted: () => !deps.quit.quitting && !win.isDestroyed(),
    });
    win.on('closed', () => {
      if (current === win) current = null;
    });
    current = win;
    return win;
  };

  return {
    get current() {
      return current;
    },
    show() {
      // A new window shows itself once painted; an existing one (hidden in the tray) comes back at once.
      if (current && !current.isDestroyed()) bringToFront(current);
      else build();
    },
  };
}
