import { expect, type Locator, type Page } from '@playwright/test';
import { AppFrame } from '../pages/app-frame';
import { DeliveriesPage } from '../pages/deliveries-page';
import { MenuPage } from '../pages/menu-page';
import { OrdersPage } from '../pages/orders-page';
import { PartnersPage } from '../pages/partners-page';

/**
 * Every screen and every dialog or side panel, for the specs that look at all of
 * them the same way (layout, axe, focus). A new screen or dialog is one entry here.
 */
export interface Screen {
  /** Its entry in the navigation, and its title. */
  name: string;
  heading: string;
  route: string;
}

export const screens: readonly Screen[] = [
  { name: 'Dashboard', heading: 'Dashboard', route: '/hub/dashboard' },
  { name: 'Order Webhooks', heading: 'Order Webhooks', route: '/hub/order-webhooks' },
  { name: 'Partners', heading: 'Partners', route: '/hub/partners' },
  { name: 'Event Catalog', heading: 'Event Catalog', route: '/hub/events' },
  { name: 'Test Inbox', heading: 'Test Inbox', route: '/hub/inbox' },
  { name: 'Menu', heading: 'Menu', route: '/menu' },
  { name: 'Menu Hours', heading: 'Menu Hours', route: '/menu/hours' },
  { name: 'Store', heading: 'Store', route: '/store' },
  { name: 'Orders', heading: 'Orders', route: '/orders' },
  { name: 'Deliveries', heading: 'Deliveries', route: '/deliveries' },
  { name: 'Settings', heading: 'Settings', route: '/settings' },
];

export interface Opened {
  /** The dialog or panel. */
  overlay: Locator;
  /** Where focus belongs once it closes: what opened it. */
  opener: Locator;
}

export interface Overlay {
  name: string;
  /** A dialog is modal (traps focus); a panel sits beside its list (or over it in a narrow window) and does not. */
  kind: 'dialog' | 'panel';
  /** The screen it opens on (with the busy restaurant seeded, see fixtures/busy-restaurant.ts). */
  route: string;
  /** Opens it from the screen the way an operator would, pressing Enter on its opener. */
  open: (page: Page) => Promise<Opened>;
}

/** Focus on the control, then Enter: what a keyboard user does, and a click for everyone else. */
async function press(opener: Locator): Promise<void> {
  await opener.focus();
  await opener.press('Enter');
}

async function opened(opener: Locator, overlay: Locator): Promise<Opened> {
  await press(opener);
  await expect(overlay).toBeVisible();
  return { opener, overlay };
}

function confirmDialog(page: Page, title: string | RegExp): Locator {
  return page.getByRole('alertdialog', { name: title });
}

/** Opens an actions menu (⋯) by keyboard and chooses one of its items; focus comes back to the ⋯ button. */
async function fromActions(page: Page, menu: string, item: RegExp, overlay: Locator): Promise<Opened> {
  const opener = page.getByRole('button', { name: menu, exact: true }).first();
  await press(opener);
  await page.getByRole('menu', { name: menu }).getByRole('menuitem', { name: item }).press('Enter');
  await expect(overlay).toBeVisible();
  return { opener, overlay };
}

/** Selects the newest open check in the list and returns the Orders page object. */
async function withOpenCheck(page: Page): Promise<OrdersPage> {
  const orders = new OrdersPage(page);
  await orders.openList.getByRole('button').first().click();
  await expect(orders.detail).toBeVisible();
  return orders;
}

