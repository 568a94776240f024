import { Webhook } from 'standardwebhooks';
import { eventExamples } from '../../shared/events/event-examples';
import { expect, test } from './fixtures/hub';
import { addPartner } from './fixtures/integrations';
import { sidewaysProblems } from './layout/layout-probes';
import { AppFrame } from './pages/app-frame';
import { DeliveriesPage } from './pages/deliveries-page';
import { EventCatalogPage } from './pages/event-catalog-page';

test('Event Catalog: read New order’s JSON Schema, send its example to a partner, see how it went in place; the partner gets it signed and marked', async ({
  page,
  hub,
  receiver,
}) => {
  const { signingSecret } = await addPartner(hub, receiver, {
    name: 'Acme Delivery',
    path: '/acme',
    eventTypes: ['order.created'],
    signed: true,
  });
  await addPartner(hub, receiver, { name: 'Loyalty Co', path: '/loyalty', eventTypes: ['order.closed'] });
  const frame = new AppFrame(page);
  const catalog = new EventCatalogPage(page);
  await frame.open(hub.url);
  await frame.goTo('Event Catalog');
  await expect(catalog.heading).toBeVisible();

  const card = catalog.card('order.created');
  await expect(card).toContainText('order.created');
  await expect(card).toContainText('Acme Delivery');
  await catalog.toggle('order.created', 'JSON Schema').click();
  await expect(catalog.toggle('order.created', 'JSON Schema')).toHaveAttribute('aria-expanded', 'true');
  const schema = catalog.json('order.created', 'JSON Schema');
  await expect(schema).toContainText('"$id": "https://integration-hub.local/events/order.created.schema.json"');
  // A long schema scrolls inside its box, not the page.
  const box = (pre: { scrollHeight: number; clientHeight: number }): boolean => pre.scrollHeight > pre.clientHeight;
  expect(await schema.evaluate(box)).toBe(true);
  expect(await sidewaysProblems(page)).toEqual([]);

  // A partner that did not subscribe gets an example only after an explicit tick.
  await catalog.target('order.created').selectOption({ label: 'Loyalty Co' });
  await expect(catalog.sendButton('order.created')).toBeDisabled();
  await card.getByRole('checkbox', { name: /Send it anyway: Loyalty Co does not subscribe/ }).check();
  await expect(catalog.sendButton('order.created')).toBeEnabled();

  await catalog.target('order.created').selectOption({ label: 'Acme Delivery' });
  await catalog.sendButton('order.created').click();
  // The time it took: milliseconds, or seconds on a busy machine.
  await expect(catalog.result('order.created', 'Acme Delivery')).toContainText(
    /^Example delivered · 200 · [\d.]+ m?s /,
  );

  const arrived = await receiver.waitFor((request) => request.path === '/acme');
  const example = eventExamples['order.created'];
  const headers = Object.fromEntries(Object.entries(arrived.headers).map(([name, value]) => [name, String(value)]));
  expect(new Webhook(signingSecret ?? '').verify(arrived.raw, headers)).toMatchObject({
    type: 'order.created',
    example: true,
    data: example.data,
  });
  expect(arrived.body.id).not.toBe(example.id);
  expect(arrived.headers['webhook-id']).toBe(arrived.body.id);
  expect(receiver.at('/loyalty')).toHaveLength(0);

  await catalog.result('order.created', 'Acme Delivery').getByRole('link', { name: 'Open in Deliveries' }).click();
  const deliveries = new DeliveriesPage(page);
  await expect(
    deliveries.detail.getByRole('heading', { name: 'Example to Acme Delivery — not a real order' }),
  ).toBeVisible();
  await expect(deliveries.detail).toContainText(arrived.body.id);
});
