import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/hub';
import type { HubProcess } from './fixtures/hub-process';
import { addPartner } from './fixtures/integrations';
import type { Receiver } from './fixtures/receiver';
import { AppFrame } from './pages/app-frame';
import { DashboardPage } from './pages/dashboard-page';
import { DeliveriesPage } from './pages/deliveries-page';
import { PartnersPage } from './pages/partners-page';

const openCheck = { source: 'olo', table: '4', guests: 2, notes: '', lines: [] };
let table = 10;
/** A new online order: a new check, so it is sent at once, behind nothing else. */
const newOrder = (hub: HubProcess) => hub.call('checks.open', { ...openCheck, table: String(table++) });

/**
 * Opens the Dashboard and adds a partner on the receiver that then starts failing (three
 * failed attempts in a row). The partner's card showing up by itself proves the page hears
 * the hub's events before anything fails: an alert raised earlier would reach nobody.
 */
async function failingPartner(page: Page, hub: HubProcess, receiver: Receiver, status: number): Promise<string> {
  await new AppFrame(page).open(hub.url, '/hub/dashboard');
  await expect(page.getByText('No partners yet')).toBeVisible();
  receiver.status = status;
  await addPartner(hub, receiver, { name: 'Acme Delivery', path: '/acme', eventTypes: ['order.created'] });
  await expect(new DashboardPage(page).card('Acme Delivery')).toBeVisible();
  const partners = await hub.call<{ id: string; name: string }[]>('partners.list', {});
  // Two checks: the first is tried twice (at once and its immediate retry), the second once.
  await newOrder(hub);
  await newOrder(hub);
  return partners.find((p) => p.name === 'Acme Delivery')?.id ?? '';
}

test('a partner refusing the key: the toast says so and leads to the key and to its undelivered webhooks', async ({
  page,
  hub,
  receiver,
}) => {
  const id = await failingPartner(page, hub, receiver, 401);

  const toast = page.getByRole('region', { name: 'Alerts' }).getByRole('group', { name: 'Alert about Acme Delivery' });
  await expect(toast).toContainText('Webhooks to Acme Delivery are failing');
  await expect(toast).toContainText('401 — the partner rejected the API key');
  await page.screenshot({ path: test.info().outputPath('alert-toast.png') });

  // Its deliveries link: the log narrowed to Acme's undelivered webhooks, failed and retrying.
  await toast.getByRole('link', { name: 'See failed deliveries to Acme Delivery' }).click();
  const log = new DeliveriesPage(page);
  await expect(log.heading).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/deliveries\\?state=failed%2Cretrying&destination=partner%3A${id}$`));
  await expect(log.stateChip('Failed')).toHaveAttribute('aria-pressed', 'true');
  await expect(log.stateChip('Retrying')).toHaveAttribute('aria-pressed', 'true');
  await expect(log.rows()).toHaveCount(2);

  // Its fix link: the partner's own form, where the key is.
  await toast.getByRole('link', { name: 'Check the API key for Acme Delivery' }).click();
  const partners = new PartnersPage(page);
  await expect(partners.form).toHaveAccessibleName('Edit “Acme Delivery”');
  await partners.form.getByRole('button', { name: 'Cancel' }).click();

  // The toast stays while the partner fails, so it must not sit over a page's header actions.
  await page.getByRole('main').getByRole('button', { name: 'Add partner' }).click({ trial: true, timeout: 2_000 });

  // The Partners page says it too, with the same fix.
  await expect(page.getByText('Failing: 401 — the partner rejected the API key')).toBeVisible();
  await expect(page.getByText(/24 h: 0% of 2 webhooks delivered/)).toBeVisible();
  await page.getByRole('button', { name: 'Check the API key for Acme Delivery' }).click();
  await expect(partners.form).toBeVisible();
  await partners.form.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Dismiss the alert about Acme Delivery' }).click();
  await expect(toast).toBeHidden();
});

test('a shown toast follows its partner: a newer reason replaces the old, and it goes once the partner recovers', async ({
  page,
  hub,
  receiver,
}) => {
  const frame = new AppFrame(page);
  await failingPartner(page, hub, receiver, 401);
  const toast = page.getByRole('region', { name: 'Alerts' }).getByRole('group', { name: 'Alert about Acme Delivery' });
  await expect(toast).toContainText('401 — the partner rejected the API key');

  // The partner's server now fails instead: not the key any more, and nothing to change here.
  receiver.status = 503;
  await newOrder(hub);
  await expect(toast).toContainText("503 — the partner's service is unavailable right now");
  await expect(toast).not.toContainText('401');
  await expect(toast).toContainText("Nothing to change here — the partner's server is having trouble");
  await expect(toast.getByRole('link', { name: 'Check the API key for Acme Delivery' })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('alert-toast-partner-side.png') });

  // Fixed on their side: the next webhook goes through, and the toast and the status bar say no more.
  receiver.status = 200;
  await newOrder(hub);
  await expect(toast).toBeHidden();
  await expect(frame.statusBar).toContainText('No failing partners');
  await expect(page.getByRole('region', { name: 'Alerts' }).getByRole('group')).toHaveCount(0);
});

test('the status bar names each failing partner as a link to its undelivered webhooks; disabling one clears it', async ({
  page,
  hub,
  receiver,
}) => {
  const frame = new AppFrame(page);
  const id = await failingPartner(page, hub, receiver, 404);
  await expect(frame.statusBar).toContainText('Failing: Acme Delivery');
  const toast = page.getByRole('region', { name: 'Alerts' }).getByRole('group', { name: 'Alert about Acme Delivery' });
  await expect(toast).toContainText("404 — the partner's URL was not found");
  await expect(toast.getByRole('link', { name: 'Check the URL for Acme Delivery' })).toBeVisible();
  // Both deliveries wait for their next try: they will be sent, so they are queued.
  await expect(frame.statusBar).toContainText('2 webhooks queued');

  await frame.statusBar.getByRole('link', { name: 'Failed deliveries to Acme Delivery' }).click();
  await expect(page).toHaveURL(new RegExp(`#/deliveries\\?state=failed%2Cretrying&destination=partner%3A${id}$`));
  await expect(new DeliveriesPage(page).rows()).toHaveCount(2);
  await page.screenshot({ path: test.info().outputPath('status-bar-failing.png') });

  // Disabled, it is failing nowhere, and its webhooks are held rather than queued.
  await frame.navLink('Partners').click();
  await page.getByRole('switch', { name: 'Acme Delivery enabled' }).click();
  await expect(frame.statusBar).toContainText('No failing partners');
  await expect(frame.statusBar).toContainText('No webhooks queued · 2 waiting for disabled or paused partners');
  await expect(toast).toBeHidden();
  await expect(page.getByText('Failing: 404')).toBeHidden();
});