export const overlays: readonly Overlay[] = [
  {
    name: 'Partners › Add partner',
    kind: 'dialog',
    route: '/hub/partners',
    open: (page) => opened(new PartnersPage(page).addPartner, new PartnersPage(page).form),
  },
  {
    name: 'Partners › Edit partner',
    kind: 'dialog',
    route: '/hub/partners',
    open: (page) => opened(page.getByRole('button', { name: 'Edit Acme Delivery' }), new PartnersPage(page).form),
  },
  {
    name: 'Partners › Signing secret',
    kind: 'dialog',
    route: '/hub/partners',
    open: async (page) => {
      const partners = new PartnersPage(page);
      const { opener } = await opened(page.getByRole('button', { name: 'Edit Acme Delivery' }), partners.form);
      // The worker's hub is shared, so an earlier look may have left Acme with a secret: replace it then.
      await partners.form.getByRole('button', { name: /^(Generate signing secret|Replace now)$/ }).click();
      await partners.submitForm('Save changes');
      await expect(partners.secretDialog).toBeVisible();
      return { overlay: partners.secretDialog, opener };
    },
  },
  {
    name: 'Partners › Rotate signing secret',
    kind: 'dialog',
    route: '/hub/partners',
    open: async (page) => {
      const partners = new PartnersPage(page);
      await partners.giveSigningSecret('Acme Delivery');
      return opened(partners.rotateSecretButton('Acme Delivery'), partners.rotateDialog);
    },
  },
  {
    name: 'Partners › End overlap now',
    kind: 'dialog',
    route: '/hub/partners',
    open: async (page) => {
      const partners = new PartnersPage(page);
      await partners.giveSigningSecret('Acme Delivery');
      const endOverlap = partners.endOverlapButton('Acme Delivery');
      if (!(await endOverlap.isVisible())) await partners.rotateSecret('Acme Delivery');
      return opened(endOverlap, partners.endOverlapDialog);
    },
  },
  {
    name: 'Partners › Send current state',
    kind: 'dialog',
    route: '/hub/partners',
    open: (page) => {
      const partners = new PartnersPage(page);
      return opened(partners.resyncButton('Acme Delivery'), partners.resyncDialog);
    },
  },
  {
    name: 'Partners › Delete partner',
    kind: 'dialog',
    route: '/hub/partners',
    open: (page) =>
      opened(page.getByRole('button', { name: 'Delete Acme Delivery' }), new PartnersPage(page).deleteDialog),
  },
  {
    name: 'Order Webhooks › Leave without saving',
    kind: 'dialog',
    route: '/hub/order-webhooks',
    open: async (page) => {
      await page.getByRole('group', { name: 'Request Header' }).getByLabel('API Key', { exact: true }).fill('X-Key');
      const frame = new AppFrame(page);
      const folded = await frame.navToggle.isVisible();
      await frame.showNav();
      const { overlay } = await opened(
        frame.navLink('Partners'),
        page.getByRole('alertdialog', { name: 'Leave without saving?' }),
      );
      // A narrow window folds the navigation away behind the dialog: focus comes back to its button.
      return { overlay, opener: folded ? frame.navToggle : frame.navLink('Partners') };
    },
  },
  {
    name: 'Menu › item editor',
    kind: 'panel',
    route: '/menu',
    open: (page) =>
      opened(page.getByRole('button', { name: 'Edit Margherita', exact: true }), new MenuPage(page).editor),
  },
  {
    name: 'Menu › Change price',
    kind: 'dialog',
    route: '/menu',
    open: async (page) => {
      const menu = new MenuPage(page);
      await menu.checkbox('Margherita').check();
      await menu.checkbox('Diavola').check();
      return opened(
        menu.bulkBar.getByRole('button', { name: 'Change price…' }),
        page.getByRole('dialog', { name: /price/i }),
      );
    },
  },
  {
    name: 'Menu › New item',
    kind: 'panel',
    route: '/menu',
    open: (page) =>
      opened(
        page.getByRole('button', { name: '+ Add item to Pizza', exact: true }),
        page.getByRole('region', { name: 'New item in Pizza' }),
      ),
  },
  {
    name: 'Menu › New menu',
    kind: 'dialog',
    route: '/menu',
    open: (page) =>
      opened(page.getByRole('button', { name: '+ New menu' }), page.getByRole('dialog', { name: 'New menu' })),
  },
  {
    name: 'Menu › Delete item',
    kind: 'dialog',
    route: '/menu',
    open: (page) =>
      fromActions(page, 'More actions for Margherita', /^Delete…/, confirmDialog(page, 'Delete Margherita?')),
  },
  {
    name: 'Menu › 86 until a time',
    kind: 'dialog',
    route: '/menu',
    open: (page) =>
      fromActions(
        page,
        'More actions for Margherita',
        /^86 until a time/,
        page.getByRole('dialog', { name: '86 Margherita until…' }),
      ),
  },
  {
    name: 'Menu › Delete category',
    kind: 'dialog',
    route: '/menu',
    open: (page) =>
      fromActions(
        page,
        'Actions for category Dolci',
        /^Delete category…/,
        page
          .getByRole('alertdialog', { name: 'Delete the category Dolci?' })
          .or(page.getByRole('dialog', { name: 'Delete the category Dolci?' })),
      ),
  },
  {
    name: 'Store › Change currency',
    kind: 'dialog',
    route: '/store',
    open: async (page) => {
      // Chosen from the searchable list by keyboard; the question comes before anything changes.
      const opener = page.getByRole('combobox', { name: 'Currency' });
      await opener.focus();
      await page.keyboard.type('usd');
      await opener.press('Enter');
      const overlay = confirmDialog(page, 'Change the currency to USD?');
      await expect(overlay).toBeVisible();
      return { opener, overlay };
    },
  },
  {
    name: 'Settings › Reset sample data',
    kind: 'dialog',
    route: '/settings',
    open: (page) =>
      opened(page.getByRole('button', { name: 'Reset sample data' }), confirmDialog(page, 'Reset sample data?')),
  },
  {
    name: 'Orders › Open check',
    kind: 'dialog',
    route: '/orders',
    open: (page) =>
      opened(page.getByRole('button', { name: 'Open check', exact: true }), new OrdersPage(page).openDialog),
  },
  {
    name: 'Orders › Add item',
    kind: 'dialog',
    route: '/orders',
    open: async (page) => {
      const orders = await withOpenCheck(page);
      return opened(orders.detail.getByRole('button', { name: 'Add item', exact: true }), orders.addDialog);
    },
  },
  {
    name: 'Orders › Change table',
    kind: 'dialog',
    route: '/orders',
    open: async (page) => {
      const orders = await withOpenCheck(page);
      return opened(
        orders.detail.getByRole('button', { name: 'Change table', exact: true }),
        page.getByRole('dialog', { name: /^Change table of/ }),
      );
    },
  },
  {
    name: 'Orders › Close check',
    kind: 'dialog',
    route: '/orders',
    open: async (page) => {
      const orders = await withOpenCheck(page);
      return opened(
        orders.detail.getByRole('button', { name: 'Close check', exact: true }),
        confirmDialog(page, /^Close Check #\d+\?$/),
      );
    },
  },
  {
    name: 'Orders › Cancel check',
    kind: 'dialog',
    route: '/orders',
    open: async (page) => {
      const orders = await withOpenCheck(page);
      return opened(
        orders.detail.getByRole('button', { name: 'Cancel check', exact: true }),
        confirmDialog(page, /^Cancel Check #\d+\?$/),
      );
    },
  },
  {
    name: 'Deliveries › detail',
    kind: 'panel',
    route: '/deliveries',
    open: async (page) => {
      // The log takes focus like a list; `j` opens the newest delivery in the detail.
      const deliveries = new DeliveriesPage(page);
      await expect(deliveries.rows().first()).toBeVisible();
      await deliveries.scroller.focus();
      await page.keyboard.press('j');
      await expect(deliveries.detail).toBeVisible();
      return { overlay: deliveries.detail, opener: deliveries.scroller };
    },
  },
  {
    name: 'Deliveries › Export',
    kind: 'dialog',
    route: '/deliveries',
    open: (page) => opened(new DeliveriesPage(page).exportButton, new DeliveriesPage(page).exportDialog),
  },
  {
    name: 'Deliveries › Send undelivered since',
    kind: 'dialog',
    route: '/deliveries',
    open: (page) =>
      opened(
        page.getByRole('button', { name: 'Send undelivered since…' }),
        page.getByRole('dialog', { name: 'Send everything undelivered since…' }),
      ),
  },
  {
    name: 'Deliveries › Send undelivered',
    kind: 'dialog',
    route: '/deliveries',
    open: (page) => opened(new DeliveriesPage(page).sendUndelivered, new DeliveriesPage(page).confirmResend),
  },
  {
    name: 'Deliveries › Keyboard shortcuts',
    kind: 'dialog',
    route: '/deliveries',
    open: (page) =>
      opened(page.getByRole('button', { name: 'Shortcuts' }), page.getByRole('dialog', { name: 'Keyboard shortcuts' })),
  },
];
