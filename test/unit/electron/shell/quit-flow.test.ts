import { EventEmitter } from 'node:events';
import type { App } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { manageQuit, queuedQuitQuestion } from '../../../../electron/shell/quit-flow';

/** An app whose `before-quit` / `will-quit` the test emits, reporting whether they were prevented. */
function fakeApp() {
  const emitter = new EventEmitter();
  const quit = vi.fn();
  // EventEmitter's `on` stands in for App's typed overloads.
  const app = Object.assign(emitter, { quit }) as unknown as Pick<App, 'on' | 'quit'>;
  const emit = (name: 'before-quit' | 'will-quit'): boolean => {
    const preventDefault = vi.fn();
    emitter.emit(name, { preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { app, quit, emit };
}

function flow(overrides: Partial<Parameters<typeof manageQuit>[0]> = {}) {
  const fake = fakeApp();
  const hub = { close: vi.fn(() => Promise.resolve()) };
  const confirmQuit = vi.fn(() => Promise.resolve(true));
  const quitFlow = manageQuit({
    app: fake.app,
    getHub: () => hub,
    queued: () => Promise.resolve(0),
    confirmQuit,
    onError: vi.fn(),
    ...overrides,
  });
  return { ...fake, hub, confirmQuit, quitFlow };
}

afterEach(() => vi.useRealTimers());

describe('quitting', () => {
  it('closes the core only after the windows are gone (will-quit), once, then quits for real', async () => {
    const { emit, hub, quit, quitFlow } = flow();
    expect(emit('before-quit')).toBe(false);
    expect(quitFlow.quitting).toBe(true);
    // Windows are closing now: the core must still be open for them.
    expect(hub.close).not.toHaveBeenCalled();

    expect(emit('will-quit')).toBe(true);
    expect(emit('will-quit')).toBe(true);
    expect(hub.close).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
    // The quit that follows the close goes through.
    expect(emit('will-quit')).toBe(false);
    expect(hub.close).toHaveBeenCalledTimes(1);
  });

  it('lets a quit the operator cancelled (Stay on unsaved changes) end the quitting state', () => {
    const { emit, quitFlow } = flow();
    emit('before-quit');
    quitFlow.cancelled();
    expect(quitFlow.quitting).toBe(false);
  });

  it('does not hold the quit when there is no core yet', () => {
    const { emit } = flow({ getHub: () => undefined });
    expect(emit('will-quit')).toBe(false);
  });

  it('still quits when closing fails or hangs', async () => {
    vi.useFakeTimers();
    const onError = vi.fn();
    const failing = flow({ getHub: () => ({ close: () => Promise.reject(new Error('disk gone')) }), onError });
    failing.emit('will-quit');
    await vi.waitFor(() => expect(failing.quit).toHaveBeenCalledTimes(1));
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk gone' }));

    const hanging = flow({ getHub: () => ({ close: () => new Promise<void>(() => undefined) }), timeoutMs: 1_000 });
    hanging.emit('will-quit');
    await vi.advanceTimersByTimeAsync(999);
    expect(hanging.quit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(hanging.quit).toHaveBeenCalledTimes(1);
  });

  it('asks before an explicit Quit with webhooks queued, and stays when told to', async () => {
    const keep = flow({ queued: () => Promise.resolve(3), confirmQuit: vi.fn(() => Promise.resolve(false)) });
    await keep.quitFlow.requestQuit();
    expect(keep.quit).not.toHaveBeenCalled();

    const go = flow({ queued: () => Promise.resolve(3) });
    await go.quitFlow.requestQuit();
    expect(go.confirmQuit).toHaveBeenCalledWith(3);
    expect(go.quit).toHaveBeenCalledTimes(1);
  });

  it('quits without asking when nothing is queued', async () => {
    const { quitFlow, confirmQuit, quit } = flow();
    await quitFlow.requestQuit();
    expect(confirmQuit).not.toHaveBeenCalled();
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('words the question in the operator’s terms', () => {
    expect(queuedQuitQuestion(1)).toBe(
      '1 webhook is still queued; it will be sent the next time Integration Hub starts.',
    );
    expect(queuedQuitQuestion(1200)).toBe(
      '1,200 webhooks are still queued; they will be sent the next time Integration Hub starts.',
    );
  });
});
