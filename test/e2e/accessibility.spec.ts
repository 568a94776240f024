import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/busy-hub';
import { overlays, screens } from './layout/screen-catalog';
import { AppFrame } from './pages/app-frame';

/**
 * Issue 9 point 5: no serious or critical axe violation (WCAG 2.1 A and AA rules) on
 * any screen or dialog, in the light theme and the dark one, with the busy
 * restaurant's failing partners, errors and badges on screen.
 */
test.describe.configure({ timeout: 90_000 });

const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The serious and critical findings, one readable line each: what rule, where, why. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(wcag21aa).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help}`,
      ),
    );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme}`, () => {
    test.use({ colorScheme });

    for (const screen of screens) {
      test(`${screen.name}`, async ({ page, busyHub }) => {
        const frame = new AppFrame(page);
        await frame.open(busyHub.url, screen.route);
        await expect(frame.heading(screen.heading)).toBeVisible();
        await expect(page.getByText('Loading…')).toHaveCount(0);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }

    for (const overlay of overlays) {
      test(`${overlay.name}`, async ({ page, busyHub }) => {
        await new AppFrame(page).open(busyHub.url, overlay.route);
        await overlay.open(page);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }

    test('the folded navigation and a side panel over the list, at 200 % zoom', async ({ page, busyHub }) => {
      await page.setViewportSize({ width: 640, height: 400 });
      const frame = new AppFrame(page);
      await frame.open(busyHub.url, '/menu');
      await frame.showNav();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Edit Margherita', exact: true }).click();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
