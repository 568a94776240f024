import { describe, expect, it, vi } from 'vitest';
import { launcherPidEnvVar, watchLauncher } from '../../../../../electron/core/system/launcher-watch';

const env = (pid: number): NodeJS.ProcessEnv => ({ [launcherPidEnvVar]: String(pid) });

describe('watching the launcher', () => {
  it('calls back once when the process is re-parented (Linux, macOS: the launcher was killed)', () => {
    vi.useFakeTimers();
    let parent = 4242;
    const gone = vi.fn();
    watchLauncher(env(4242), gone, { parentPid: () => parent, isAlive: () => true, intervalMs: 100 });
    vi.advanceTimersByTime(300);
    expect(gone).not.toHaveBeenCalled();
    parent = 1;
    vi.advanceTimersByTime(300);
    expect(gone).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('calls back when the launcher no longer exists though the parent id is unchanged (Windows)', () => {
    vi.useFakeTimers();
    const gone = vi.fn();
    let alive = true;
    watchLauncher(env(4242), gone, { parentPid: () => 4242, isAlive: () => alive, intervalMs: 100 });
    alive = false;
    vi.advanceTimersByTime(100);
    expect(gone).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('does nothing for a hub started without the launcher', () => {
    vi.useFakeTimers();
    const gone = vi.fn();
    watchLauncher({}, gone, { parentPid: () => 1, isAlive: () => false, intervalMs: 100 });
    vi.advanceTimersByTime(1_000);
    expect(gone).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});
