import type { Rectangle } from 'electron';

/** What is remembered about the main window between runs. */
export interface SavedWindowState {
  bounds: Rectangle;
  maximized: boolean;
}

/** Size used on first start or when the saved placement is unusable. */
export const defaultWindowSize = { width: 1280, height: 820 } as const;
/** The smallest window the renderer's layout is designed for. */
export const minimumWindowSize = { width: 900, height: 600 } as const;

/**
 * How much of a window must lie on a display's work area to count as reachable:
 * enough of its top edge to grab the title bar and drag it back.
 */
const minimumVisible = { width: 120, height: 40 } as const;

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a saved state back from disk, where anything may have been written; undefined if unusable. */
export function parseSavedWindowState(value: unknown): SavedWindowState | undefined {
  if (!isRecord(value) || !isRecord(value.bounds)) return undefined;
  const { x, y, width, height } = value.bounds;
  if (!isFiniteNumber(x) || !isFiniteNumber(y) || !isFiniteNumber(width) || !isFiniteNumber(height)) return undefined;
  if (width <= 0 || height <= 0) return undefined;
  return { bounds: { x, y, width, height }, maximized: value.maximized === true };
}

/** True when the window's top strip (its title bar) overlaps the work area enough to be grabbed. */
function titleBarReachable(bounds: Rectangle, workArea: Rectangle): boolean {
  const overlapWidth = Math.min(bounds.x + bounds.width, workArea.x + workArea.width) - Math.max(bounds.x, workArea.x);
  const titleBarBottom = bounds.y + minimumVisible.height;
  const overlapHeight = Math.min(titleBarBottom, workArea.y + workArea.height) - Math.max(bounds.y, workArea.y);
  return overlapWidth >= minimumVisible.width && overlapHeight >= minimumVisible.height;
}

/** Where and how to open the window: a position only when it is on a current display. */
export interface InitialPlacement {
  bounds: { width: number; height: number; x?: number; y?: number };
  maximized: boolean;
}

/**
 * Decides the window's first placement from what was saved and the displays that
 * exist now. A monitor may have been unplugged since, so an off-screen position
 * is dropped (the OS then centres the window) and the size is kept only if it fits.
 */
export function initialPlacement(
  saved: SavedWindowState | undefined,
  workAreas: readonly Rectangle[],
): InitialPlacement {
  if (!saved) return { bounds: { ...defaultWindowSize }, maximized: false };
  const host = workAreas.find((area) => titleBarReachable(saved.bounds, area));
  if (!host) return { bounds: { ...defaultWindowSize }, maximized: saved.maximized };
  const width = Math.max(minimumWindowSize.width, Math.min(saved.bounds.width, host.width));
  const height = Math.max(minimumWindowSize.height, Math.min(saved.bounds.height, host.height));
  return { bounds: { x: saved.bounds.x, y: saved.bounds.y, width, height }, maximized: saved.maximized };
}
