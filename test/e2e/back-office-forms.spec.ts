import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/hub';
import { addPartner } from './fixtures/integrations';
import { waitUntilQueueIdle } from './fixtures/queue';
import { AppFrame } from './pages/app-frame';
import { MenuPage } from './pages/menu-page';
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
