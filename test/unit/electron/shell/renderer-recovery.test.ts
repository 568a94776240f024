import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { maxReloads, recoverRenderer, windowMs } from '../../../../electron/shell/renderer-recovery';

function setUp() {
  const contents = new EventEmitter();
  let now = 0;
  let wanted = true;
  const timers: (() => void)[] = [];
  const actions = {
    reloadPage: vi.fn(),
    loadEntry: vi.fn(),
    notice: vi.fn<(message: string) => void>(),
    wanted: () => wanted,
    now: () => now,
    setTimer: (run: () => void) => void timers.push(run),
  };
  // EventEmitter stands in for WebContents' typed `on`.
  recoverRenderer(contents as unknown as Pick<WebContents, 'on'>, actions);
  return {
    actions,
    crash: (reason = 'crashed') => contents.emit('render-process-gone', {}, { reason, exitCode: 139 }),
    failLoad: (code = -6, isMainFrame = true) =>
      contents.emit('did-fail-load', {}, code, 'ERR_FILE_NOT_FOUND', 'app://hub/index.html', isMainFrame),
    runTimers: () => timers.splice(0).forEach((run) => run()),
    advance: (ms: number) => (now += ms),
    stopWanting: () => (wanted = false),
  };
}

describe('a crashed or failed window', () => {
  it('reloads after a renderer crash, with a notice that deliveries went on', () => {
    const { actions, crash } = setUp();
    crash('oom');
    expect(actions.reloadPage).toHaveBeenCalledTimes(1);
    expect(actions.notice).toHaveBeenCalledWith(
      expect.stringMatching(/stopped unexpectedly \(oom\).*Deliveries were not affected/),
    );
  });

  it('loads the entry page again after a failed load, after a pause', () => {
    const { actions, failLoad, runTimers } = setUp();
    failLoad();
    expect(actions.loadEntry).not.toHaveBeenCalled();
    runTimers();
    expect(actions.loadEntry).toHaveBeenCalledTimes(1);
    expect(actions.notice).toHaveBeenCalledWith(expect.stringContaining('could not load (ERR_FILE_NOT_FOUND)'));
  });

  it('ignores aborted loads (a newer navigation, or Stay on unsaved changes), sub-frames and clean exits', () => {
    const { actions, failLoad, crash, runTimers } = setUp();
    failLoad(-3);
    failLoad(-6, false);
    crash('clean-exit');
    runTimers();
    expect(actions.loadEntry).not.toHaveBeenCalled();
    expect(actions.reloadPage).not.toHaveBeenCalled();
    expect(actions.notice).not.toHaveBeenCalled();
  });

  it('does nothing while the app quits', () => {
    const { actions, crash, stopWanting } = setUp();
    stopWanting();
    crash();
    expect(actions.reloadPage).not.toHaveBeenCalled();
  });

  it('gives up, and says so, when the page keeps crashing', () => {
    const { actions, crash, advance } = setUp();
    for (let i = 0; i < maxReloads + 2; i++) crash();
    expect(actions.reloadPage).toHaveBeenCalledTimes(maxReloads);
    expect(actions.notice).toHaveBeenLastCalledWith(expect.stringContaining('no longer reloaded automatically'));
    advance(windowMs);
    crash();
    expect(actions.reloadPage).toHaveBeenCalledTimes(maxReloads + 1);
  });
});
