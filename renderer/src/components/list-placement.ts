/** Where a drop-down list fits: below its field, or above it when there is more room there. */
export interface ListPlacement {
  upward: boolean;
  /** The list's height limit in CSS pixels: its usual maximum, or less where the room is short. */
  maxHeight: number;
}

const usualHeight = 280;
const gap = 8;

/** The element that scrolls `element` (and clips what overflows it), or null for the window. */
function scroller(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    if (overflowY === 'auto' || overflowY === 'scroll') return parent;
  }
  return null;
}

/**
 * Places a field's list of `contentHeight` pixels below the field, or above it
 * when it would not fit below and there is more room above — so near the bottom
 * of the page it is never cut off by the window or the status bar under the page.
 */
export function listPlacement(field: HTMLElement, contentHeight: number): ListPlacement {
  const rect = field.getBoundingClientRect();
  const box = scroller(field)?.getBoundingClientRect();
  const top = Math.max(box?.top ?? 0, 0);
  const bottom = Math.min(box?.bottom ?? window.innerHeight, window.innerHeight);
  const below = bottom - rect.bottom - gap;
  const above = rect.top - top - gap;
  const upward = below < Math.min(contentHeight, usualHeight) && above > below;
  return { upward, maxHeight: Math.max(120, Math.min(usualHeight, upward ? above : below)) };
}
