import { expect, test } from './fixtures/hub';
import { addPartner } from './fixtures/integrations';
import { waitUntilQueueIdle } from './fixtures/queue';
import type { ReceivedRequest } from './fixtures/receiver';
import { AppFrame } from './pages/app-frame';
import { MenuPage } from './pages/menu-page';

const menuKey = { name: 'X-Menu-Key', value: 'menu_sync_key_7781' };

interface ItemData {
  name: string;
  price: { amount: number; currency: string };
  in_stock: boolean;
}

const item = (request: ReceivedRequest): ItemData => request.body.data.item as ItemData;
const itemEvent = (name: string, match: (data: ItemData) => boolean) => (request: ReceivedRequest) =>
  request.path === '/menu' &&
  request.body.type === 'menu.item.updated' &&
  item(request).name === name &&
  match(item(request));

test.beforeEach(({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
});

test('a price change reaches the partner subscribed to menu events with the new price', async ({
  page,
  hub,
  receiver,
}) => {
  await addPartner(hub, receiver, {
    name: 'Menu Sync',
    path: '/menu',
    eventTypes: ['menu.item.updated', 'menu.updated'],
    header: menuKey,
  });
  // A partner that is not subscribed to menu events must not be named, nor receive anything.
  await addPartner(hub, receiver, { name: 'Loyalty', path: '/loyalty', eventTypes: ['order.closed'] });
  const menu = new MenuPage(page);
  await new AppFrame(page).open(hub.url, '/menu');
  await menu.edit('Margherita');
  await expect(menu.recipients(menu.editor)).toHaveText('Who will receive this: Menu Sync will be notified.');

  const price = menu.field(/^Price/);
  await expect(price).toHaveValue('10.50');
  await price.fill('abc');
  await price.blur();
  await expect(price).toHaveAttribute('aria-invalid', 'true');
  await expect(price).toHaveAccessibleDescription(/Enter the price as a number/);
  await expect(menu.save).toBeDisabled();
  await price.fill('1000000.01');
  await expect(price).toHaveAccessibleDescription('A price can be at most 1,000,000.00.');
  await expect(menu.save).toBeDisabled();

  await price.fill('11.50');
  await menu.saveItem();
  const updated = await receiver.waitFor(itemEvent('Margherita', (data) => data.price.amount === 1150));
  expect(item(updated).price).toEqual({ amount: 1150, currency: 'EUR' });
  expect(updated.body.data.changes).toEqual([
    { field: 'price', old: { amount: 1050, currency: 'EUR' }, new: { amount: 1150, currency: 'EUR' } },
  ]);
  expect(updated.headers[menuKey.name.toLowerCase()]).toBe(menuKey.value);
  await receiver.waitFor((request) => request.path === '/menu' && request.body.type === 'menu.updated');
  await expect(page.getByRole('button', { name: 'Edit Margherita' })).toContainText('Margherita');
  await expect(menu.editor).toContainText('Now €11.50');

  await waitUntilQueueIdle(hub);
  expect(receiver.at('/loyalty')).toHaveLength(0);
  // Nothing was sent for the refused values.
  expect(receiver.at('/menu').filter((request) => request.body.type === 'menu.item.updated')).toHaveLength(1);
});

test('86ing an item in one click sends in_stock: false; bulk 86 and bulk price reach the partner per item', async ({
  page,
  hub,
  receiver,
}) => {
  await addPartner(hub, receiver, {
    name: 'Menu Sync',
    path: '/menu',
    eventTypes: ['menu.item.updated', 'menu.updated'],
    header: menuKey,
  });
  const menu = new MenuPage(page);
  await new AppFrame(page).open(hub.url, '/menu');

  const tiramisu = menu.stockSwitch('Tiramisù');
  await expect(tiramisu).toHaveAttribute('aria-checked', 'true');
  await tiramisu.click();
  await expect(tiramisu).toHaveAttribute('aria-checked', 'false');
  await expect(tiramisu).toContainText('86’d');
  const eightySixed = await receiver.waitFor(itemEvent('Tiramisù', (data) => !data.in_stock));
  expect(item(eightySixed).in_stock).toBe(false);
  expect(eightySixed.body.data.changes).toEqual([{ field: 'in_stock', old: true, new: false }]);
  expect(eightySixed.headers[menuKey.name.toLowerCase()]).toBe(menuKey.value);

  // Bulk: tick two pizzas, 86 both, then raise both by 10 %.
  await menu.checkbox('Funghi').check();
  await menu.checkbox('Capricciosa').check();
  await expect(menu.bulkBar).toContainText('2 items selected');
  await expect(menu.recipients(menu.bulkBar)).toContainText('Menu Sync will be notified.');
  await menu.bulkBar.getByRole('button', { name: '86 selected', exact: true }).click();
  await expect(menu.stockSwitch('Funghi')).toHaveAttribute('aria-checked', 'false');
  await expect(menu.stockSwitch('Capricciosa')).toHaveAttribute('aria-checked', 'false');
  await receiver.waitFor(itemEvent('Funghi', (data) => !data.in_stock));
  await receiver.waitFor(itemEvent('Capricciosa', (data) => !data.in_stock));

  await menu.bulkBar.getByRole('button', { name: 'Change price…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change the price of 2 items' });
  await dialog.getByRole('radio', { name: 'Change by a percentage' }).check();
  await dialog.getByLabel('Change (%)').fill('10');
  await expect(dialog.getByRole('list', { name: 'New prices' })).toContainText('€11.90 → €13.09');
  await dialog.getByRole('button', { name: 'Apply new prices' }).click();
  await expect(dialog).toBeHidden();
  await receiver.waitFor(itemEvent('Funghi', (data) => data.price.amount === 1309));
  await receiver.waitFor(itemEvent('Capricciosa', (data) => data.price.amount === 1595));
});
