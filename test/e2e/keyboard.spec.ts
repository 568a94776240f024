import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures/busy-hub';
import { overlays } from './layout/screen-catalog';
import { AppFrame } from './pages/app-frame';

// The node tsconfig has no DOM types: the page function below names only what it touches.
interface Scope {
  contains(other: unknown): boolean;
  ownerDocument: { activeElement: unknown };
}

/**
 * Whether focus is on `scope` or inside it. `document.activeElement` rather than
 * `:focus`: inside a date-time field focus sits on one of its parts, which `:focus`
 * does not see.
 */
function hasFocus(scope: Locator): Promise<boolean> {
  return scope.evaluate((element: Scope) => element.contains(element.ownerDocument.activeElement));
}

test.describe.configure({ timeout: 60_000 });

test('Tab from the top of a screen reaches "Skip to content" first, shown, and it jumps past the navigation', async ({
  page,
  busyHub,
}) => {
  const frame = new AppFrame(page);
  await frame.open(busyHub.url, '/hub/partners');
  await expect(frame.heading('Partners')).toBeVisible();
  await expect(frame.skipLink).not.toBeInViewport();

  await page.keyboard.press('Tab');
  await expect(frame.skipLink).toBeFocused();
  await expect(frame.skipLink).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Enter');
  await expect(frame.main).toBeFocused();
  // Still on Partners (the routes are in the hash: the link must not navigate), and the next stop is in the screen.
  await expect(page).toHaveURL(/#\/hub\/partners$/);
  await page.keyboard.press('Tab');
  expect(await hasFocus(frame.main)).toBe(true);
  expect(await hasFocus(frame.nav)).toBe(false);
});

test.describe('focus follows what opens', () => {
  for (const overlay of overlays) {
    const what = overlay.kind === 'dialog' ? 'keeps focus inside' : 'does not hold focus';
    test(`${overlay.name}: takes focus when it opens, ${what}, Escape closes it and focus goes back`, async ({
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
      await page.keyboard.press('Escape');
      await expect(opened).toBeHidden();
      await expect(opener).toBeFocused();
    });
  }
});
