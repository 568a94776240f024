import { Webhook } from 'standardwebhooks';
import { expect, test } from './fixtures/hub';
import type { HubProcess } from './fixtures/hub-process';
import { addPartner, configureOrderHooks, orderHookHeader } from './fixtures/integrations';
import { Receiver, type ReceivedRequest } from './fixtures/receiver';
import { AppFrame } from './pages/app-frame';
import { DeliveriesPage } from './pages/deliveries-page';
import { OrderWebhooksPage } from './pages/order-webhooks-page';
import { PartnersPage } from './pages/partners-page';

const openCheck = (table: string) => ({ source: 'olo', table, guests: 2, notes: '', lines: [] });

interface Counts {
  byState: Record<string, number>;
}

/** Waits (on the hub's counts, no sleeps) until `n` deliveries are retrying after failed attempts. */
async function untilRetrying(hub: HubProcess, n: number): Promise<void> {
  await expect
    .poll(async () => (await hub.call<Counts>('deliveries.count', { filter: {} })).byState.retrying, {
      intervals: [50, 100, 200],
    })
    .toBe(n);
}

const webhookIds = (requests: ReceivedRequest[]): Set<unknown> =>
  new Set(requests.map((request) => request.headers['webhook-id']));

test.beforeEach(({ page }) => {
  // Leaving a page with edits asks through `beforeunload`; these tests mean to leave.
  page.on('dialog', (dialog) => void dialog.accept());
});

test('a partner down with 500: failing, its webhooks retrying; its URL fixed, one click delivers every one — same webhook-id, valid signatures', async ({
  page,
  hub,
  receiver,
}) => {
  // The whole story on four screens, as the manager lives it.
  test.slow();
  receiver.status = 500;
  const { signingSecret = '' } = await addPartner(hub, receiver, {
    name: 'Acme Delivery',
    path: '/acme',
    eventTypes: ['order.created'],
    signed: true,
  });
  for (const table of ['1', '2', '3']) await hub.call('checks.open', openCheck(table));
  await untilRetrying(hub, 3);
  const undelivered = webhookIds(receiver.at('/acme'));
  expect(undelivered.size).toBe(3);

  // What the manager sees: the partner failing, its webhooks retrying, nothing "failed" yet.
  const frame = new AppFrame(page);
  const deliveries = new DeliveriesPage(page);
  await frame.open(hub.url, '/deliveries');
  await expect(deliveries.row(/Retrying at/)).toHaveCount(3);
  await expect(deliveries.stateChip('Failed')).toHaveText(/Failed\s*0/);
  const partners = new PartnersPage(page);
  await frame.navLink('Partners').click();
  await expect(partners.row('Acme Delivery')).toContainText('Failing: 500');

  // The fix: the partner's new, healthy address. It takes webhooks only once the manager has
  // the offer in front of them: otherwise the schedule's own retry, seconds after the save, could
  // deliver all three before the click (once on CI: "Resend finished: 0 of 0").
  const healthy = new Receiver();
  let accepting = false;
  const accepted: ReceivedRequest[] = [];
  healthy.answer = (request) => {
    if (!accepting) return 503;
    accepted.push(request);
    return 200;
  };
  await healthy.start();
  try {
    await partners.edit('Acme Delivery');
    await partners.field('URL').fill(healthy.url('/acme'));
    await partners.submitForm('Save changes');
    await expect(partners.form).toBeHidden();

    // One action.
    await expect(partners.undeliveredOffer).toContainText(
      '3 webhooks to Acme Delivery have not been delivered yet (3 waiting to retry).',
    );
    const send = partners.undeliveredOffer.getByRole('button', {
      name: 'Send the 3 undelivered webhooks to Acme Delivery now',
    });
    await expect(send).toBeVisible();
    accepting = true;
    await send.click();
    // A retry due in the moment between the two lines above may still get one through first.
    await expect(page.getByRole('status', { name: 'Bulk resend' })).toContainText(/Resend finished: ([1-3]) of \1\b/);

    await expect.poll(() => accepted.length).toBe(3);
    const arrived = accepted;
    expect(webhookIds(arrived)).toEqual(undelivered);
    const verifier = new Webhook(signingSecret);
    for (const request of arrived) {
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
      expect(verifier.verify(request.raw, headers)).toMatchObject({ id: request.headers['webhook-id'] });
    }
    await expect
      .poll(async () => (await hub.call<Counts>('deliveries.count', { filter: {} })).byState)
      .toMatchObject({ delivered: 3, retrying: 0, failed: 0, pending: 0 });
    // And the alert on the partner goes away with its cause.
    await expect(partners.row('Acme Delivery')).not.toContainText('Failing');
    // Nothing left to send: the offer's link shows them delivered in the log.
    await page.getByRole('link', { name: 'See them in Deliveries' }).click();
    await expect(deliveries.row('Delivered')).toHaveCount(3);
  } finally {
    await healthy.stop();
  }
});

test('the Order Webhooks key rejected with 401: the right Value saved, the offer sends every undelivered order webhook with it', async ({
  page,
  hub,
  receiver,
}) => {
  test.slow();
  const rightValue = 'sk_live_the_right_one_7788';
  // The partner takes the right Value only once the manager has the offer in front of them:
  // otherwise the schedule's own retry, seconds after the save, could deliver one first.
  let accepting = false;
  const accepted: ReceivedRequest[] = [];
  receiver.answer = (request) => {
    if (!accepting || request.headers[orderHookHeader.name.toLowerCase()] !== rightValue) return 401;
    accepted.push(request);
    return 200;
  };
  await configureOrderHooks(hub, receiver, { thirdOrderActive: false });
  for (const table of ['7', '8']) await hub.call('checks.open', openCheck(table));
  await untilRetrying(hub, 2);
  // The hooks are unsigned: the envelope's id is what a partner de-duplicates on.
  const eventIds = (requests: ReceivedRequest[]): Set<string> => new Set(requests.map((request) => request.body.id));
  const undelivered = eventIds(receiver.at('/open'));
  expect(undelivered.size).toBe(2);

  const hooks = new OrderWebhooksPage(page);
  await new AppFrame(page).open(hub.url, '/hub/order-webhooks');
  await expect(page.getByRole('group', { name: 'Open Order Web Hooks' })).toContainText(
    'Failing: 401 — the partner rejected the API key',
  );
  await hooks.value.fill(rightValue);
  await hooks.saveAndWait();

  // Only the hook with something undelivered is named, though the key goes with all three.
  const offer = page.getByRole('region', { name: 'Undelivered webhooks' });
  const send = offer.getByRole('button', { name: 'Send the 2 undelivered webhooks to Open Order Web Hooks now' });
  await expect(send).toBeVisible();
  accepting = true;
  await send.click();
  // A retry due in the moment between the two lines above may still get one through first.
  await expect(page.getByRole('status', { name: 'Bulk resend' })).toContainText(/Resend finished: ([12]) of \1\b/);
  await expect.poll(() => accepted.length).toBe(2);
  expect(accepted.every((request) => request.path === '/open')).toBe(true);
  expect(eventIds(accepted)).toEqual(undelivered);
  await expect
    .poll(async () => (await hub.call<Counts>('deliveries.count', { filter: {} })).byState)
    .toMatchObject({ delivered: 2, retrying: 0, failed: 0 });
});
