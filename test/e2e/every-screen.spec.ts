import type { Page } from '@playwright/test';
import { failingPartnerName } from './fixtures/busy-restaurant';
import { expect, test as busyTest } from './fixtures/busy-hub';
import { seriousViolations } from './layout/axe-findings';
import { hasFocus } from './layout/focus-probes';
import { cutStatusItems, sidewaysProblems } from './layout/layout-probes';
import { overlays, screens } from './layout/screen-catalog';
import { AppFrame } from './pages/app-frame';

/**
 * Issue 9 point 5, over every screen and every dialog or panel of the busy restaurant
 * (failing partners, errors and badges on screen), each opened once and checked in two
 * looks, one after the other on the same page:
 * - it fits: nothing sideways, the navigation folded, the status bar whole, a dialog
 *   wholly in the window — in a 1024 × 700 window, and at 200 % zoom (what zoom does
 *   to CSS: half the CSS pixels across, 640 × 400; drawing each twice as large changes
 *   no layout, so the window is simply resized, as a person might);
 * - no serious or critical axe finding (WCAG 2.1 A and AA): the light theme in one
 *   look, the dark one in the other, so both themes are checked everywhere;
 * - focus: a dialog or panel takes it when it opens, a dialog keeps it, Escape closes
 *   it (in the second look) and focus goes back to what opened it.
 * Opening each once for both looks, axe over the whole page only for screens (a
 * dialog or panel alone over a screen already checked), and one page per worker that
 * goes from screen to screen as a person would (the app and axe loaded once, not per
 * test) keep the suite inside CI's time.
 */
const looks = [
  { name: '1024 × 700, light', viewport: { width: 1024, height: 700 }, colorScheme: 'light' },
  { name: '200 % zoom, dark', viewport: { width: 640, height: 400 }, colorScheme: 'dark' },
] as const;

type Look = (typeof looks)[number];

async function show(page: Page, look: Look): Promise<void> {
  await page.setViewportSize(look.viewport);
  await page.emulateMedia({ colorScheme: look.colorScheme });
}

/** Set when a test failed: whatever it left open must not fail the next one too. */
let leftDirty = false;

/**
 * One page per worker, kept from test to test: each test goes to its screen (a route
 * change in the page already loaded) and puts the first look back. After a failed
 * test the page is loaded afresh.
 */
const test = busyTest.extend<{ page: Page }, { sharedPage: Page }>({
  sharedPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ viewport: looks[0].viewport, colorScheme: looks[0].colorScheme });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ sharedPage }, use, testInfo) => {
    await show(sharedPage, looks[0]);
    if (leftDirty) await sharedPage.goto('about:blank');
    leftDirty = false;
    await use(sharedPage);
    if (testInfo.status !== testInfo.expectedStatus) leftDirty = true;
  },
});

test.describe.configure({ timeout: 90_000 });

for (const screen of screens) {
  test(`${screen.name}: fits, the navigation folded, the status bar whole; no serious axe finding — in both looks`, async ({
    page,
    busyHub,
  }) => {
    const frame = new AppFrame(page);
    await frame.open(busyHub.url, screen.route);
    await expect(frame.heading(screen.heading)).toBeVisible();
    await expect(frame.statusBar).toContainText(failingPartnerName);
    await expect(page.getByText('Loading…')).toHaveCount(0);
    for (const look of looks) {
      await show(page, look);
      expect(await sidewaysProblems(page), look.name).toEqual([]);
      expect(await cutStatusItems(frame.statusBar), look.name).toEqual([]);
      await expect(frame.navToggle).toHaveAttribute('aria-expanded', 'false');
      await expect(frame.navLink('Deliveries')).toBeHidden();
      expect(await seriousViolations(page), look.name).toEqual([]);
    }
  });
}

for (const overlay of overlays) {
  const what = overlay.kind === 'dialog' ? 'keeps focus inside' : 'does not hold focus';
  test(`${overlay.name}: fits, takes focus, ${what}, gives it back on Escape; no serious axe finding — in both looks`, async ({
    page,
    busyHub,
  }) => {
    await new AppFrame(page).open(busyHub.url, overlay.route);
    const { opener, overlay: opened } = await overlay.open(page);
    await expect.poll(() => hasFocus(opened)).toBe(true);
    if (overlay.kind === 'dialog') {
      // Past the last control and back past the first, focus never leaves a dialog.
      for (const key of ['Tab', 'Shift+Tab']) {
        for (let step = 1; step <= 6; step++) {
          await page.keyboard.press(key);
          expect(await hasFocus(opened), `${key} ${step}`).toBe(true);
        }
      }
    }
    for (const look of looks) {
      await show(page, look);
      await expect(opened, look.name).toBeInViewport({ ratio: 1 });
      expect(await sidewaysProblems(page), look.name).toEqual([]);
      // The screen behind was checked on its own: axe looks at what opened over it.
      expect(await seriousViolations(page, opened), look.name).toEqual([]);
    }
    await page.keyboard.press('Escape');
    await expect(opened).toBeHidden();
    await expect(opener).toBeFocused();
  });
}
