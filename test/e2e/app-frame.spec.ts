import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures/hub';
import { screens } from './layout/screen-catalog';
import { AppFrame } from './pages/app-frame';

test('every navigation entry opens its screen; the status bar reports the core state', async ({ page, hub }) => {
  const frame = new AppFrame(page);
  await frame.open(hub.url);
  await expect(page).toHaveURL(/#\/hub\/order-webhooks$/);

  for (const screen of screens) {
    await frame.navLink(screen.name).click();
    await expect(frame.heading(screen.heading)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#${screen.route}$`));
    await expect(frame.navLink(screen.name)).toHaveAttribute('aria-current', 'page');
    // Every screen of the brief is built: none may fall back to a placeholder.
    await expect(page.getByText('Not built yet')).toHaveCount(0);
  }

  await expect(frame.statusBar).toContainText(/Online|Offline/);
  await expect(frame.statusBar).toContainText('No webhooks queued');
  await expect(frame.statusBar).toContainText('No failing partners');
});

test('browser mode says plainly that secrets are not encrypted, next to the secret fields', async ({ page, hub }) => {
  await new AppFrame(page).open(hub.url);
  const header = page.getByRole('group', { name: 'Request Header' });
  await expect(header).toContainText('Secrets are not encrypted on this machine: Browser mode runs without');
});

test('a startup notice about an unreadable settings file is shown until dismissed', async ({ page, hub }) => {
  await hub.stop();
  await writeFile(join(hub.dataDir, 'settings.json'), '{ this is not json');
  const frame = new AppFrame(page);
  await frame.open(await hub.start());

  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices).toContainText('Your settings file could not be read');
  await notices.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notices).toBeHidden();
  await page.reload();
  await expect(frame.heading('Order Webhooks')).toBeVisible();
  await expect(notices).toBeHidden();
});

test('a page whose hub restarted with a new token says its session has ended', async ({ page, hub }) => {
  const frame = new AppFrame(page);
  await frame.open(hub.url);
  await expect(frame.heading('Order Webhooks')).toBeVisible();
  // Same port, new token: the old page's next event-stream connect gets a 401.
  await hub.restart({ samePort: true });
  await expect(
    page.getByText("This page's session has ended — open the address printed by npm start again."),
  ).toBeVisible({
    timeout: 15_000,
  });
});
