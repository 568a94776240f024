import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/hub';
import { addPartner } from './fixtures/integrations';
import { waitUntilQueueIdle } from './fixtures/queue';
import { AppFrame } from './pages/app-frame';
import { MenuPage } from './pages/menu-page';
import { OrdersPage } from './pages/orders-page';
import { StorePage } from './pages/store-page';

test.beforeEach(({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
});

const time = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

test('menu hours: inline errors block Save and send nothing; an overnight range saves and is sent', async ({
  page,
  hub,
  receiver,
}) => {
  await addPartner(hub, receiver, { name: 'Menu Sync', path: '/menu', eventTypes: ['menu.hours.updated'] });
  const frame = new AppFrame(page);
  await frame.open(hub.url, '/menu/hours');
  const save = page.getByRole('button', { name: 'Save', exact: true });
  await expect(page.getByRole('note', { name: 'Who will receive this' })).toContainText('Menu Sync will be notified.');
  await expect(save).toBeDisabled();

  // A change made elsewhere reloads the menus while a field has the focus: the field is not
  // re-created under the cursor, so it keeps the focus and what is typed next (#13).
  const tuesdayEnd = time(page, 'Tuesday, range 1, to');
  await tuesdayEnd.focus();
  await hub.call('menu.items.setInStock', { ids: ['itm_margherita'], inStock: false });
  await expect(new MenuPage(page).menu('Main menu')).toContainText('1 86’d');
  await expect(tuesdayEnd).toBeFocused();

  // Not a time.
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('25:00');
  await expect(tuesdayEnd).toHaveValue('25:00');
  await tuesdayEnd.blur();
  await expect(tuesdayEnd).toHaveAttribute('aria-invalid', 'true');
  await expect(tuesdayEnd).toHaveAccessibleDescription('Use HH:MM, e.g. 09:30.');
  await expect(save).toBeDisabled();
  await tuesdayEnd.fill('14:30');
  await expect(tuesdayEnd).not.toHaveAttribute('aria-invalid', 'true');

  // Overlapping ranges on one day.
  const fridayFrom = time(page, 'Friday, range 2, from');
  await fridayFrom.fill('14:00');
  await fridayFrom.blur();
  await expect(fridayFrom).toHaveAccessibleDescription('Overlaps 11:30–14:30 on Friday.');
  await expect(save).toBeDisabled();
  await expect(page.getByText('Fix before saving: Friday.')).toBeVisible();
  await fridayFrom.fill('17:30');

  // An overnight range: Monday 22:00–02:00, written as it is said.
  await page.getByRole('button', { name: 'Add a range on Monday' }).click();
  await time(page, 'Monday, range 1, from').fill('22:00');
  await time(page, 'Monday, range 1, to').fill('02:00');
  await expect(page.getByRole('group', { name: 'Monday' })).toContainText('ends the next day');
  // It may not run into Tuesday's 11:30 either; this one does not.
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  const sent = await receiver.waitFor((request) => request.body.type === 'menu.hours.updated');
  expect((sent.body.data.hours as Record<string, unknown>).monday).toEqual([{ start: '22:00', end: '02:00' }]);
  expect(sent.body.data.name).toBe('Main menu');
  await waitUntilQueueIdle(hub);
  expect(receiver.at('/menu')).toHaveLength(1);

  await frame.open(await hub.restart(), '/menu/hours');
  await expect(time(page, 'Monday, range 1, to')).toHaveValue('02:00');
});

test('store: a busy delay out of range and a doubled special date are refused inline; leaving asks first', async ({
  page,
  hub,
}) => {
  const frame = new AppFrame(page);
  const store = new StorePage(page);
  await frame.open(hub.url, '/store');
  await expect(store.heading).toBeVisible();

  // A status is set at once, not saved with the form: its own button refuses what the core would.
  await store.chooseStatus('Busy');
  const delay = store.field('Extra wait (minutes)');
  await delay.fill('2');
  await delay.blur();
  await expect(delay).toHaveAttribute('aria-invalid', 'true');
  await expect(delay).toHaveAccessibleDescription(/At least 5 minutes\./);
  await expect(store.setStatus).toBeDisabled();
  await delay.fill('25');
  await expect(store.setStatus).toBeEnabled();
  await expect(store.save).toBeDisabled();

  await page.getByRole('button', { name: 'Add special date' }).click();
  // The sample has two special dates; the new one is the third, named "Special date 3" until it has a date.
  await expect(page.getByRole('group', { name: 'Special date 3' })).toBeVisible();
  const date = page.getByLabel('Date', { exact: true }).nth(2);
  await date.fill('2026-12-24');
  await date.blur();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription('This date is listed twice.');
  await expect(store.save).toBeDisabled();

  // Leaving with edits asks; Stay keeps them.
  const leave = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  await frame.navLink('Orders').click();
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Stay' }).click();
  await expect(delay).toHaveValue('25');
  await frame.navLink('Orders').click();
  await leave.getByRole('button', { name: 'Leave without saving' }).click();

  // Nothing was saved.
  await frame.open(await hub.restart(), '/store');
  await expect(store.currentStatus).toHaveText('Open: taking orders as usual.');
  await expect(page.getByRole('group', { name: /^2026-12-24/ })).toHaveCount(1);
});

test('reset sample data lives in Settings, not the live Menu and Store; it asks first, then restores the sample menu', async ({
  page,
  hub,
}) => {
  const menu = new MenuPage(page);
  const frame = new AppFrame(page);
  await frame.open(hub.url, '/menu');
  await menu.stockSwitch('Margherita').click();
  await expect(menu.stockSwitch('Margherita')).toHaveAttribute('aria-checked', 'false');
  // Not one click away from a live screen (#13).
  await expect(page.getByRole('button', { name: 'Reset sample data' })).toHaveCount(0);
  await frame.open(hub.url, '/store');
  await expect(page.getByRole('heading', { level: 1, name: 'Store' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reset sample data' })).toHaveCount(0);

  await frame.open(hub.url, '/settings');
  await page.getByRole('button', { name: 'Reset sample data' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Reset sample data?' });
  await expect(confirm).toContainText('Your own edits to them are lost');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();

  await page.getByRole('button', { name: 'Reset sample data' }).click();
  await confirm.getByRole('button', { name: 'Reset sample data' }).click();
  await expect(confirm).toBeHidden();
  await frame.open(hub.url, '/menu');
  await expect(menu.stockSwitch('Margherita')).toHaveAttribute('aria-checked', 'true');
});

test('menu: an item with unsaved edits is not dropped silently; a refused name is never saved', async ({
  page,
  hub,
}) => {
  const frame = new AppFrame(page);
  const menu = new MenuPage(page);
  await frame.open(hub.url, '/menu');
  await menu.edit('Burrata');
  const name = menu.field('Name');
  await name.fill('');
  await name.blur();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Enter a name.');
  await expect(menu.save).toBeDisabled();
  await menu.field('Description').fill('Now with basil oil and more.');

  // Choosing another item asks first; Cancel keeps the edits.
  await page.getByRole('button', { name: 'Edit Arancini', exact: true }).click();
  const discard = page.getByRole('alertdialog', { name: 'Discard your changes to Burrata?' });
  await discard.getByRole('button', { name: 'Cancel' }).click();
  await expect(menu.editor).toHaveAccessibleName('Edit Burrata');
  await expect(menu.field('Description')).toHaveValue('Now with basil oil and more.');

  // Leaving the screen asks too.
  await frame.navLink('Orders').click();
  const leave = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  await leave.getByRole('button', { name: 'Leave without saving' }).click();
  await frame.open(await hub.restart(), '/menu');
  await menu.edit('Burrata');
  await expect(menu.field('Name')).toHaveValue('Burrata');
  await expect(menu.field('Description')).toHaveValue('Apulian burrata, heirloom tomatoes, basil oil.');
});

/**
 * #13 point 3: modifier groups and options added, edited, reordered and deleted in
 * the item editor; the shared schema's rules (max ≤ options, min ≤ max, required ⇒
 * min ≥ 1) shown under their fields and blocking Save; the partner hears the groups
 * in the order shown; an order must then answer the group made required.
 */
test('menu: modifiers are edited in the item editor with their rules inline; orders then honour a required group', async ({
  page,
  hub,
  receiver,
}) => {
  test.slow();
  await addPartner(hub, receiver, { name: 'Menu Sync', path: '/menu', eventTypes: ['menu.item.updated'] });
  const frame = new AppFrame(page);
  const menu = new MenuPage(page);
  await frame.open(hub.url, '/menu');
  await menu.edit('Espresso');
  const editor = menu.editor;
  const addGroup = editor.getByRole('button', { name: '+ Add modifier group' });
  const option = (group: Locator, number: number) =>
    group.getByRole('group', { name: new RegExp(`^Option ${number}`) });

  await addGroup.click();
  await editor.getByRole('group', { name: 'New group' }).getByLabel('Group name').fill('Shot');
  const shot = editor.getByRole('group', { name: 'Shot', exact: true });
  await option(shot, 1).getByLabel('Name', { exact: true }).fill('Single');
  const min = shot.getByLabel('Min choices');
  const max = shot.getByLabel('Max choices');

  // More choices than options.
  await max.fill('2');
  await max.blur();
  await expect(max).toHaveAccessibleDescription('Cannot allow more choices than there are options (1).');
  await expect(menu.save).toBeDisabled();
  await expect(editor.getByText('Fix before saving: Modifiers (Shot).')).toBeVisible();
  await shot.getByRole('button', { name: '+ Add option to Shot' }).click();
  await option(shot, 2).getByLabel('Name', { exact: true }).fill('Double');
  await option(shot, 2)
    .getByLabel(/^Extra price/)
    .fill('0.80');
  await expect(max).not.toHaveAttribute('aria-invalid', 'true');

  // A minimum above the maximum.
  await min.fill('3');
  await min.blur();
  await expect(max).toHaveAccessibleDescription('Must be at least the minimum.');
  await expect(menu.save).toBeDisabled();

  // Required with a minimum of 0: ticking Required makes it 1; typing 0 again is refused.
  await min.fill('0');
  await shot.getByRole('checkbox', { name: 'Required' }).check();
  await expect(min).toHaveValue('1');
  await min.fill('0');
  await expect(min).toHaveAccessibleDescription('A required group needs at least 1 choice.');
  await min.fill('1');
  await expect(shot).toContainText('Shot · Choose 1–2');
  await expect(menu.save).toBeEnabled();

  // Reorder and delete: Double before Single, a third option removed, a second group moved above.
  await shot.getByRole('button', { name: 'Move Double up' }).click();
  await shot.getByRole('button', { name: '+ Add option to Shot' }).click();
  await option(shot, 3).getByLabel('Name', { exact: true }).fill('Triple');
  await shot.getByRole('button', { name: 'Remove Triple' }).click();
  await addGroup.click();
  await editor.getByRole('group', { name: 'New group' }).getByLabel('Group name').fill('Milk');
  const milk = editor.getByRole('group', { name: 'Milk', exact: true });
  await option(milk, 1).getByLabel('Name', { exact: true }).fill('Oat milk');
  await milk.getByRole('button', { name: 'Move Milk up' }).click();
  await menu.saveItem();

  const saved = await receiver.waitFor((request) => request.body.type === 'menu.item.updated');
  const item = saved.body.data.item as { modifier_groups: unknown[] };
  expect(item.modifier_groups).toMatchObject([
    { name: 'Milk', required: false, min_choices: 0, max_choices: 1, options: [{ name: 'Oat milk' }] },
    {
      name: 'Shot',
      required: true,
      min_choices: 1,
      max_choices: 2,
      options: [
        { name: 'Double', price: { amount: 80 } },
        { name: 'Single', price: { amount: 0 } },
      ],
    },
  ]);

  // A group deleted is gone for the partner too.
  await milk.getByRole('button', { name: 'Delete group Milk' }).click();
  await menu.saveItem();
  await receiver.waitFor(
    (request) =>
      request.body.type === 'menu.item.updated' &&
      (request.body.data.item as { modifier_groups: unknown[] }).modifier_groups.length === 1,
  );

  // An order has to answer the required Shot.
  const orders = new OrdersPage(page);
  await frame.navLink('Orders').click();
  await orders.openCheck('POS', '4');
  await orders.detail.getByRole('button', { name: 'Add item', exact: true }).click();
  const select = orders.addDialog.getByLabel('Item', { exact: true });
  await select.selectOption({
    label: (await select.locator('option', { hasText: /^Espresso — / }).textContent()) ?? '',
  });
  const add = orders.addDialog.getByRole('button', { name: 'Add to check', exact: true });
  await expect(orders.addDialog.getByRole('group', { name: /^Shot/ })).toHaveAccessibleDescription('Choose one.');
  await expect(add).toBeDisabled();
  await orders.addDialog.getByRole('checkbox', { name: /^Double/ }).check();
  await add.click();
  await expect(orders.addDialog).toBeHidden();
  await expect(orders.detail).toContainText('Double');
});
