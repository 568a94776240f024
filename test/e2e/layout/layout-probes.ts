import type { Locator, Page } from '@playwright/test';

/**
 * Page-side source (a string: the node tsconfig has no DOM types) that lists what a
 * person would see as broken sideways: the page or any box scrolling sideways, and
 * any visible control, heading, cell or paragraph that sticks out of the window, whose
 * text spills out of it, or that is cut off by a box that hides its overflow; and any
 * state badge or chip whose words are cut short.
 */
const sidewaysProbe = `(() => {
  const problems = [];
  const name = (el) => {
    const classes = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
    const text = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
    return el.tagName.toLowerCase() + classes + (text ? ' "' + text + '"' : '');
  };
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) problems.push('the page scrolls sideways (' + root.scrollWidth + ' > ' + root.clientWidth + ')');
  for (const el of document.querySelectorAll('body *')) {
    if (!el.checkVisibility()) continue;
    const style = getComputedStyle(el);
    const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
    if (scrolls && el.scrollWidth > el.clientWidth + 1) problems.push(name(el) + ' scrolls sideways (' + el.scrollWidth + ' > ' + el.clientWidth + ')');
  }
  const width = root.clientWidth;
  const parts = 'button, a, input, select, textarea, label, h1, h2, h3, p, li, th, td, [role="cell"], [role="columnheader"], [role="switch"]';
  for (const el of document.querySelectorAll(parts)) {
    if (!el.checkVisibility()) continue;
    const box = el.getBoundingClientRect();
    if (box.width < 2 || box.height < 2) continue;
    if (box.right > width + 1 || box.left < -1) { problems.push(name(el) + ' sticks out of the window'); continue; }
    const own = getComputedStyle(el);
    if (own.display !== 'inline' && own.overflowX === 'visible' && el.scrollWidth > el.clientWidth + 1) problems.push(name(el) + ' spills out of its box (' + el.scrollWidth + ' > ' + el.clientWidth + ')');
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      const upStyle = getComputedStyle(up);
      if (upStyle.overflowX !== 'visible') {
        const clip = up.getBoundingClientRect();
        if (box.right > clip.right + 1 || box.left < clip.left - 1) { problems.push(name(el) + ' is cut off by ' + name(up)); break; }
      }
      // A modal dialog (top layer) or a fixed panel is not clipped by the boxes it sits in.
      if (up.matches('dialog[open]') || upStyle.position === 'fixed') break;
    }
  }
  // A state is never shortened to "Retrying at 4:…": badges and chips show all their words (#9).
  for (const el of document.querySelectorAll('.state-badge, .state-when, .state-chip, .health-card-badge')) {
    if (el.checkVisibility() && el.scrollWidth > el.clientWidth + 1) problems.push(name(el) + ' is cut short (' + el.scrollWidth + ' > ' + el.clientWidth + ')');
  }
  return problems;
})()`;

/** Everything that scrolls or is cut off sideways on the page as it is now; empty when it fits. */
export function sidewaysProblems(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(sidewaysProbe);
}

// The node tsconfig has no DOM types: the page functions below name only what they touch.
interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
interface ItemElement {
  scrollWidth: number;
  clientWidth: number;
  textContent: string | null;
  getBoundingClientRect(): Rect;
}

/** Status bar items that are cut short (an ellipsis, hidden overflow) or reach outside the window. */
export async function cutStatusItems(statusBar: Locator): Promise<string[]> {
  const viewport = statusBar.page().viewportSize();
  if (!viewport) throw new Error('no viewport');
  const items = await statusBar.locator(':scope > *').evaluateAll((elements: ItemElement[]) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return {
        text: (element.textContent ?? '').trim(),
        cut: element.scrollWidth > element.clientWidth + 1,
        box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
      };
    }),
  );
  return items
    .filter(
      ({ cut, box }) =>
        cut || box.left < 0 || box.top < 0 || box.right > viewport.width + 1 || box.bottom > viewport.height + 1,
    )
    .map(({ text }) => text);
}

export interface NamedBox extends Rect {
  name: string;
}

/** Pairs of boxes that share any area (touching edges do not count). */
export function overlapping(boxes: readonly NamedBox[]): string[] {
  const pairs: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 0.5 && y > 0.5) pairs.push(`${a.name} overlaps ${b.name}`);
    }
  });
  return pairs;
}
