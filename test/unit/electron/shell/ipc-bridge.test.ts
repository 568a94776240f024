import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { HubListener } from '../../../../electron/core/ports';
import { forwardHubEvents, registerHubIpc, sendToPage } from '../../../../electron/shell/ipc-bridge';
import { ipcChannels } from '../../../../shared/contract/hub-api';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

interface FakeFrame {
  url: string;
}

/** A main window whose webContents has a main frame and can host sub-frames. */
function fakeWindow(url = 'app://hub/index.html') {
  const mainFrame: FakeFrame = { url };
  const webContents = { mainFrame, send: vi.fn(), isDestroyed: () => false };
  const win = { webContents, isDestroyed: () => false };
  // Stand-in for the few BrowserWindow members the bridge reads.
  return { win: win as unknown as BrowserWindow, webContents, mainFrame };
}

function setup(isAppUrl = (url: string) => url.startsWith('app://hub/')) {
  let handler: Handler | undefined;
  const ipcMain = {
    handle: vi.fn((channel: string, fn: Handler) => {
      if (channel === ipcChannels.call) handler = fn;
    }),
    removeHandler: vi.fn(),
  };
  const hub = { call: vi.fn(() => Promise.resolve({ ok: true as const, value: 'from core' })) };
  const main = fakeWindow();
  registerHubIpc({ ipcMain, hub, getMainWindow: () => main.win, isAppUrl });
  const invoke = (sender: unknown, senderFrame: unknown, method: unknown, input: unknown): Promise<unknown> => {
    if (!handler) throw new Error('no handler registered');
    // The handler reads only sender and senderFrame from the IPC event.
    return handler({ sender, senderFrame } as unknown as IpcMainInvokeEvent, method, input);
  };
  return { ipcMain, hub, main, invoke };
}

describe('hub:call IPC handler', () => {
  it('forwards calls from the main frame of the app window to the core', async () => {
    const { hub, main, invoke } = setup();
    const result = await invoke(main.webContents, main.mainFrame, 'partners.list', { a: 1 });
    expect(result).toEqual({ ok: true, value: 'from core' });
    expect(hub.call).toHaveBeenCalledWith('partners.list', { a: 1 });
  });

  it('refuses a sub-frame of the app window without calling the core', async () => {
    const { hub, main, invoke } = setup();
    const subFrame: FakeFrame = { url: 'app://hub/index.html' };
    const result = await invoke(main.webContents, subFrame, 'partners.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(hub.call).not.toHaveBeenCalled();
  });

  it('refuses the app window once it shows another URL', async () => {
    const { hub, main, invoke } = setup();
    main.mainFrame.url = 'https://evil.example/';
    const result = await invoke(main.webContents, main.mainFrame, 'partners.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(hub.call).not.toHaveBeenCalled();
  });

  it('refuses another window, even one showing an app URL', async () => {
    const { hub, invoke } = setup();
    const other = fakeWindow();
    const result = await invoke(other.webContents, other.mainFrame, 'partners.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(hub.call).not.toHaveBeenCalled();
  });

  it('refuses a call whose frame is gone', async () => {
    const { hub, main, invoke } = setup();
    const result = await invoke(main.webContents, null, 'partners.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(hub.call).not.toHaveBeenCalled();
  });

  it('turns an unexpected rejection of the core into internal-error data', async () => {
    const { hub, main, invoke } = setup();
    hub.call.mockImplementationOnce(() => Promise.reject(new Error('boom')));
    const result = await invoke(main.webContents, main.mainFrame, 'partners.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('forwardHubEvents', () => {
  it('sends core events to live windows only and stops on unsubscribe', () => {
    let listener: HubListener | undefined;
    const unsubscribe = vi.fn();
    const hub = {
      subscribe: (fn: HubListener) => {
        listener = fn;
        return unsubscribe;
      },
    };
    const live = fakeWindow();
    const closed = fakeWindow();
    const closedWin = { ...closed.win, isDestroyed: () => true } as unknown as BrowserWindow;
    const stop = forwardHubEvents(hub, () => [live.win, closedWin]);
    listener?.('settings.changed', { scope: 'partners' });
    expect(live.webContents.send).toHaveBeenCalledWith(ipcChannels.event, 'settings.changed', { scope: 'partners' });
    expect(closed.webContents.send).not.toHaveBeenCalled();
    stop();
    expect(unsubscribe).toHaveBeenCalled();
  });
});

describe('sendToPage', () => {
  it('waits for a window still loading (just built from the tray) before it sends, so the app hears it', () => {
    let loading = true;
    const finished: (() => void)[] = [];
    const send = vi.fn();
    const webContents = {
      send,
      isDestroyed: () => false,
      isLoading: () => loading,
      once: (event: string, listener: () => void) => event === 'did-finish-load' && finished.push(listener),
    };
    const win = { webContents, isDestroyed: () => false } as unknown as BrowserWindow;

    sendToPage(win, 'app.showUndelivered', { destinationId: 'partner:a' });
    expect(send).not.toHaveBeenCalled();
    loading = false;
    finished.forEach((listener) => listener());
    expect(send).toHaveBeenCalledWith(ipcChannels.event, 'app.showUndelivered', { destinationId: 'partner:a' });

    sendToPage(win, 'app.showUndelivered', { destinationId: 'partner:b' });
    expect(send).toHaveBeenLastCalledWith(ipcChannels.event, 'app.showUndelivered', { destinationId: 'partner:b' });
    sendToPage(null, 'app.showUndelivered', { destinationId: 'partner:c' });
    expect(send).toHaveBeenCalledTimes(2);
  });
});
