import { expect, test } from './fixtures/busy-hub';
import { hasFocus } from './layout/focus-probes';
import { AppFrame } from './pages/app-frame';

// That every dialog and panel takes focus, keeps it and gives it back is in every-screen.spec.ts.

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
