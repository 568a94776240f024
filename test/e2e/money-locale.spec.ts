import { expect, test } from './fixtures/hub';
import { addPartner } from './fixtures/integrations';
import { waitUntilQueueIdle } from './fixtures/queue';
import type { Page } from '@playwright/test';
import type { HubProcess } from './fixtures/hub-process';
import type { ReceivedRequest, Receiver } from './fixtures/receiver';
import { AppFrame } from './pages/app-frame';
import { MenuPage } from './pages/menu-page';
import { StorePage } from './pages/store-page';

/**
 * Money follows the user's locale and never silently changes scale (issue #9): what
 * a partner receives for a price typed in a de-DE browser, and in an en-US one.
 */

const menuEvents = ['menu.item.updated', 'menu.updated'];

interface ItemData {
  name: string;
  price: { amount: number; currency: string };
}

const item = (request: ReceivedRequest): ItemData => request.body.data.item as ItemData;
const itemUpdates = (requests: readonly ReceivedRequest[], name: string): number[] =>
  requests
    .filter((request) => request.body.type === 'menu.item.updated' && item(request).name === name)
    .map((request) => item(request).price.amount);

/** The Menu page, with a partner subscribed to menu events on the receiver's `/menu`. */
async function openMenu(page: Page, hub: HubProcess, receiver: Receiver): Promise<MenuPage> {
  await addPartner(hub, receiver, { name: 'Menu Sync', path: '/menu', eventTypes: menuEvents });
  await new AppFrame(page).open(hub.url, '/menu');
  return new MenuPage(page);
}

