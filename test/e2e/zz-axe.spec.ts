import { expect, test } from './fixtures/hub';
import { seriousViolations } from './layout/axe-findings';
import { AppFrame } from './pages/app-frame';
import { MenuPage } from './pages/menu-page';

test('axe with lists open', async ({ page, hub }) => {
  test.setTimeout(180_000);
  await new AppFrame(page).open(hub.url, '/store');
  const zone = page.getByRole('combobox', { name: 'Time zone' });
  await zone.focus();
  await page.keyboard.type('new');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('listbox', { name: 'Time zone' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await new AppFrame(page).open(hub.url, '/menu');
  const menu = new MenuPage(page);
  await menu.search.fill('spicy');
  expect(await seriousViolations(page)).toEqual([]);
  await menu.search.fill('');
  await menu.edit('Margherita');
  await menu.editor.getByLabel('Max choices').first().fill('5');
  await menu.editor.getByLabel('Max choices').first().blur();
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);
});
