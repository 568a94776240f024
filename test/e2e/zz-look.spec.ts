import { expect, test } from './fixtures/hub';
import { AppFrame } from './pages/app-frame';
import { MenuPage } from './pages/menu-page';

const looks = [
  { w: 1280, h: 800, scheme: 'light' },
  { w: 1024, h: 700, scheme: 'dark' },
  { w: 1280, h: 800, scheme: 'dark' },
  { w: 1024, h: 700, scheme: 'light' },
] as const;
test.describe.configure({ timeout: 120_000 });
for (const look of looks) {
  test(`look ${look.w} ${look.scheme}`, async ({ page, hub }) => {
    await page.setViewportSize({ width: look.w, height: look.h });
    await page.emulateMedia({ colorScheme: look.scheme });
    const tag = `${look.w}-${look.scheme}`;
    const frame = new AppFrame(page);
    await frame.open(hub.url, '/menu');
    const menu = new MenuPage(page);
    await page.getByRole('searchbox', { name: 'Search all menus' }).fill('basil');
    await expect(page.getByRole('status').filter({ hasText: 'found' })).toBeVisible();
    await page.screenshot({ path: `/tmp/menu2-look/menu-search-${tag}.png` });
    await page.getByRole('searchbox', { name: 'Search all menus' }).fill('');
    await menu.edit('Margherita');
    await menu.editor.getByLabel('Max choices').first().fill('5');
    await menu.editor.getByLabel('Max choices').first().blur();
    await page.screenshot({ path: `/tmp/menu2-look/item-editor-${tag}.png` });
    await menu.editor.getByText('Cannot allow more choices').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/menu2-look/item-editor-error-${tag}.png` });
    await menu.editor.getByRole('button', { name: 'Discard' }).click();
    await page.getByRole('button', { name: 'Actions for category Dolci', exact: true }).click();
    await page.getByRole('menuitem', { name: /^Delete category/ }).click();
    await page.screenshot({ path: `/tmp/menu2-look/category-delete-${tag}.png` });
    await page.keyboard.press('Escape');
    await frame.open(hub.url, '/store');
    const zone = page.getByRole('combobox', { name: 'Time zone' });
    await zone.click();
    await zone.fill('new');
    await zone.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/menu2-look/store-zone-${tag}.png` });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    const currency = page.getByRole('combobox', { name: 'Currency' });
    await currency.click();
    await currency.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/menu2-look/store-currency-${tag}.png` });
    await currency.fill('dollar');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.screenshot({ path: `/tmp/menu2-look/store-currency-confirm-${tag}.png` });
  });
}
