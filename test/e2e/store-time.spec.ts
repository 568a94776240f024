import type { Check } from '../../shared/domain/checks';
import type { DeliveryPage } from '../../shared/domain/deliveries';
import type { StoreView } from '../../shared/domain/store';
import { expect, test } from './fixtures/hub';
import { addPartner } from './fixtures/integrations';
import type { HubProcess } from './fixtures/hub-process';
import type { Receiver } from './fixtures/receiver';
import { inputIn, momentIn, normalized, sampleStoreZone } from './fixtures/store-clock-text';
import { AppFrame } from './pages/app-frame';
import { DeliveriesPage } from './pages/deliveries-page';
import { OrdersPage } from './pages/orders-page';
import { StorePage } from './pages/store-page';

/** The manager's PC is in New York; the store (the sample, Trattoria Aurora) is in Berlin. */
const pcZone = 'America/New_York';
test.use({ timezoneId: pcZone, locale: 'en-US' });

const minuteMs = 60_000;

test.beforeEach(async ({ page, hub }) => {
  expect((await hub.call<StoreView>('store.get', {})).timezone).toBe(sampleStoreZone);
  await page.goto(hub.url);
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(pcZone);
});

/** Opens a check a partner hears of: one check, one delivery; resolves with both times. */
async function checkAndDelivery(hub: HubProcess, receiver: Receiver): Promise<{ check: Check; createdAt: number }> {
  await addPartner(hub, receiver, { name: 'Acme Delivery', path: '/acme', eventTypes: ['order.created'] });
  const check = await hub.call<Check>('checks.open', { source: 'pos', table: '7', guests: 2, notes: '', lines: [] });
  await expect.poll(async () => (await hub.call<DeliveryPage>('deliveries.list', { filter: {} })).items.length).toBe(1);
  const { items } = await hub.call<DeliveryPage>('deliveries.list', { filter: {} });
  return { check, createdAt: Date.parse(items[0]?.createdAt ?? '') };
}

