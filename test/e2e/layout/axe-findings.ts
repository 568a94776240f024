import axe, { type AxeResults, type RunOptions } from 'axe-core';
import type { Locator, Page } from '@playwright/test';

const options: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  // Only violations are read: axe then keeps one example of each pass instead of all of them.
  resultTypes: ['violations'],
};

/** Marks the part axe should look at: axe takes CSS selectors, not locators. */
const scopeAttribute = 'data-axe-scope';

// The node tsconfig has no DOM types: the page functions name only what they touch.
interface Marked {
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
}

/**
 * axe-core itself, put into the page once and run there. @axe-core/playwright's
 * AxeBuilder injects it again on every analysis and then finishes each run in a new
 * blank page: on the busy two-core CI machine that was 10–20 s per look, most of the
 * end-to-end suite's time. The app is one document without frames, so nothing of
 * what AxeBuilder adds (frames, a cross-origin finish) applies.
 */
async function axeRun(page: Page, include: string | null): Promise<AxeResults> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  // A theme switched a moment ago is still fading (a button's background takes 100 ms):
  // colours are judged as they settle, not halfway. Endless ones (a spinner) never settle.
  await page.evaluate(`Promise.all(
    document.getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
      .map((animation) => animation.finished.catch(() => undefined)),
  )`);
  return page.evaluate(
    ([selector, runOptions]) => {
      const { axe: inPage, document: whole } = globalThis as unknown as { axe: typeof axe; document: never };
      return inPage.run(selector === null ? whole : { include: [selector] }, runOptions);
    },
    [include, options] as const,
  );
}

/**
 * The serious and critical WCAG 2.1 A/AA findings on the page, or only `within` one part
 * of it (a dialog over a screen already checked on its own: axe over the whole page is
 * most of a look's time), one readable line each: what rule, where, why.
 */
export async function seriousViolations(page: Page, within?: Locator): Promise<string[]> {
  if (within) await within.evaluate((element: Marked, name) => element.setAttribute(name, ''), scopeAttribute);
  const { violations } = await axeRun(page, within ? `[${scopeAttribute}]` : null);
  if (within) await within.evaluate((element: Marked, name) => element.removeAttribute(name), scopeAttribute);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help}`,
      ),
    );
}
