import { expect, test } from './fixtures/hub';
import { readmeScreenshot, readmeTag } from './fixtures/readme-screenshot';
import { addPartner } from './fixtures/integrations';
import { waitUntilQueueIdle } from './fixtures/queue';
import { AppFrame } from './pages/app-frame';
import { DeliveriesPage } from './pages/deliveries-page';

/** The Deliveries screen for the README, like screenshots.spec.ts: asserted, then taken. */
// A manager at the restaurant: the PC keeps the store's time (the sample's Europe/Berlin).
test.use({ colorScheme: 'light', viewport: { width: 1280, height: 800 }, timezoneId: 'Europe/Berlin' });

test('deliveries screenshot', { tag: readmeTag }, async ({ page, hub, receiver }) => {
  await addPartner(hub, receiver, {
    name: 'Acme Delivery',
    path: '/acme',
    eventTypes: ['order.created', 'order.closed'],
  });
  for (const table of ['4', '7', '12'])
    await hub.call('checks.open', { source: 'olo', table, guests: 2, notes: '', lines: [] });
  await waitUntilQueueIdle(hub);
  receiver.status = 500;
  await addPartner(hub, receiver, { name: 'Loyalty Plus', path: '/loyalty', eventTypes: ['order.created'] });
  await hub.call('checks.open', { source: 'pos', table: '9', guests: 4, notes: '', lines: [] });

  const deliveries = new DeliveriesPage(page);
  await new AppFrame(page).open(hub.url, '/deliveries');
  await expect(deliveries.row(/Retrying at/)).not.toHaveCount(0);
  await deliveries
    .row(/Retrying at/)
    .first()
    .click();
  await expect(deliveries.detail).toContainText('HTTP 500');
  // Three delivered to Acme, then check #9 retrying to both partners; the newest selected, with why.
  await expect(deliveries.row('Delivered')).toHaveCount(3);
  await expect(deliveries.row(/Retrying at/)).toHaveCount(2);
  await expect(deliveries.stateChip('Delivered')).toHaveText(/Delivered\s*3/);
  await expect(deliveries.rows().first()).toHaveAttribute('aria-selected', 'true');
  await expect(deliveries.rows().first()).toContainText('Loyalty Plus');
  await expect(deliveries.detail).toContainText("500 — the partner's server had an error");
  for (const row of await deliveries.rows().all()) await expect(row).toBeInViewport();
  await readmeScreenshot(page, 'deliveries.png');
});
