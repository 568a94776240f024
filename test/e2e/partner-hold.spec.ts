import { expect, test } from './fixtures/hub';
import { addPartner } from './fixtures/integrations';
import { AppFrame } from './pages/app-frame';
import { DeliveriesPage } from './pages/deliveries-page';
import { PartnersPage } from './pages/partners-page';

test('hold a partner from its row: changes are kept and shown Held in the log, the row and the status bar; Release delivers them (#14 point 4)', async ({
  page,
  hub,
  receiver,
}) => {
  await addPartner(hub, receiver, {
    name: 'Deliveroo',
    path: '/deliveroo',
    eventTypes: ['menu.item.updated', 'order.created'],
  });
  const frame = new AppFrame(page);
  const partners = new PartnersPage(page);
  const deliveries = new DeliveriesPage(page);
  await frame.open(hub.url, '/hub/partners');

  await partners.holdButton('Deliveroo').click();
  const row = partners.row('Deliveroo');
  await expect(row).toContainText(
    'Held — 0 webhooks waiting. Changes are kept and sent, in order, when you release it.',
  );

  // The evening goes on: the espresso's price twice (the first superseded by the second), and an online order.
  await hub.call('menu.items.setPrice', { prices: [{ id: 'itm_espresso', price: 310 }] });
  await hub.call('menu.items.setPrice', { prices: [{ id: 'itm_espresso', price: 320 }] });
  await hub.call('checks.open', {
    source: 'olo',
    table: '',
    guests: null,
    notes: '',
    lines: [{ itemId: 'itm_margherita', quantity: 1, optionIds: ['opt_margherita_1_2'], notes: '' }],
  });

  await expect(frame.statusBar).toContainText('Deliveroo held — 2 waiting');
  await expect(partners.releaseButton('Deliveroo')).toHaveAccessibleName('Release 2 webhooks to Deliveroo');
  // Its health counts them as not delivered yet, and says why beside the 0%.
  const heldCounted = 'the webhooks held count as not delivered until you release them';
  await expect(row).toContainText(heldCounted);

  // The status bar leads to what is kept: Held, not Paused, and why.
  await frame.statusBar.getByRole('link', { name: 'Deliveroo held — 2 waiting' }).click();
  await expect(deliveries.heading).toBeVisible();
  await expect(deliveries.stateChip('Held')).toHaveAttribute('aria-pressed', 'true');
  await expect(deliveries.stateChip('Held')).toContainText('2');
  await expect(deliveries.rows()).toHaveCount(2);
  for (const text of ['New order', 'Menu item changed']) {
    await expect(deliveries.row(text).getByText('Held', { exact: true })).toBeVisible();
  }
  expect(receiver.at('/deliveroo')).toEqual([]);

  await frame.goTo('Partners');
  await partners.releaseButton('Deliveroo').click();
  await expect.poll(() => receiver.at('/deliveroo').length).toBe(2);
  const received = receiver.at('/deliveroo').map((request) => request.body);
  expect(received.map((envelope) => envelope.type).sort()).toEqual(['menu.item.updated', 'order.created']);
  const item = received.find((envelope) => envelope.type === 'menu.item.updated')?.data.item as {
    price: { amount: number };
  };
  expect(item.price.amount).toBe(320);
  await expect(partners.holdButton('Deliveroo')).toBeVisible();
  await expect(frame.statusBar).not.toContainText('held —');
  await expect(row).not.toContainText(heldCounted);
});
