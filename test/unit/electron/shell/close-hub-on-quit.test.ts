import { EventEmitter } from 'node:events';
import type { App } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeHubOnQuit } from '../../../../electron/shell/close-hub-on-quit';

function fakeApp() {
  const emitter = new EventEmitter();
  const quit = vi.fn();
  // EventEmitter's `on` stands in for App's typed overloads.
  const app = Object.assign(emitter, { quit }) as unknown as Pick<App, 'on' | 'quit'>;
  const beforeQuit = (): boolean => {
    const preventDefault = vi.fn();
    emitter.emit('before-quit', { preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { app, quit, beforeQuit };
}

afterEach(() => vi.useRealTimers());

describe('closeHubOnQuit', () => {
  it('holds the quit, closes the hub once, then quits for real', async () => {
    const { app, quit, beforeQuit } = fakeApp();
    let finishClose: () => void = () => undefined;
    const hub = { close: vi.fn(() => new Promise<void>((resolve) => (finishClose = resolve))) };
    closeHubOnQuit(app, () => hub, vi.fn());

    expect(beforeQuit()).toBe(true);
    expect(beforeQuit()).toBe(true);
    expect(hub.close).toHaveBeenCalledTimes(1);
    expect(quit).not.toHaveBeenCalled();

    finishClose();
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
    // The quit that follows the close goes through.
    expect(beforeQuit()).toBe(false);
    expect(hub.close).toHaveBeenCalledTimes(1);
  });

  it('does not hold the quit when there is no hub yet', () => {
    const { app, beforeQuit } = fakeApp();
    closeHubOnQuit(app, () => undefined, vi.fn());
    expect(beforeQuit()).toBe(false);
  });

  it('still quits when closing fails or hangs', async () => {
    vi.useFakeTimers();
    const failing = fakeApp();
    const onError = vi.fn();
    closeHubOnQuit(failing.app, () => ({ close: () => Promise.reject(new Error('disk gone')) }), onError, 1_000);
    failing.beforeQuit();
    await vi.waitFor(() => expect(failing.quit).toHaveBeenCalledTimes(1));
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk gone' }));

    const hanging = fakeApp();
    closeHubOnQuit(hanging.app, () => ({ close: () => new Promise<void>(() => undefined) }), vi.fn(), 1_000);
    hanging.beforeQuit();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(hanging.quit).toHaveBeenCalledTimes(1);
  });
});
