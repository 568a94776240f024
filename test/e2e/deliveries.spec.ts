import { expect, test } from './fixtures/hub';
import { addPartner } from './fixtures/integrations';
import { AppFrame } from './pages/app-frame';
import { DeliveriesPage } from './pages/deliveries-page';

const openCheck = { source: 'olo', table: '4', guests: 2, notes: '', lines: [] };

interface Row {
  id: number;
  state: string;
  attempts: number;
}

test('a partner answering 500 keeps retrying, a manual resend does not end that; fixed, "Send 2 undelivered now" delivers both with the same webhook-id', async ({
  page,
  hub,
  receiver,
}) => {
  // It waits for the hub's real 5 s retry before resending by hand.
  test.slow();
  receiver.status = 500;
  // A signing secret makes the hub send webhook-id, the id the partner de-duplicates on.
  await addPartner(hub, receiver, {
    name: 'Acme Delivery',
    path: '/acme',
    eventTypes: ['order.created'],
    signed: true,
  });
  await hub.call('checks.open', openCheck);
  await hub.call('checks.open', { ...openCheck, table: '5' });
  // Attempt, immediate retry, the retry 5 s later: then each waits minutes for the next.
  await expect
    .poll(
      async () =>
        (await hub.call<{ items: Row[] }>('deliveries.list', { filter: {} })).items.filter(
          (row) => row.state === 'retrying' && row.attempts === 3,
        ).length,
      { intervals: [100, 250, 500], timeout: 20_000 },
    )
    .toBe(2);

  const deliveries = new DeliveriesPage(page);
  await new AppFrame(page).open(hub.url, '/deliveries');
  await expect(deliveries.heading).toBeVisible();
  await expect(deliveries.row(/Retrying at/)).toHaveCount(2);
  // Nothing has failed, yet both are undelivered: the button counts them, as the chips do.
  await expect(deliveries.stateChip('Retrying')).toHaveText(/Retrying\s*2/);
  await expect(deliveries.stateChip('Failed')).toHaveText(/Failed\s*0/);
  await expect(deliveries.sendUndelivered).toHaveText('Send 2 undelivered now');

  const first = deliveries.rows().first();
  const retryingAt = (await first.textContent())?.match(/Retrying at \d{1,2}:\d\d( [AP]M)?/)?.[0] ?? 'no time shown';
  await first.click();
  await expect(deliveries.detail).toContainText('HTTP 500');
  const attempts = deliveries.detail.getByRole('list', { name: 'Attempts' }).getByRole('listitem');
  await expect(attempts).toHaveCount(3);

  // An operator's resend (`r`) that fails again goes back to the schedule: still retrying, at the same time.
  await page.keyboard.press('r');
  await expect(attempts).toHaveCount(4);
  await expect(first).toContainText(retryingAt);
  await expect(deliveries.stateChip('Failed')).toHaveText(/Failed\s*0/);
  const firstIds = new Set(receiver.at('/acme').map((request) => request.headers['webhook-id']));
  expect(firstIds.size).toBe(2);

  receiver.status = 200;
  await deliveries.sendUndelivered.click();
  await expect(deliveries.confirmResend).toHaveAccessibleName('Send 2 undelivered webhooks now?');
  await expect(deliveries.confirmResend).toContainText('The 2 undelivered webhooks matching this filter');
  await deliveries.confirmResend.getByRole('button', { name: 'Send 2 now' }).click();
  await expect(deliveries.bulkResend).toContainText('Resend finished: 2 of 2');
  await expect(deliveries.bulkResend.getByRole('progressbar', { name: 'Resend progress' })).toHaveAttribute(
    'value',
    '2',
  );
  await expect(deliveries.row('Delivered')).toHaveCount(2);
  await expect(deliveries.sendUndelivered).toHaveText('Send 0 undelivered now');
  await expect(deliveries.sendUndelivered).toBeDisabled();

  const delivered = receiver.at('/acme').slice(-2);
  expect(new Set(delivered.map((request) => request.headers['webhook-id']))).toEqual(firstIds);
});
