import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { hideOnClose, keepsRunningNotification, type HideableWindow } from '../../../../electron/shell/close-to-tray';

class FakeWindow extends EventEmitter {
  fullScreen = false;
  readonly hide = vi.fn();
  readonly setFullScreen = vi.fn((on: boolean) => {
    this.fullScreen = on;
    if (!on) this.emit('leave-full-screen');
  });
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  /** Emits `close` as Electron does, reporting whether it was prevented. */
  close(): boolean {
    const preventDefault = vi.fn();
    this.emit('close', { preventDefault });
    return preventDefault.mock.calls.length > 0;
  }
}

function setUp(quitting = false) {
  const win = new FakeWindow();
  const onHidden = vi.fn();
  let isQuitting = quitting;
  // EventEmitter stands in for BrowserWindow's typed `on` / `once`.
  hideOnClose(win as unknown as HideableWindow, () => isQuitting, onHidden);
  return { win, onHidden, quit: () => (isQuitting = true) };
}

describe('closing the window', () => {
  it('hides it instead of closing, so deliveries go on', () => {
    const { win, onHidden } = setUp();
    expect(win.close()).toBe(true);
    expect(win.hide).toHaveBeenCalledTimes(1);
    expect(onHidden).toHaveBeenCalledTimes(1);
  });

  it('lets it close while the app quits', () => {
    const { win, onHidden, quit } = setUp();
    quit();
    expect(win.close()).toBe(false);
    expect(win.hide).not.toHaveBeenCalled();
    expect(onHidden).not.toHaveBeenCalled();
  });

  it('leaves full screen before hiding (macOS would show an empty black screen)', () => {
    const { win } = setUp();
    win.fullScreen = true;
    win.close();
    expect(win.setFullScreen).toHaveBeenCalledWith(false);
    expect(win.hide).toHaveBeenCalledTimes(1);
  });

  it('says where the icon is on each desktop', () => {
    expect(keepsRunningNotification('darwin').body).toContain('menu bar');
    expect(keepsRunningNotification('win32').body).toContain('notification area');
    expect(keepsRunningNotification('linux').body).toContain('system tray');
    expect(keepsRunningNotification('linux').title).toBe('Integration Hub is still running');
  });
});
