import { expect, test } from './fixtures/hub';
import { addPartner } from './fixtures/integrations';
import { waitUntilQueueIdle } from './fixtures/queue';
import type { Page } from '@playwright/test';
import type { HubProcess } from './fixtures/hub-process';
import type { ReceivedRequest, Receiver } from './fixtures/receiver';
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

/** Menu Sync, the partner each test here listens as, subscribed to `eventTypes`; then the Menu screen. */
async function menuWithPartner(
  page: Page,
  hub: HubProcess,
  receiver: Receiver,
  eventTypes: string[],
): Promise<MenuPage> {
  await addPartner(hub, receiver, { name: 'Menu Sync', path: '/menu', eventTypes });
  await new AppFrame(page).open(hub.url, '/menu');
  return new MenuPage(page);
}

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
  const menu = await menuWithPartner(page, hub, receiver, [
    'menu.item.created',
    'menu.item.updated',
    'menu.item.deleted',
    'menu.updated',
  ]);
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
  const picture = 'https://images.example.com/margherita-copy.png';
  await page.route(picture, (route) => route.fulfill({ body: png, contentType: 'image/png' }));
  const menu = await menuWithPartner(page, hub, receiver, ['menu.item.created', 'menu.item.updated']);

  // Right after the page's one button, and every menu is searched, by description too.
  // (Once the menus are in: while they load, the button is there and the search box not yet.)
  await expect(menu.search).toBeVisible();
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

/**
 * #13 point 2 by keyboard and pointer: a category added, moved up from its actions
 * menu, another dragged onto it, a category that holds items deleted by moving them;
 * a menu that holds items refused, a new empty one added, moved and deleted. Each
 * change of shape reaches the partner as the whole menu, in its new order.
 */
test('categories and menus: add, move by keyboard and by drag, delete moving the items; the partner hears the whole menu', async ({
  page,
  hub,
  receiver,
}) => {
  test.slow();
  const menu = await menuWithPartner(page, hub, receiver, ['menu.updated', 'menu.item.updated', 'menu.deleted']);
  const names = (request: ReceivedRequest): string[] => menuOf(request).categories.map((c) => c.name);
  const heard = (order: string[]) =>
    receiver.waitFor((r) => ofType('menu.updated')(r) && names(r).join() === order.join());
  const sample = ['Antipasti', 'Pizza', 'Pasta', 'Secondi', 'Dolci', 'Drinks'];
  await expect(menu.categories()).toHaveText(sample);

  // Add a category: it comes last, and the partner hears the menu with it.
  await page.getByRole('button', { name: '+ Add category' }).click();
  const add = page.getByRole('dialog', { name: 'Add a category to Main menu' });
  await expect(menu.recipients(add)).toContainText('Menu Sync will be notified.');
  await add.getByLabel('Name', { exact: true }).fill('Specials');
  await add.getByRole('button', { name: 'Add category' }).click();
  await expect(add).toBeHidden();
  await expect(menu.categories()).toHaveText([...sample, 'Specials']);
  await heard([...sample, 'Specials']);

  // By keyboard: Move up, from the category's actions.
  await menu.act('Actions for category Specials', 'Move up');
  const movedUp = ['Antipasti', 'Pizza', 'Pasta', 'Secondi', 'Dolci', 'Specials', 'Drinks'];
  await expect(menu.categories()).toHaveText(movedUp);
  await heard(movedUp);

  // By pointer: Drinks dragged onto Specials takes its place (both in view: a drag does not scroll the page).
  const drinks = menu.category('Drinks').getByRole('heading', { name: 'Drinks' });
  await drinks.scrollIntoViewIfNeeded();
  await drinks.dragTo(menu.category('Specials').getByRole('heading', { name: 'Specials' }), { steps: 5 });
  const dragged = ['Antipasti', 'Pizza', 'Pasta', 'Secondi', 'Dolci', 'Drinks', 'Specials'];
  await expect(menu.categories()).toHaveText(dragged);
  await heard(dragged);

  // Dolci holds five items: its delete asks where they go, and each move is told.
  await menu.act('Actions for category Dolci', 'Delete category…');
  const remove = page.getByRole('alertdialog', { name: 'Delete the category Dolci?' });
  await expect(remove).toContainText('It holds 5 items');
  await remove.getByLabel('Move its items to').selectOption({ label: 'Specials' });
  await remove.getByRole('button', { name: 'Move items and delete' }).click();
  await expect(remove).toBeHidden();
  const afterDelete = ['Antipasti', 'Pizza', 'Pasta', 'Secondi', 'Drinks', 'Specials'];
  await expect(menu.categories()).toHaveText(afterDelete);
  await expect(menu.category('Specials')).toContainText('5 items');
  await heard(afterDelete);
  await waitUntilQueueIdle(hub);
  expect(receiver.at('/menu').filter(ofType('menu.item.updated'))).toHaveLength(5);

  // A menu that holds items is not deleted; it says how to empty it.
  await menu.menu('Late night').click();
  await menu.act('Actions for menu Late night', 'Delete menu…');
  const refused = page.getByRole('alertdialog', { name: 'Late night still holds items' });
  await expect(refused).toContainText('Late night has 5 items.');
  await refused.getByRole('button', { name: 'Close' }).click();

  // A new menu: added (and chosen), moved left of Late night, then deleted.
  await page.getByRole('button', { name: '+ New menu' }).click();
  const create = page.getByRole('dialog', { name: 'New menu' });
  await create.getByLabel('Name', { exact: true }).fill('Brunch');
  await create.getByRole('button', { name: 'Add menu' }).click();
  await expect(menu.menu('Brunch')).toHaveAttribute('aria-pressed', 'true');
  await menu.act('Actions for menu Brunch', 'Move left');
  await expect(page.getByRole('navigation', { name: 'Menus' }).getByRole('button')).toHaveText([
    /^Main menu/,
    /^Brunch/,
    /^Late night/,
  ]);
  await menu.act('Actions for menu Brunch', 'Delete menu…');
  await page
    .getByRole('alertdialog', { name: 'Delete the menu Brunch?' })
    .getByRole('button', { name: 'Delete menu' })
    .click();
  await expect(menu.menu('Brunch')).toHaveCount(0);
  const gone = await receiver.waitFor(ofType('menu.deleted'));
  expect(gone.body.data).toMatchObject({ name: 'Brunch' });
});
