import { failingPartnerName } from './fixtures/busy-restaurant';
import { expect, test } from './fixtures/busy-hub';
import { overlapping, sidewaysProblems, type NamedBox } from './layout/layout-probes';
import { AppFrame } from './pages/app-frame';
import { DeliveriesPage } from './pages/deliveries-page';
import { MenuPage } from './pages/menu-page';

/**
 * Issue 9 point 5: a 1024 × 700 window, and 200 % zoom (what zoom does to CSS: half
 * the CSS pixels across, each drawn twice as large). That every screen and dialog
 * fits is every-screen.spec.ts; here, what a narrow window changes: the navigation
 * folds into a button, the delivery log keeps its key columns and menu rows never overlap.
 */
const sizes = [
  { name: '1024 × 700', viewport: { width: 1024, height: 700 }, deviceScaleFactor: 1 },
  { name: '200 % zoom', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
] as const;

// The node tsconfig has no DOM types: the page function below names only what it touches.
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
interface RowPart {
  className: string;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): Box;
}
interface MenuRow {
  querySelectorAll(selector: string): ArrayLike<RowPart>;
  getBoundingClientRect(): Box;
}

test.describe.configure({ timeout: 60_000 });

/** Which event went to whom and how it went stay readable, however narrow the log gets. */
function deliveryColumnsTest(): void {
  test('the delivery log keeps Event, Destination and State in view, with the detail open too', async ({
    page,
    busyHub,
  }) => {
    const deliveries = new DeliveriesPage(page);
    await new AppFrame(page).open(busyHub.url, '/deliveries');
    const row = deliveries.row(failingPartnerName).first();
    await expect(row).toBeVisible();
    const keyColumns = async (): Promise<void> => {
      // At 200 % zoom the log starts below the filters: where the operator scrolls to.
      await deliveries.table.scrollIntoViewIfNeeded();
      for (const column of ['Event', 'Destination', 'State']) {
        await expect(deliveries.table.getByRole('columnheader', { name: column })).toBeInViewport({ ratio: 1 });
      }
      // The cells under them: which event, to whom, and how it went, all readable.
      await expect(row.getByRole('cell', { name: /^New order/ })).toBeInViewport({ ratio: 1 });
      await expect(row.getByRole('cell', { name: failingPartnerName })).toBeInViewport();
      await expect(row.getByRole('cell', { name: /Retrying|Failed/ })).toBeInViewport({ ratio: 1 });
      expect(await sidewaysProblems(page)).toEqual([]);
    };
    await keyColumns();
    await row.click();
    await expect(deliveries.detail).toBeVisible();
    // In a narrow window the detail covers the log: close it, and the log is as it was.
    const [detailBox, tableBox] = await Promise.all([deliveries.detail.boundingBox(), deliveries.table.boundingBox()]);
    const besideLog = !!detailBox && !!tableBox && detailBox.x >= tableBox.x + tableBox.width;
    if (besideLog) await keyColumns();
    else {
      await expect(deliveries.detail).toBeInViewport({ ratio: 1 });
      await deliveries.detail.getByRole('button', { name: 'Close delivery detail' }).click();
      await expect(deliveries.detail).toBeHidden();
      await keyColumns();
    }
  });
}

// The wide window too: there the detail sits beside the log instead of over it.
test.describe('1280 × 800', () => {
  deliveryColumnsTest();
});

for (const size of sizes) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    test('the folded navigation opens from its button, by keyboard, and folds again', async ({ page, busyHub }) => {
      const frame = new AppFrame(page);
      await frame.open(busyHub.url, '/hub/order-webhooks');
      await expect(frame.navToggle).toBeVisible();
      await expect(frame.navLink('Orders')).toBeHidden();

      // Skip link first, the navigation button next; Enter unfolds, Tab walks into the links.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(frame.navToggle).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(frame.navToggle).toHaveAttribute('aria-expanded', 'true');
      // Its first link shows at once; at 200 % zoom the list is taller than the window and scrolls on its own.
      await expect(frame.navLink('Dashboard')).toBeInViewport();
      expect(await sidewaysProblems(page)).toEqual([]);
      await page.keyboard.press('Tab');
      await expect(frame.navLink('Dashboard')).toBeFocused();

      // Escape folds it and gives focus back to the button.
      await page.keyboard.press('Escape');
      await expect(frame.navToggle).toHaveAttribute('aria-expanded', 'false');
      await expect(frame.navToggle).toBeFocused();
      await expect(frame.navLink('Orders')).toBeHidden();

      // Choosing a screen goes there and folds the list.
      await page.keyboard.press('Enter');
      await frame.navLink('Orders').click();
      await expect(frame.heading('Orders')).toBeVisible();
      await expect(frame.navToggle).toHaveAttribute('aria-expanded', 'false');
      await expect(frame.navLink('Orders')).toBeHidden();
    });

    deliveryColumnsTest();

    test('menu rows never overlap: name, description, price and the 86 switch each keep their place', async ({
      page,
      busyHub,
    }) => {
      const menu = new MenuPage(page);
      await new AppFrame(page).open(busyHub.url, '/menu');
      const rows = page.getByRole('listitem').filter({ has: page.getByRole('switch', { name: / in stock$/ }) });
      await expect(rows.first()).toBeVisible();
      const measure = (): Promise<NamedBox[][]> =>
        rows.evaluateAll((items: MenuRow[]) =>
          items.map((item) => {
            const row = item.getBoundingClientRect();
            const parts = Array.from(
              item.querySelectorAll(
                'input, .menu-item-name, .menu-item-description, .menu-item-price, [role="switch"]',
              ),
            ).map((part) => {
              const box = part.getBoundingClientRect();
              const name = part.getAttribute('aria-label') ?? part.className;
              return { name, left: box.left, right: box.right, top: box.top, bottom: box.bottom };
            });
            return [{ name: 'row', left: row.left, right: row.right, top: row.top, bottom: row.bottom }, ...parts];
          }),
        );
      const check = async (): Promise<void> => {
        const measured = await measure();
        expect(measured.length).toBeGreaterThan(30);
        const inRows = measured.flatMap((parts) => overlapping(parts.slice(1)));
        const outsideRow = measured.flatMap(([row, ...parts]) =>
          parts
            .filter((part) => row && (part.left < row.left || part.right > row.right || part.bottom > row.bottom + 0.5))
            .map((part) => `${part.name} leaves its row`),
        );
        const rowBoxes = measured.map(([row], index) => ({ ...(row as NamedBox), name: `row ${index + 1}` }));
        expect([...inRows, ...outsideRow, ...overlapping(rowBoxes)]).toEqual([]);
      };
      await check();
      // With the editor open (beside the list, or over it in a narrow window).
      await menu.edit('Vitello tonnato');
      await check();
      expect(await sidewaysProblems(page)).toEqual([]);
    });
  });
}
