import { expect, test } from './fixtures/hub';
import { AppFrame } from './pages/app-frame';

test('Settings explains that start at login belongs to the desktop app, in browser mode', async ({ page, hub }) => {
  const frame = new AppFrame(page);
  await frame.open(hub.url);
  await frame.navLink('Settings').click();
  await expect(frame.heading('Settings')).toBeVisible();
  const desktop = page.getByRole('group', { name: 'Desktop app' });
  await expect(desktop).toContainText('Closing the window keeps Integration Hub sending webhooks in the background');
  await expect(desktop).toContainText('Start at login is a setting of the desktop app.');
  await expect(desktop.getByRole('switch')).toHaveCount(0);
});

test('the desktop app’s Start at login switch saves at once', async ({ page, hub }) => {
  // Electron cannot run here: this page answers desktop.* as the desktop app's core does (available, packaged default on).
  const saved: unknown[] = [];
  let startAtLogin = true;
  await page.route('**/api/call/desktop.*', async (route) => {
    if (route.request().url().endsWith('desktop.save')) {
      const input = route.request().postDataJSON() as { startAtLogin: boolean };
      saved.push(input);
      startAtLogin = input.startAtLogin;
    }
    await route.fulfill({ json: { ok: true, value: { available: true, startAtLogin } } });
  });
  await new AppFrame(page).open(hub.url, '/settings');
  const toggle = page.getByRole('switch', { name: 'Start at login' });
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(toggle).toHaveAccessibleDescription(/when you sign in to this computer/);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  expect(saved).toEqual([{ startAtLogin: false }]);
  await page.screenshot({ path: test.info().outputPath('settings-desktop.png') });
});
