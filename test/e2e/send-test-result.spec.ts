import { expect, test } from './fixtures/hub';
import { addPartner, configureOrderHooks } from './fixtures/integrations';
import { AppFrame } from './pages/app-frame';
import { DeliveriesPage } from './pages/deliveries-page';
import { PartnersPage } from './pages/partners-page';

test('Send test event says in the partner’s row how it went — delivered with status and time, or why not — and links to that delivery', async ({
  page,
  hub,
  receiver,
}) => {
  // Acme's answer waits until the screen has shown the test on its way: the result must then arrive live.
  let answerAcme: (status: number) => void = () => undefined;
  const acmeAnswer = new Promise<number>((resolve) => (answerAcme = resolve));
  receiver.answer = (request) => (request.path === '/gate' ? 401 : acmeAnswer);
  await addPartner(hub, receiver, { name: 'Acme Delivery', path: '/acme', eventTypes: ['order.created'] });
  await addPartner(hub, receiver, { name: 'Gatekeeper', path: '/gate', eventTypes: ['order.created'] });
  const partners = new PartnersPage(page);
  await new AppFrame(page).open(hub.url, '/hub/partners');
  await expect(partners.heading).toBeVisible();

  await partners.row('Acme Delivery').getByRole('button', { name: 'Send test event to Acme Delivery' }).click();
  await expect(receiver.waitFor((request) => request.path === '/acme')).resolves.toMatchObject({
    body: { type: 'webhook.test' },
  });
  await expect(partners.testResult('Acme Delivery')).toContainText('Sending test event…');
  answerAcme(200);
  // The time it took includes the hold.
  await expect(partners.testResult('Acme Delivery')).toContainText(/^Test event delivered · 200 · [\d.]+ m?s /);

  await partners.row('Gatekeeper').getByRole('button', { name: 'Send test event to Gatekeeper' }).click();
  const refused = partners.testResult('Gatekeeper');
  await expect(refused).toContainText('Test event not delivered: 401 — the partner rejected the API key');
  // Each row shows its own test.
  await expect(partners.testResult('Acme Delivery')).toContainText('Test event delivered');

  await refused.getByRole('link', { name: 'Open in Deliveries' }).click();
  const deliveries = new DeliveriesPage(page);
  await expect(deliveries.heading).toBeVisible();
  expect(page.url()).toMatch(/#\/deliveries\?delivery=\d+$/);
  await expect(deliveries.detail.getByRole('heading', { name: 'Test event to Gatekeeper' })).toBeVisible();
  await expect(deliveries.detail).toContainText('HTTP 401');
  // The open delivery stays in the address when the filter changes.
  await deliveries.stateChip('Retrying').click();
  expect(page.url()).toMatch(/delivery=\d+/);
  await expect(deliveries.detail.getByRole('heading', { name: 'Test event to Gatekeeper' })).toBeVisible();
});

test('Send test event on an Order Webhooks hook shows the result beside the button', async ({
  page,
  hub,
  receiver,
}) => {
  await configureOrderHooks(hub, receiver, { thirdOrderActive: false });
  await new AppFrame(page).open(hub.url, '/hub/order-webhooks');
  const open = page.getByRole('group', { name: 'Open Order Web Hooks' });
  await open.getByRole('button', { name: 'Send test event to Open Order Web Hooks' }).click();
  const result = open.getByRole('status', { name: 'Test event to Open Order Web Hooks' });
  // The time it took: milliseconds, or seconds on a busy machine.
  await expect(result).toContainText(/^Test event delivered · 200 · [\d.]+ m?s /);
  const [arrived] = receiver.at('/open');
  expect(arrived?.body.type).toBe('webhook.test');

  receiver.status = 503;
  await open.getByRole('button', { name: 'Send test event to Open Order Web Hooks' }).click();
  await expect(result).toContainText(/^Test event not delivered: 503/);
  await expect(result).toContainText(/Retrying at \d{1,2}:\d\d( [AP]M)?/);
});
