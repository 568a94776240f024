import { expect, test } from './fixtures/hub';
import { addPartner } from './fixtures/integrations';
import { waitUntilQueueIdle } from './fixtures/queue';
import type { ReceivedRequest } from './fixtures/receiver';
import { AppFrame } from './pages/app-frame';
import { MenuPage } from './pages/menu-page';

interface OptionData {
  name: string;
  price: { amount: number; currency: string };
}
interface ItemData {
  id: string;
  name: string;
  category_id: string;
  price: { amount: number };
  modifier_groups: { name: string; options: OptionData[] }[];
}
interface MenuData {
  categories: { id: string; name: string; items: { name: string }[] }[];
}

const itemOf = (request: ReceivedRequest): ItemData => request.body.data.item as ItemData;
const menuOf = (request: ReceivedRequest): MenuData => request.body.data.menu as MenuData;
const ofType = (type: string) => (request: ReceivedRequest) => request.body.type === type;

/**
 * #13 point 6: the whole life of an item as a partner hears it — created with a
 * modifier, its category renamed, a modifier's price changed, deleted — each
 * change with exactly the events it must send.
 */
test('add an item → rename its category → change a modifier price → delete: the partner hears each', async ({
  page,
  hub,
  receiver,
}) => {
  // Four saves, each waited on at the partner: longer than one form's test.
  test.slow();
  await addPartner(hub, receiver, {
    name: 'Menu Sync',
    path: '/menu',
    eventTypes: ['menu.item.created', 'menu.item.updated', 'menu.item.deleted', 'menu.updated'],
  });
  const menu = new MenuPage(page);
  await new AppFrame(page).open(hub.url, '/menu');
  const sent = (): string[] => receiver.at('/menu').map((request) => request.body.type);

  // Add: a calzone with one extra.
  await page.getByRole('button', { name: '+ Add item to Pizza', exact: true }).click();
  const editor = page.getByRole('region', { name: 'New item in Pizza' });
  await expect(menu.recipients(editor)).toContainText('Menu Sync will be notified.');
  await editor.getByLabel('Name', { exact: true }).fill('Calzone');
  await editor.getByLabel(/^Price/).fill('12.50');
  await editor.getByRole('button', { name: '+ Add modifier group' }).click();
  await editor.getByLabel('Group name').fill('Extras');
  const option = editor.getByRole('group', { name: /^Option 1/ });
  await option.getByLabel('Name', { exact: true }).fill('Ricotta');
  await option.getByLabel(/^Extra price/).fill('1.50');
  await editor.getByRole('button', { name: 'Add item', exact: true }).click();
  await expect(menu.editor).toHaveAccessibleName('Edit Calzone');

  const created = await receiver.waitFor(ofType('menu.item.created'));
  expect(itemOf(created)).toMatchObject({
    name: 'Calzone',
    price: { amount: 1250 },
    modifier_groups: [{ name: 'Extras', options: [{ name: 'Ricotta', price: { amount: 150, currency: 'EUR' } }] }],
  });
  const calzoneId = itemOf(created).id;
  const afterAdd = await receiver.waitFor(
    (r) => ofType('menu.updated')(r) && menuOf(r).categories.some((c) => c.items.some((i) => i.name === 'Calzone')),
  );
  const pizzaId = menuOf(afterAdd).categories.find((c) => c.name === 'Pizza')?.id;
  expect(itemOf(created).category_id).toBe(pizzaId);
  await waitUntilQueueIdle(hub);
  expect(sent()).toEqual(['menu.item.created', 'menu.updated']);

  // Rename the category: the whole menu, and no item event.
  await page.getByRole('button', { name: 'Actions for category Pizza', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Rename…' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename Pizza' });
  await rename.getByLabel('Name', { exact: true }).fill('Pizze');
  await rename.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(rename).toBeHidden();
  const renamed = await receiver.waitFor(
    (r) => ofType('menu.updated')(r) && menuOf(r).categories.some((c) => c.name === 'Pizze'),
  );
  expect(menuOf(renamed).categories.find((c) => c.id === pizzaId)?.name).toBe('Pizze');
  await waitUntilQueueIdle(hub);
  expect(sent()).toEqual(['menu.item.created', 'menu.updated', 'menu.updated']);

  // A modifier's price: menu.item.updated names the change, then the menu.
  const extra = menu.editor.getByRole('group', { name: 'Option 1: Ricotta' }).getByLabel(/^Extra price/);
  await expect(extra).toHaveValue('1.50');
  await extra.fill('2.00');
  await menu.saveItem();
  const updated = await receiver.waitFor(ofType('menu.item.updated'));
  expect(itemOf(updated).id).toBe(calzoneId);
  expect(itemOf(updated).modifier_groups[0]?.options[0]?.price).toEqual({ amount: 200, currency: 'EUR' });
  expect((updated.body.data.changes as { field: string }[]).map((change) => change.field)).toEqual(['modifier_groups']);
  await waitUntilQueueIdle(hub);
  expect(sent()).toEqual(['menu.item.created', 'menu.updated', 'menu.updated', 'menu.item.updated', 'menu.updated']);

  // Delete, after a confirm that names who will be told.
  await page.getByRole('button', { name: 'More actions for Calzone', exact: true }).first().click();
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete Calzone?' });
  await expect(menu.recipients(confirm)).toContainText('Menu Sync will be notified.');
  await confirm.getByRole('button', { name: 'Delete item' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('button', { name: 'Edit Calzone', exact: true })).toHaveCount(0);
  const deleted = await receiver.waitFor(ofType('menu.item.deleted'));
  expect(itemOf(deleted)).toMatchObject({ id: calzoneId, name: 'Calzone' });
  const afterDelete = await receiver.waitFor(
    (r) => ofType('menu.updated')(r) && !menuOf(r).categories.some((c) => c.items.some((i) => i.name === 'Calzone')),
  );
  expect(menuOf(afterDelete).categories.find((c) => c.id === pizzaId)?.name).toBe('Pizze');
  await waitUntilQueueIdle(hub);
  expect(sent()).toEqual([
    'menu.item.created',
    'menu.updated',
    'menu.updated',
    'menu.item.updated',
    'menu.updated',
    'menu.item.deleted',
    'menu.updated',
  ]);
});

/** A 1 × 1 PNG, served as the partner's picture host would serve a photo. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * #13 point 1 by keyboard and pointer: the search over every menu, reached with
 * Tab and filtering as typed; Duplicate; a picture address that must be https,
 * shown as a thumbnail and sent to the partner.
 */
test('search every menu as you type, duplicate an item, give it an https picture: the partner hears both', async ({
  page,
  hub,
  receiver,
}) => {
  test.slow();
  await addPartner(hub, receiver, {
    name: 'Menu Sync',
    path: '/menu',
    eventTypes: ['menu.item.created', 'menu.item.updated'],
  });
  const picture = 'https://images.example.com/margherita-copy.png';
  await page.route(picture, (route) => route.fulfill({ body: png, contentType: 'image/png' }));
  const menu = new MenuPage(page);
  await new AppFrame(page).open(hub.url, '/menu');

  // Right after the page's one button, and every menu is searched, by description too.
  await page.getByRole('button', { name: '+ New menu' }).focus();
  await page.keyboard.press('Tab');
  await expect(menu.search).toBeFocused();
  await page.keyboard.type('spicy');
  await expect(page.getByRole('status').filter({ hasText: 'found' })).toHaveText('2 items found in 2 of 2 menus.');
  await expect(menu.row('Diavola')).toBeVisible();
  await expect(menu.row('Slice Diavola')).toBeVisible();
  await expect(menu.row('Margherita')).toBeHidden();
  await page.keyboard.type(' slice');
  await expect(page.getByRole('status').filter({ hasText: 'found' })).toHaveText('1 item found in 1 of 2 menus.');
  await expect(menu.row('Diavola')).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(menu.search).toHaveValue('');
  await expect(menu.row('Margherita')).toBeVisible();

  // Duplicate: the copy sits right after the original, open in the editor.
  await menu.act('More actions for Margherita', 'Duplicate');
  await expect(menu.editor).toHaveAccessibleName('Edit Margherita (copy)');
  const pizza = menu.category('Pizza').getByRole('button', { name: /^Edit / });
  await expect(pizza.nth(1)).toHaveAccessibleName('Edit Margherita (copy)');
  const created = await receiver.waitFor(ofType('menu.item.created'));
  expect(itemOf(created)).toMatchObject({ name: 'Margherita (copy)', price: { amount: 1050 } });

  // A picture: http is refused under the field; https shows the thumbnail partners will show.
  const address = menu.field('Picture (https address)');
  await address.fill('http://images.example.com/margherita-copy.png');
  await address.blur();
  await expect(address).toHaveAccessibleDescription(/^The picture address must start with https:\/\/\./);
  await expect(menu.save).toBeDisabled();
  await address.fill(picture);
  await address.blur();
  const thumbnail = menu.editor.getByRole('img', { name: 'Picture of Margherita (copy)' });
  await expect(thumbnail).toBeVisible();
  // Loaded, not only placed: the page's Content-Security-Policy lets https pictures in.
  await expect(thumbnail).toHaveJSProperty('naturalWidth', 1);
  await expect(address).toHaveAccessibleDescription('Optional. Sent to partners with the item.');
  await menu.saveItem();
  const updated = await receiver.waitFor(ofType('menu.item.updated'));
  expect(itemOf(updated)).toMatchObject({ id: itemOf(created).id, image_url: picture });
  expect((updated.body.data.changes as { field: string }[]).map((change) => change.field)).toEqual(['image_url']);
});
