import { describe, expect, it } from 'vitest';
import { defaultWindowSize, initialPlacement, parseSavedWindowState } from '../../../../electron/shell/window-bounds';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('initialPlacement', () => {
  it('restores saved bounds that are on a current display', () => {
    const saved = { bounds: { x: 100, y: 80, width: 1400, height: 900 }, maximized: false };
    expect(initialPlacement(saved, [laptop])).toEqual({
      bounds: { x: 100, y: 80, width: 1400, height: 900 },
      maximized: false,
    });
  });

  it('restores a window on a second monitor while that monitor is attached', () => {
    const saved = { bounds: { x: 2100, y: 100, width: 1600, height: 1000 }, maximized: true };
    expect(initialPlacement(saved, [laptop, rightMonitor])).toEqual({ bounds: saved.bounds, maximized: true });
  });

  it('drops an off-screen position (monitor unplugged) and opens at the default size', () => {
    const saved = { bounds: { x: 2100, y: 100, width: 1600, height: 1000 }, maximized: false };
    const placement = initialPlacement(saved, [laptop]);
    expect(placement.bounds).toEqual({ ...defaultWindowSize });
    expect(placement.bounds.x).toBeUndefined();
  });

  it('drops a window whose title bar is above the screen', () => {
    const saved = { bounds: { x: 100, y: -500, width: 1200, height: 800 }, maximized: false };
    expect(initialPlacement(saved, [laptop]).bounds.x).toBeUndefined();
  });

  it('shrinks a saved size that no longer fits the display', () => {
    const saved = { bounds: { x: 0, y: 0, width: 3000, height: 2000 }, maximized: false };
    expect(initialPlacement(saved, [laptop]).bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });

  it('uses the default size when nothing was saved', () => {
    expect(initialPlacement(undefined, [laptop])).toEqual({ bounds: { ...defaultWindowSize }, maximized: false });
  });
});

describe('parseSavedWindowState', () => {
  it('accepts a well-formed state and rejects anything else', () => {
    expect(parseSavedWindowState({ bounds: { x: 1, y: 2, width: 3, height: 4 }, maximized: true })).toEqual({
      bounds: { x: 1, y: 2, width: 3, height: 4 },
      maximized: true,
    });
    expect(parseSavedWindowState({ bounds: { x: '1', y: 2, width: 3, height: 4 } })).toBeUndefined();
    expect(parseSavedWindowState({ bounds: { x: 1, y: 2, width: 0, height: 4 } })).toBeUndefined();
    expect(parseSavedWindowState({ bounds: { x: Number.NaN, y: 2, width: 3, height: 4 } })).toBeUndefined();
    expect(parseSavedWindowState(null)).toBeUndefined();
    expect(parseSavedWindowState([])).toBeUndefined();
  });
});