test.beforeEach(({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
});

test.describe('in a de-DE browser', () => {
  test.use({ locale: 'de-DE' });
  // Each test saves and waits for the queue to drain more than once.
  test.describe.configure({ timeout: 60_000 });

  test('11,00 typed in the item editor reaches the partner as 1100 minor units; 1,100 is refused', async ({
    page,
    hub,
    receiver,
  }) => {
    const menu = await openMenu(page, hub, receiver);
    await expect(menu.row('Margherita')).toContainText('10,50\u00a0€');
    await menu.edit('Margherita');
    const price = menu.field(/^Price/);
    await expect(price).toHaveValue('10,50');

    await price.fill('11,00');
    await menu.saveItem();
    const updated = await receiver.waitFor(
      (request) => request.body.type === 'menu.item.updated' && item(request).name === 'Margherita',
    );
    expect(item(updated).price).toEqual({ amount: 1100, currency: 'EUR' });
    expect(updated.body.data.changes).toEqual([
      { field: 'price', old: { amount: 1050, currency: 'EUR' }, new: { amount: 1100, currency: 'EUR' } },
    ]);
    await expect(menu.editor).toContainText('Now 11,00\u00a0€');
    await expect(price).toHaveValue('11,00');

    // Ambiguous: refused with both amounts written the German way, and nothing can be saved.
    await price.fill('1,100');
    await price.blur();
    await expect(price).toHaveAttribute('aria-invalid', 'true');
    await expect(price).toHaveAccessibleDescription(
      'Unclear which you mean: type 1.100,00 for one thousand one hundred, or 1,10 for one point one.',
    );
    await expect(menu.save).toBeDisabled();

    await waitUntilQueueIdle(hub);
    expect(itemUpdates(receiver.at('/menu'), 'Margherita')).toEqual([1100]);
  });

  test('1100 typed for an 11,00 € item asks first, naming the partner; Cancel sends nothing, Confirm sends it', async ({
    page,
    hub,
    receiver,
  }) => {
    const menu = await openMenu(page, hub, receiver);
    await menu.edit('Margherita');
    const price = menu.field(/^Price/);
    await price.fill('11');
    await menu.saveItem();
    await receiver.waitFor(
      (request) => request.body.type === 'menu.item.updated' && item(request).price.amount === 1100,
    );

    // A whole number is read as euros and written back the German way, so the slip is visible.
    await price.fill('1100');
    await price.blur();
    await expect(price).toHaveValue('1.100,00');
    await menu.save.click();
    const confirm = page.getByRole('alertdialog', { name: 'Change the price of Margherita?' });
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole('list', { name: 'Price changes' })).toContainText(
      'Margherita11,00\u00a0€ → 1.100,00\u00a0€ (100 times the current price)',
    );
    await expect(confirm.getByRole('note', { name: 'Who will receive this' })).toHaveText(
      'Who will receive this: Menu Sync will be notified.',
    );
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();

    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    await expect(price).toHaveValue('1.100,00');
    await expect(menu.editor).toContainText('You have unsaved changes.');
    await waitUntilQueueIdle(hub);
    expect(itemUpdates(receiver.at('/menu'), 'Margherita')).toEqual([1100]);

    await menu.save.click();
    await confirm.getByRole('button', { name: 'Change the price' }).click();
    await expect(confirm).toBeHidden();
    await expect(menu.editor.getByRole('status')).toHaveText('✓ Saved');
    await receiver.waitFor(
      (request) => request.body.type === 'menu.item.updated' && item(request).price.amount === 110_000,
    );
    await waitUntilQueueIdle(hub);
    expect(itemUpdates(receiver.at('/menu'), 'Margherita')).toEqual([1100, 110_000]);
  });

  test('the bulk price preview flags a 10× change and asks before applying; Cancel changes nothing', async ({
    page,
    hub,
    receiver,
  }) => {
    const menu = await openMenu(page, hub, receiver);
    await menu.checkbox('Funghi').check();
    await menu.checkbox('Capricciosa').check();
    await menu.bulkBar.getByRole('button', { name: 'Change price…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change the price of 2 items' });
    const newPrice = dialog.getByLabel('New price (EUR)');
    const preview = dialog.getByRole('list', { name: 'New prices' });

    await newPrice.fill('119,000');
    await expect(newPrice).toHaveAccessibleDescription(/^Unclear which you mean: type 119\.000,00 for/);
    await expect(dialog.getByRole('button', { name: 'Apply new prices' })).toBeDisabled();

    // 11,90 → 119,00 is ten times; 14,50 → 119,00 is not.
    await newPrice.fill('119');
    await expect(preview.getByRole('listitem').filter({ hasText: 'Funghi' })).toHaveText(
      'Funghi11,90\u00a0€ → 119,00\u00a0€ (10 times the current price)',
    );
    await expect(preview.getByRole('listitem').filter({ hasText: 'Capricciosa' })).toHaveText(
      'Capricciosa14,50\u00a0€ → 119,00\u00a0€',
    );
    await dialog.getByRole('button', { name: 'Apply new prices' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Change the price of Funghi?' });
    await expect(confirm.getByRole('list', { name: 'Price changes' })).toHaveText(
      'Funghi11,90\u00a0€ → 119,00\u00a0€ (10 times the current price)',
    );
    await expect(confirm.getByRole('note', { name: 'Who will receive this' })).toContainText('Menu Sync');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    await expect(dialog).toBeVisible();
    await waitUntilQueueIdle(hub);
    expect(receiver.at('/menu')).toHaveLength(0);

    await dialog.getByRole('button', { name: 'Apply new prices' }).click();
    await confirm.getByRole('button', { name: 'Apply new prices' }).click();
    await expect(dialog).toBeHidden();
    await receiver.waitFor((request) => request.body.type === 'menu.item.updated' && item(request).name === 'Funghi');
    await receiver.waitFor(
      (request) => request.body.type === 'menu.item.updated' && item(request).name === 'Capricciosa',
    );
    await waitUntilQueueIdle(hub);
    expect(itemUpdates(receiver.at('/menu'), 'Funghi')).toEqual([11_900]);
    expect(itemUpdates(receiver.at('/menu'), 'Capricciosa')).toEqual([11_900]);
  });

  test('the store’s tax rate is a German percentage: 8,5 reaches the partner as 850 basis points; 85 asks first', async ({
    page,
    hub,
    receiver,
  }) => {
    await addPartner(hub, receiver, { name: 'Delivery App', path: '/store', eventTypes: ['store.updated'] });
    const store = new StorePage(page);
    await new AppFrame(page).open(hub.url, '/store');
    const tax = store.field('Tax rate (%)');
    await expect(tax).toHaveValue('19');
    await tax.fill('8,500');
    await tax.blur();
    await expect(tax).toHaveAccessibleDescription(
      'Unclear which you mean: type 8.500 for eight thousand five hundred, or 8,5 for eight point five.',
    );
    await expect(store.save).toBeDisabled();
    await tax.fill('8,5');
    await store.saveAndWait();
    const updated = await receiver.waitFor((request) => request.body.type === 'store.updated');
    expect((updated.body.data.store as { tax_rate_bps: number }).tax_rate_bps).toBe(850);
    await page.reload();
    await expect(store.field('Tax rate (%)')).toHaveValue('8,5');

    // A missed comma makes ten times the tax on every check: asked first, Cancel sends nothing.
    await store.field('Tax rate (%)').fill('85');
    await store.save.click();
    const confirm = page.getByRole('alertdialog', { name: 'Change the tax rate from 8,5 % to 85 %?' });
    await expect(confirm).toContainText('That is 10 times the current rate.');
    await expect(confirm.getByRole('note', { name: 'Who will receive this' })).toContainText('Delivery App');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    await expect(store.field('Tax rate (%)')).toHaveValue('85');
    await waitUntilQueueIdle(hub);
    expect(receiver.at('/store')).toHaveLength(1);

    await store.save.click();
    await confirm.getByRole('button', { name: 'Save with 85 %' }).click();
    await expect(store.saved).toBeVisible();
    const again = await receiver.waitFor(
      (request) => request.body.type === 'store.updated' && request.body.id !== updated.body.id,
    );
    expect((again.body.data.store as { tax_rate_bps: number }).tax_rate_bps).toBe(8500);
  });
});

test.describe('in an en-US browser', () => {
  test.use({ locale: 'en-US' });

  test('1.100 is refused, 1,100 is eleven hundred dollars’ worth — asked about, then sent as 110000', async ({
    page,
    hub,
    receiver,
  }) => {
    const menu = await openMenu(page, hub, receiver);
    await expect(menu.row('Margherita')).toContainText('€10.50');
    await menu.edit('Margherita');
    const price = menu.field(/^Price/);
    await expect(price).toHaveValue('10.50');

    await price.fill('1.100');
    await price.blur();
    await expect(price).toHaveAccessibleDescription(
      'Unclear which you mean: type 1,100.00 for one thousand one hundred, or 1.10 for one point one.',
    );
    await expect(menu.save).toBeDisabled();

    await price.fill('1,100');
    await price.blur();
    await expect(price).toHaveValue('1,100.00');
    await menu.save.click();
    const confirm = page.getByRole('alertdialog', { name: 'Change the price of Margherita?' });
    await expect(confirm.getByRole('list', { name: 'Price changes' })).toContainText(
      '€10.50 → €1,100.00 (about 105 times the current price)',
    );
    await confirm.getByRole('button', { name: 'Change the price' }).click();
    const updated = await receiver.waitFor(
      (request) => request.body.type === 'menu.item.updated' && item(request).name === 'Margherita',
    );
    expect(item(updated).price).toEqual({ amount: 110_000, currency: 'EUR' });
    await expect(menu.editor).toContainText('Now €1,100.00');
  });
});
