import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from '../../../../renderer/src/store/throttle';

describe('throttle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs at once, then folds a burst into one trailing run per period', () => {
    const run = vi.fn();
    const throttled = throttle(run, 2_000);
    throttled();
    expect(run).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 50; i++) throttled();
    vi.advanceTimersByTime(1_999);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(10_000);
    expect(run).toHaveBeenCalledTimes(2);
    throttled();
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('drops a pending run when cancelled', () => {
    const run = vi.fn();
    const throttled = throttle(run, 2_000);
    throttled();
    throttled();
    throttled.cancel();
    vi.advanceTimersByTime(5_000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
