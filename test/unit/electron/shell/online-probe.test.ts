import { EventEmitter } from 'node:events';
import type { PowerMonitor } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOnlineProbe } from '../../../../electron/shell/online-probe';

let online = true;
const net = { isOnline: () => online };
let power: EventEmitter;

function probe() {
  // EventEmitter's `on`/`removeListener` stand in for powerMonitor's typed overloads.
  return createOnlineProbe(net, power as unknown as Pick<PowerMonitor, 'on' | 'removeListener'>, 5_000);
}

beforeEach(() => {
  vi.useFakeTimers();
  online = true;
  power = new EventEmitter();
});
afterEach(() => vi.useRealTimers());

describe('online probe', () => {
  it('reports net.isOnline() as it is now', () => {
    const connectivity = probe();
    expect(connectivity.isOnline()).toBe(true);
    online = false;
    expect(connectivity.isOnline()).toBe(false);
  });

  it('notifies watchers on a change found by polling, and only on a change', () => {
    const connectivity = probe();
    const onChange = vi.fn();
    connectivity.watch(onChange);
    vi.advanceTimersByTime(15_000);
    expect(onChange).not.toHaveBeenCalled();
    online = false;
    vi.advanceTimersByTime(5_000);
    expect(onChange).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(20_000);
    expect(onChange).toHaveBeenCalledTimes(1);
    online = true;
    vi.advanceTimersByTime(5_000);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('checks at once when the PC resumes from sleep', () => {
    const connectivity = probe();
    const onChange = vi.fn();
    connectivity.watch(onChange);
    online = false;
    power.emit('resume');
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops polling and listening once the last watcher leaves', () => {
    const connectivity = probe();
    const onChange = vi.fn();
    const stop = connectivity.watch(onChange);
    expect(power.listenerCount('resume')).toBe(1);
    stop();
    expect(power.listenerCount('resume')).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    online = false;
    vi.advanceTimersByTime(10_000);
    expect(onChange).not.toHaveBeenCalled();
  });
});