test('a browser in New York shows a delivery’s and a check’s time on the store’s clock in Berlin, and says so', async ({
  page,
  hub,
  receiver,
}) => {
  const { check, createdAt } = await checkAndDelivery(hub, receiver);
  const deliveries = new DeliveriesPage(page);
  await new AppFrame(page).open(hub.url, '/deliveries');
  const row = deliveries.rows().first();
  await expect(row).toBeVisible();
  // The table names the zone once, in the time column's header; each row's time is Berlin's.
  await expect(deliveries.table.getByRole('columnheader').first()).toHaveText('Berlin time');
  const rowTime = normalized(await row.getByRole('cell').first().innerText());
  expect(rowTime).toBe(momentIn(createdAt));
  expect(rowTime).not.toBe(momentIn(createdAt, pcZone));
  await row.click();
  expect(normalized(await deliveries.detail.innerText())).toContain(`${momentIn(createdAt)} Berlin time`);

  const orders = new OrdersPage(page);
  await new AppFrame(page).navLink('Orders').click();
  await orders.openList
    .getByRole('button', { name: /Check #/ })
    .first()
    .click();
  expect(normalized(await orders.detail.innerText())).toContain(
    `opened ${momentIn(Date.parse(check.openedAt))} Berlin time`,
  );
});

test('the log’s From filter and "Send undelivered since…" read what is typed as Berlin time', async ({
  page,
  hub,
  receiver,
}) => {
  // The partner is down, so the dialog has one undelivered webhook to send.
  receiver.status = 500;
  const { createdAt } = await checkAndDelivery(hub, receiver);
  const minute = Math.floor(createdAt / minuteMs) * minuteMs;
  const deliveries = new DeliveriesPage(page);
  await new AppFrame(page).open(hub.url, '/deliveries');
  await expect(deliveries.rows()).toHaveCount(1);

  // From one minute after the delivery, on Berlin's clock: it is filtered out.
  const from = page.getByLabel('From', { exact: true });
  await expect(from).toHaveAccessibleDescription('In Berlin time');
  await from.fill(inputIn(minute + minuteMs));
  await expect(page.getByText('No deliveries match this filter.')).toBeVisible();
  // From its own minute: it is back. (Read as New York time, both would be hours off and show nothing.)
  await from.fill(inputIn(minute));
  await expect(deliveries.rows()).toHaveCount(1);
  const params = new URLSearchParams(new URL(page.url()).hash.split('?')[1]);
  expect(Date.parse(params.get('from') ?? '')).toBe(minute);

  await page.getByRole('button', { name: 'Send undelivered since…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Send everything undelivered since…' });
  const since = dialog.getByLabel('Since', { exact: true });
  // A day ago, on Berlin's clock.
  const dayAgo = [Date.now() - 86_400_000 - minuteMs, Date.now() - 86_400_000].map((t) => inputIn(t));
  expect(dayAgo).toContain(await since.inputValue());

  // A time that never happens in Berlin (the clocks go forward at 02:00 on 29 March 2026) is explained.
  await since.fill('2026-03-29T02:30');
  await expect(since).toHaveAccessibleDescription(
    'The clocks go forward that night, so 2:30 AM never happens in store time; it is read as 3:30 AM.',
  );
  await since.fill('2026-11-20T10:00');
  const request = page.waitForRequest((r) => r.url().endsWith('/api/call/deliveries.resendUndeliveredSince'));
  await dialog.getByRole('button', { name: 'Send 1 now' }).click();
  const sent = (await request).postDataJSON() as { since: string };
  expect(sent.since).toBe('2026-11-20T10:00:00+01:00');
  expect(Date.parse(sent.since)).toBe(Date.parse('2026-11-20T09:00:00Z'));
});

test('a pause until a chosen time is read as Berlin time, and shown back as Berlin time', async ({ page, hub }) => {
  const store = new StorePage(page);
  const frame = new AppFrame(page);
  await frame.open(hub.url, '/store');
  await store.chooseStatus('Paused');
  const until = store.field('Paused until');
  await expect(until).toHaveAccessibleDescription('In Berlin time');
  await until.fill('2030-06-01T18:30');
  await store.setStatus.click();
  await expect(store.currentStatus).toContainText('Online ordering is paused until Jun 1, 2030, 6:30');
  const { status } = await hub.call<StoreView>('store.get', {});
  expect(status).toEqual({ state: 'paused', until: '2030-06-01T18:30:00+02:00' });
  expect(normalized(await frame.storeBanner.innerText())).toContain(
    'Online ordering is paused until Jun 1, 2030, 6:30 PM Berlin time.',
  );

  await page.reload();
  await store.chooseStatus('Paused');
  await expect(store.field('Paused until')).toHaveValue('2030-06-01T18:30');
});

/**
 * #13 point 5: the zone and the currency come from the platform's lists, searched
 * as typed and chosen by keyboard (ARIA combobox); a new currency asks first, since
 * prices keep their numbers, and Cancel leaves everything as it was.
 */
test('time zone and currency are picked by keyboard from searchable lists; a new currency asks first', async ({
  page,
  hub,
  receiver,
}) => {
  await addPartner(hub, receiver, { name: 'Store Sync', path: '/store', eventTypes: ['store.updated'] });
  const store = new StorePage(page);
  await new AppFrame(page).open(hub.url, '/store');
  const zone = page.getByRole('combobox', { name: 'Time zone' });
  const currency = page.getByRole('combobox', { name: 'Currency' });
  await expect(zone).toHaveValue('Europe/Berlin');
  await expect(zone).toHaveAccessibleDescription(/Type a city to search/);
  await expect(currency).toHaveValue('EUR — Euro');

  // A currency, then Cancel: the question names what happens to prices; nothing changes.
  await currency.focus();
  await page.keyboard.type('usd');
  await expect(page.getByRole('listbox', { name: 'Currency' }).getByRole('option')).toHaveText([/^USD — US Dollar/]);
  await page.keyboard.press('Enter');
  const ask = page.getByRole('alertdialog', { name: 'Change the currency to USD?' });
  await expect(ask).toContainText('Prices are not converted');
  await expect(ask).toContainText('A price of €10.50 becomes $10.50.');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  await expect(currency).toBeFocused();
  await expect(currency).toHaveValue('EUR — Euro');
  await expect(store.save).toBeDisabled();

  // The zone: typed words filter the list, Escape closes it and then puts the zone back.
  await zone.focus();
  await page.keyboard.type('york new');
  const zones = page.getByRole('listbox', { name: 'Time zone' });
  await expect(zones.getByRole('option')).toHaveText([/^America\/New York/]);
  await expect(zone).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(zones).toBeHidden();
  await expect(zone).toHaveValue('york new');
  await page.keyboard.press('Escape');
  await expect(zone).toHaveValue('Europe/Berlin');
  // ↓ opens the list on the chosen zone; typing narrows it; ↓ and Enter pick.
  await page.keyboard.press('ArrowDown');
  await expect(zones.getByRole('option', { selected: true })).toHaveText(/^Europe\/Berlin/);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('los ang');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(zone).toHaveValue('America/Los Angeles');
  await expect(zones).toBeHidden();

  // The currency again, taken this time.
  await currency.focus();
  await page.keyboard.type('dollar us');
  await page.keyboard.press('Enter');
  await ask.getByRole('button', { name: 'Use USD' }).click();
  await expect(currency).toHaveValue('USD — US Dollar');
  await store.saveAndWait();

  const sent = await receiver.waitFor((request) => request.body.type === 'store.updated');
  expect(sent.body.data.store).toMatchObject({ timezone: 'America/Los_Angeles', currency: 'USD' });
});
