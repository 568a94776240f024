import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { fail } from '../../shared/contract/errors';
import type { EventName, HubEvents } from '../../shared/contract/events';
import { ipcChannels } from '../../shared/contract/hub-api';
import type { Hub } from '../core/ports';

/** The parts of the sender the trust check looks at. */
export type HubCallSender = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/**
 * Only the app's own page may call the core: the main frame of the main window,
 * showing an app URL. A sub-frame, another window, or the main window after it
 * was somehow navigated elsewhere is refused.
 */
export function isTrustedHubSender(
  event: HubCallSender,
  mainWindow: Pick<BrowserWindow, 'webContents' | 'isDestroyed'> | null,
  isAppUrl: (url: string) => boolean,
): boolean {
  if (!mainWindow || mainWindow.isDestroyed()) return false;
  if (event.sender !== mainWindow.webContents) return false;
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  return isAppUrl(frame.url);
}

/** What the IPC bridge is wired to. */
export interface HubIpcOptions {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  hub: Pick<Hub, 'call'>;
  readonly getMainWindow: () => BrowserWindow | null;
  readonly isAppUrl: (url: string) => boolean;
}

/**
 * Routes `hub:call` to the core. Refusals and failures come back as Result data,
 * never as a rejected invoke, because IPC keeps only an Error's message. Returns
 * a function that removes the handler.
 */
export function registerHubIpc(options: HubIpcOptions): () => void {
  options.ipcMain.handle(ipcChannels.call, async (event, method: unknown, input: unknown) => {
    if (!isTrustedHubSender(event, options.getMainWindow(), options.isAppUrl)) {
      return fail('unauthorized', 'This page is not allowed to use the Integration Hub.');
    }
    try {
      return await options.hub.call(method, input);
    } catch {
      // Hub.call is specified never to reject; this keeps a bug there from becoming an IPC error.
      return fail('internal', 'The Integration Hub could not complete the request.');
    }
  });
  return () => options.ipcMain.removeHandler(ipcChannels.call);
}

/**
 * Pushes every core event to the app's live windows. A window that is closing or
 * crashed is skipped rather than sent to, which would throw.
 */
export function forwardHubEvents(hub: Pick<Hub, 'subscribe'>, getWindows: () => readonly BrowserWindow[]): () => void {
  return hub.subscribe((event, payload) => {
    for (const win of getWindows()) {
      if (win.isDestroyed() || win.webContents.isDestroyed()) continue;
      win.webContents.send(ipcChannels.event, event, payload);
    }
  });
}

/**
 * Sends the page one event of the shell's own, once the page can hear it: a window
 * just built (the app was in the tray) is still loading, and an event sent before
 * the app subscribed would be lost.
 */
export function sendToPage<E extends EventName>(win: BrowserWindow | null, event: E, payload: HubEvents[E]): void {
  if (!win || win.isDestroyed() || win.webContents.isDestroyed()) return;
  const send = (): void => win.webContents.send(ipcChannels.event, event, payload);
  if (win.webContents.isLoading()) win.webContents.once('did-finish-load', send);
  else send();
}
