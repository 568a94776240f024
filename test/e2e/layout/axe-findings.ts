import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';

const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Marks the part axe should look at: AxeBuilder takes CSS selectors, not locators. */
const scopeAttribute = 'data-axe-scope';

// The node tsconfig has no DOM types: the page functions name only what they touch.
interface Marked {
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
}

/**
 * The serious and critical WCAG 2.1 A/AA findings on the page, or only `within` one part
 * of it (a dialog over a screen already checked on its own: axe over the whole page is
 * most of a look's time), one readable line each: what rule, where, why.
 */
export async function seriousViolations(page: Page, within?: Locator): Promise<string[]> {
  const axe = new AxeBuilder({ page }).withTags(wcag21aa);
  if (within) {
    await within.evaluate((element: Marked, name) => element.setAttribute(name, ''), scopeAttribute);
    axe.include(`[${scopeAttribute}]`);
  }
  const { violations } = await axe.analyze();
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
