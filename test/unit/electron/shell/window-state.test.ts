import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Rectangle } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SavedWindowState } from '../../../../electron/shell/window-bounds';
import type { TrackedWindow, WindowStateStorage } from '../../../../electron/shell/window-state';

vi.mock('electron-store', async () => ({ default: (await import('./fake-electron-store')).FakeElectronStore }));

const { openWindowStateStorage, trackWindowState } = await import('../../../../electron/shell/window-state');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hub-window-'));
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

describe('window state storage', () => {
  it('saves to window-state.json in the data folder and loads it back', () => {
    const state = { bounds: { x: 5, y: 6, width: 1000, height: 700 }, maximized: true };
    openWindowStateStorage(dir).save(state);
    expect(JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8'))).toEqual(state);
    expect(openWindowStateStorage(dir).load()).toEqual(state);
  });

  it('remembers that closing-keeps-running was explained, alongside the placement', () => {
    const state = { bounds: { x: 5, y: 6, width: 1000, height: 700 }, maximized: false };
    const storage = openWindowStateStorage(dir);
    expect(storage.closeExplained()).toBe(false);
    storage.markCloseExplained();
    storage.save(state);
    const again = openWindowStateStorage(dir);
    expect(again.closeExplained()).toBe(true);
    expect(again.load()).toEqual(state);
  });

  it('loads nothing, and does not throw, from a corrupt or odd file', () => {
    writeFileSync(join(dir, 'window-state.json'), '{ broken');
    expect(openWindowStateStorage(dir).load()).toBeUndefined();
    writeFileSync(join(dir, 'window-state.json'), JSON.stringify({ bounds: { x: 'left' } }));
    expect(openWindowStateStorage(dir).load()).toBeUndefined();
  });
});

/** A window stand-in whose bounds the test moves. */
class FakeWindow extends EventEmitter {
  bounds: Rectangle = { x: 0, y: 0, width: 1000, height: 700 };
  maximized = false;
  destroyed = false;
  getNormalBounds(): Rectangle {
    return { ...this.bounds };
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

function tracked() {
  const win = new FakeWindow();
  const saved: SavedWindowState[] = [];
  const storage: WindowStateStorage = {
    load: () => undefined,
    save: (state) => saved.push(state),
    closeExplained: () => false,
    markCloseExplained: () => undefined,
  };
  // EventEmitter's `on` stands in for BrowserWindow's typed overloads.
  trackWindowState(win as unknown as TrackedWindow, storage, 500);
  return { win, saved };
}

describe('trackWindowState', () => {
  it('saves once after resizing and moving settle, with the latest bounds', () => {
    vi.useFakeTimers();
    const { win, saved } = tracked();
    for (let i = 1; i <= 20; i++) {
      win.bounds = { x: i, y: i, width: 1000 + i, height: 700 };
      win.emit(i % 2 ? 'move' : 'resize');
      vi.advanceTimersByTime(100);
    }
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(500);
    expect(saved).toEqual([{ bounds: { x: 20, y: 20, width: 1020, height: 700 }, maximized: false }]);
  });

  it('saves immediately on close, and not again afterwards', () => {
    vi.useFakeTimers();
    const { win, saved } = tracked();
    win.bounds = { x: 40, y: 50, width: 1100, height: 800 };
    win.maximized = true;
    win.emit('resize');
    win.emit('close');
    expect(saved).toEqual([{ bounds: { x: 40, y: 50, width: 1100, height: 800 }, maximized: true }]);
    vi.advanceTimersByTime(1000);
    expect(saved).toHaveLength(1);
  });
});
