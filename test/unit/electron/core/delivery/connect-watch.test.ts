import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchConnect, type WatchedSocket } from '../../../../../electron/core/delivery/connect-watch';

class FakeSocket extends EventEmitter implements WatchedSocket {
  constructor(public connecting: boolean) {
    super();
  }
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('watchConnect', () => {
  it('fires when a new socket has not connected in time', () => {
    const request = new EventEmitter();
    const onTimeout = vi.fn();
    watchConnect(request, 5_000, onTimeout);
    request.emit('socket', new FakeSocket(true));
    vi.advanceTimersByTime(4_999);
    expect(onTimeout).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onTimeout).toHaveBeenCalledOnce();
  });

  it('stands down once the socket connects', () => {
    const request = new EventEmitter();
    const socket = new FakeSocket(true);
    const onTimeout = vi.fn();
    watchConnect(request, 5_000, onTimeout);
    request.emit('socket', socket);
    vi.advanceTimersByTime(3_000);
    socket.emit('connect');
    vi.advanceTimersByTime(10_000);
    expect(onTimeout).not.toHaveBeenCalled();
  });

  it('does not time a reused, already connected keep-alive socket', () => {
    const request = new EventEmitter();
    const onTimeout = vi.fn();
    watchConnect(request, 1, onTimeout);
    request.emit('socket', new FakeSocket(false));
    vi.advanceTimersByTime(10_000);
    expect(onTimeout).not.toHaveBeenCalled();
  });

  it('is disarmed by its disposer and leaves no listeners behind', () => {
    const request = new EventEmitter();
    const socket = new FakeSocket(true);
    const onTimeout = vi.fn();
    const dispose = watchConnect(request, 5_000, onTimeout);
    request.emit('socket', socket);
    dispose();
    vi.advanceTimersByTime(10_000);
    expect(onTimeout).not.toHaveBeenCalled();
    expect(socket.listenerCount('connect')).toBe(0);
    expect(request.listenerCount('socket')).toBe(0);
  });
});
