import { expect, test } from './fixtures/hub';
import { addPartner } from './fixtures/integrations';
import { AppFrame } from './pages/app-frame';
import { DeliveriesPage } from './pages/deliveries-page';

const openCheck = { source: 'olo', table: '4', guests: 2, notes: '', lines: [] };

test('a partner answering 500 shows retrying then failed with the reason; fixed, "Resend 2 failed" delivers both with the same webhook-id', async ({
  page,
  hub,
  receiver,
}) => {
  receiver.status = 500;
  await addPartner(hub, receiver, { name: 'Acme Delivery', path: '/acme', eventTypes: ['order.created'] });
  // A signing secret makes the hub send webhook-id, the id the partner de-duplicates on.
  const [partner] = await hub.call<{ id: string }[]>('partners.list', {});
  await hub.call('partners.update', {
    id: partner?.id,
    name: 'Acme Delivery',
    url: receiver.url('/acme'),
    enabled: true,
    eventTypes: ['order.created'],
    header: { name: '', value: { action: 'keep' } },
    signingSecret: 'generate',
    timeoutSeconds: 15,
    rateLimitPerSecond: 50,
  });
  await hub.call('checks.open', openCheck);
  await hub.call('checks.open', { ...openCheck, table: '5' });

  const deliveries = new DeliveriesPage(page);
  await new AppFrame(page).open(hub.url, '/deliveries');
  await expect(deliveries.heading).toBeVisible();
  // After the immediate retry the engine waits: the log says so, with the time it tries again.
  await expect(deliveries.row(/Retrying at/)).toHaveCount(2);
  await deliveries.rows().first().click();
  await expect(deliveries.detail).toContainText('HTTP 500');
  await expect(deliveries.detail.getByRole('list', { name: 'Attempts' }).getByRole('listitem')).toHaveCount(2);

  // An operator's resend is one attempt; still 500, so each ends failed. `r` resends, `j` moves down.
  await page.keyboard.press('r');
  await expect(deliveries.rows().first()).toContainText('Failed');
  await page.keyboard.press('j');
  await page.keyboard.press('r');
  await expect(deliveries.row('Failed')).toHaveCount(2);
  await expect(deliveries.stateChip('Failed')).toHaveText(/Failed\s*2/);
  const firstIds = new Set(receiver.at('/acme').map((request) => request.headers['webhook-id']));
  expect(firstIds.size).toBe(2);

  receiver.status = 200;
  await deliveries.resendFailed.click();
  await expect(deliveries.confirmResend).toContainText('The 2 failed deliveries matching this filter');
  await deliveries.confirmResend.getByRole('button', { name: 'Resend 2' }).click();
  await expect(deliveries.bulkResend).toContainText('Resend finished: 2 of 2');
  await expect(deliveries.bulkResend.getByRole('progressbar', { name: 'Resend progress' })).toHaveAttribute(
    'value',
    '2',
  );
  await expect(deliveries.row('Delivered')).toHaveCount(2);
  await expect(deliveries.resendFailed).toHaveText('Resend 0 failed');

  const delivered = receiver.at('/acme').slice(-2);
  expect(new Set(delivered.map((request) => request.headers['webhook-id']))).toEqual(firstIds);
});
