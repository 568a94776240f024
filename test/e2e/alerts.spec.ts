import { expect, test } from './fixtures/hub';
import { addPartner } from './fixtures/integrations';
import { AppFrame } from './pages/app-frame';

const openCheck = { source: 'olo', table: '4', guests: 2, notes: '', lines: [] };

test('in browser mode a partner that starts failing is announced in plain words and can be dismissed', async ({
  page,
  hub,
  receiver,
}) => {
  receiver.status = 401;
  await addPartner(hub, receiver, { name: 'Acme Delivery', path: '/acme', eventTypes: ['order.created'] });
  const frame = new AppFrame(page);
  await frame.open(hub.url);

  // Two checks: the first is tried twice (at once and its immediate retry), the second once:
  // three failures in a row make the partner "failing".
  await hub.call('checks.open', openCheck);
  await hub.call('checks.open', { ...openCheck, table: '5' });
  const alerts = page.getByRole('region', { name: 'Alerts' });
  await expect(alerts).toContainText('Webhooks to Acme Delivery are failing');
  await expect(alerts).toContainText('401 — the partner rejected the API key');
  await expect(frame.statusBar).toContainText('Acme Delivery');
  await page.screenshot({ path: test.info().outputPath('alert-toast.png') });

  // The toast stays until dismissed, so it must not sit over a page's header actions.
  await frame.navLink('Partners').click();
  await page.getByRole('main').getByRole('button', { name: 'Add partner' }).click({ trial: true, timeout: 2_000 });

  await page.getByRole('button', { name: 'Dismiss the alert about Acme Delivery' }).click();
  await expect(alerts).not.toContainText('Acme Delivery');

  // The Partners page says it too, with the way to fix it.
  await expect(page.getByText('Failing: 401 — the partner rejected the API key')).toBeVisible();
  await expect(page.getByText(/24 h: 0% delivered of \d+/)).toBeVisible();
  await page.getByRole('button', { name: 'Fix Acme Delivery' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
});
