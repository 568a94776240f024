import type { BrowserWindow, Rectangle } from 'electron';
import Store from 'electron-store';
import { restrictToOwner } from '../core/files/private-files';
import type { SavedWindowState } from './window-bounds';
import { parseSavedWindowState } from './window-bounds';

/** Reads and writes the remembered window placement, and what the window has told the operator. */
export interface WindowStateStorage {
  load(): SavedWindowState | undefined;
  save(state: SavedWindowState): void;
  /** Whether the operator has been told, once, that closing the window keeps the app running. */
  closeExplained(): boolean;
  markCloseExplained(): void;
}

/** The file (without `.json`) in the data folder that keeps the window placement. */
export const windowStateFileName = 'window-state';

/**
 * Window placement in `window-state.json` in the data folder, with the
 * "closing keeps it running" note already shown. Both are conveniences: a
 * corrupt or unwritable file never stops the app, it only means the window opens
 * at the default size (and the note may show again).
 */
export function openWindowStateStorage(dataDir: string): WindowStateStorage {
  let store: Store<Record<string, unknown>> | undefined;
  const open = (): Store<Record<string, unknown>> => {
    store ??= new Store<Record<string, unknown>>({
      cwd: dataDir,
      name: windowStateFileName,
      // Unlike the Hub settings, a corrupt placement file is worth nothing: start over.
      clearInvalidConfig: true,
      configFileMode: 0o600,
      accessPropertiesByDotNotation: false,
      watch: false,
    });
    return store;
  };
  const write = (values: Record<string, unknown>): void => {
    try {
      const opened = open();
      opened.set(values);
      restrictToOwner(opened.path);
    } catch {
      // Losing the placement is harmless; failing a close or a resize over it is not.
    }
  };
  return {
    load: () => {
      try {
        return parseSavedWindowState(open().store);
      } catch {
        return undefined;
      }
    },
    save: (state) => write({ bounds: state.bounds, maximized: state.maximized }),
    closeExplained: () => {
      try {
        return open().get('closeExplained') === true;
      } catch {
        return false;
      }
    },
    markCloseExplained: () => write({ closeExplained: true }),
  };
}

/** The window surface the tracker listens to. */
export type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized' | 'isDestroyed'>;

/** How long resizing or moving must pause before the placement is written. */
export const windowStateSaveDelayMs = 500;

/**
 * Saves the window's placement while the operator resizes or moves it (debounced,
 * so a drag does not write hundreds of times) and once more on close. Normal
 * bounds are saved even when maximized, so un-maximizing next time lands sensibly.
 */
export function trackWindowState(
  win: TrackedWindow,
  storage: WindowStateStorage,
  delayMs = windowStateSaveDelayMs,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const capture = (): void => {
    if (win.isDestroyed()) return;
    const bounds: Rectangle = win.getNormalBounds();
    storage.save({ bounds, maximized: win.isMaximized() });
  };
  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      capture();
    }, delayMs);
  };
  win.on('resize', schedule);
  win.on('move', schedule);
  win.on('maximize', schedule);
  win.on('unmaximize', schedule);
  win.on('close', () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    capture();
  });
}
