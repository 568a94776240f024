import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/hub';
import { spawnSync } from 'node:child_process';
import { nodeBinary, type HubProcess } from './fixtures/hub-process';
import type { Menu, MenuItem, MenuSummary } from '../../shared/domain/menu';
import type { Check } from '../../shared/domain/checks';
import { AppFrame } from './pages/app-frame';
import { DashboardPage } from './pages/dashboard-page';
import { MenuPage } from './pages/menu-page';
import { OrdersPage } from './pages/orders-page';
import { OrderWebhooksPage } from './pages/order-webhooks-page';
import { PartnersPage } from './pages/partners-page';
import { rebuildAttemptRollupSql } from '../../electron/core/log/latency-buckets';
import { defaultRetryScheduleMs } from '../../electron/core/delivery/retry-schedule';
import { readmeSchemes, readmeScreenshot, readmeTag } from './fixtures/readme-screenshot';

/**
 * The README's screenshots, from the current build. Each test first asserts what its
 * image shows (rows, states, values, all in view), so a screenshot never documents a
 * broken screen; where the image goes is readmeScreenshot's business.
 */

const partnerDefaults = {
  header: { name: '', value: { action: 'keep' } },
  signingSecret: 'keep',
  timeoutSeconds: 15,
  rateLimitPerSecond: 10,
};

async function seedPartners(hub: HubProcess): Promise<void> {
  await hub.call('partners.create', {
    ...partnerDefaults,
    name: 'Acme Delivery',
    url: 'https://api.acme-delivery.example.com/v1/webhooks/pos',
    enabled: true,
    eventTypes: ['order.created', 'order.updated', 'order.closed', 'order.cancelled'],
    header: { name: 'X-Acme-Key', value: { action: 'set', value: 'acme_live_0123456789' } },
    signingSecret: 'generate',
  });
  await hub.call('partners.create', {
    ...partnerDefaults,
    name: 'Loyalty Plus',
    url: 'https://hooks.loyaltyplus.example.com/store/81',
    enabled: true,
    eventTypes: ['order.closed'],
  });
  await hub.call('partners.create', {
    ...partnerDefaults,
    name: 'Ledger Accounting',
    url: 'https://ledger.example.com/integrations/restaurant',
    enabled: false,
    eventTypes: ['order.closed', 'order.cancelled', 'menu.updated', 'store.updated'],
    signingSecret: 'generate',
  });
}

/** A week of history for Acme (steady) and Loyalty Plus (failing for the last 3 hours); see the seed script. */
function seedHealthHistory(hub: HubProcess, partners: { id: string; name: string }[]): void {
  const id = (name: string): string => `partner:${partners.find((p) => p.name === name)?.id ?? ''}`;
  const plans = [
    { destinationId: id('Acme Delivery'), pattern: 'steady' },
    { destinationId: id('Loyalty Plus'), pattern: 'failing-lately' },
  ];
  const script = resolve(import.meta.dirname, 'fixtures/seed-health-history.ts');
  const run = spawnSync(
    nodeBinary(),
    [
      script,
      resolve(hub.dataDir, 'hub.sqlite'),
      JSON.stringify(plans),
      rebuildAttemptRollupSql,
      JSON.stringify(defaultRetryScheduleMs),
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`seeding health history failed: ${run.stderr}`);
}

async function fillOrderWebhooks(page: Page, hub: HubProcess): Promise<void> {
  const hooks = new OrderWebhooksPage(page);
  await new AppFrame(page).open(hub.url);
  await hooks.fill({
    apiKey: 'X-Partner-Key',
    value: 'sk_live_abcdef123456',
    hooks: {
      'Open Order Web Hooks': { url: 'https://partner.example.com/webhooks/open', enabled: true },
      'Update Order Web Hooks': { url: 'https://partner.example.com/webhooks/update', enabled: true },
      'Close Order Web Hooks': { url: 'https://partner.example.com/webhooks/close', enabled: false },
    },
    thirdOrderActive: true,
  });
  await hooks.saveAndWait();
}

/** The sample restaurant's main menu, through the Hub API. */
async function mainMenu(hub: HubProcess): Promise<{ menu: Menu; item: (name: string) => MenuItem }> {
  const [first] = await hub.call<MenuSummary[]>('menus.list', {});
  const menu = await hub.call<Menu>('menus.get', { id: first?.id ?? '' });
  const items = menu.categories.flatMap((category) => category.items);
  return {
    menu,
    item: (name) => {
      const found = items.find((known) => known.name === name);
      if (!found) throw new Error(`No ${name} on the sample menu`);
      return found;
    },
  };
}

const optionId = (item: MenuItem, name: string): string =>
  item.modifierGroups.flatMap((group) => group.options).find((option) => option.name === name)?.id ?? '';

/** A busy evening: two open checks, one closed, one cancelled. */
async function seedChecks(hub: HubProcess): Promise<void> {
  const { item } = await mainMenu(hub);
  const margherita = item('Margherita');
  const line = (menuItem: MenuItem, quantity: number, options: string[] = [], notes = '') => ({
    itemId: menuItem.id,
    quantity,
    optionIds: options.map((name) => optionId(menuItem, name)),
    notes,
  });
  const open = (source: string, table: string, guests: number | null, lines: unknown[]) =>
    hub.call<Check>('checks.open', { source, table, guests, notes: '', lines });
  const closed = await open('pos', '4', 2, [
    line(item('Burrata'), 1),
    line(item('Tagliata di manzo'), 2, ['Medium rare', 'Rosemary potatoes']),
  ]);
  await hub.call('checks.close', { checkId: closed.id });
  const cancelled = await open('third_party', '', null, [line(item('Lasagne della nonna'), 1, ['As on the menu'])]);
  await hub.call('checks.cancel', { checkId: cancelled.id, reason: 'Courier never arrived', by: 'Giulia' });
  await open('pos', '12', 4, [line(item('Chianti Classico'), 1, ['Bottle (0.75 l)']), line(item('Arancini'), 2)]);
  await open('olo', '', 1, [
    line(margherita, 2, ['Large (36 cm)', 'Buffalo mozzarella', 'Rocket'], 'Well baked, please'),
    line(item('Tiramisù'), 1),
    line(item('San Pellegrino'), 2, ['0.5 l']),
  ]);
}

// Each test sets up a screen, checks it and takes one or two images: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 60_000 });

for (const scheme of readmeSchemes) {
  const suffix = scheme === 'dark' ? '-dark' : '';

  test.describe(`${scheme} screenshots`, { tag: readmeTag }, () => {
    test.use({ colorScheme: scheme, viewport: { width: 1280, height: 800 }, timezoneId: 'Europe/Berlin' });

    test(`Order Webhooks (${scheme})`, async ({ page, hub }) => {
      await fillOrderWebhooks(page, hub);
      // Clicking the last switch scrolled the page; the docs show it from the top.
      await page.evaluate('document.querySelector("main").scrollTo(0, 0)');
      const hooks = new OrderWebhooksPage(page);
      await expect(hooks.heading).toBeInViewport();
      await expect(hooks.apiKey).toHaveValue('X-Partner-Key');
      await expect(hooks.apiKey).toBeInViewport();
      await expect(hooks.url('Open Order Web Hooks')).toHaveValue('https://partner.example.com/webhooks/open');
      await expect(hooks.url('Open Order Web Hooks')).toBeInViewport();
      await expect(hooks.enabled('Open Order Web Hooks')).toHaveAttribute('aria-checked', 'true');
      await expect(hooks.saved).toBeVisible();
      await readmeScreenshot(page, `order-webhooks${suffix}.png`);
      await page.screenshot({ path: test.info().outputPath('order-webhooks-full.png'), fullPage: true });
    });

    test(`Partners (${scheme})`, async ({ page, hub }) => {
      await seedPartners(hub);
      const partners = new PartnersPage(page);
      await new AppFrame(page).open(hub.url, '/hub/partners');
      for (const name of ['Acme Delivery', 'Loyalty Plus', 'Ledger Accounting'])
        await expect(partners.row(name)).toBeInViewport();
      await expect(partners.row('Acme Delivery')).toContainText('Header X-Acme-Key · Signed');
      await expect(partners.row('Acme Delivery')).toContainText('4 events');
      await expect(partners.enabledSwitch('Acme Delivery')).toHaveAttribute('aria-checked', 'true');
      await expect(partners.enabledSwitch('Ledger Accounting')).toHaveAttribute('aria-checked', 'false');
      await readmeScreenshot(page, `partners${suffix}.png`);

      await partners.edit('Acme Delivery');
      await expect(partners.form).toHaveAccessibleName('Edit “Acme Delivery”');
      await expect(partners.field('URL')).toHaveValue('https://api.acme-delivery.example.com/v1/webhooks/pos');
      await expect(partners.field('Header name')).toHaveValue('X-Acme-Key');
      await expect(partners.eventCheckbox('order.created')).toBeChecked();
      await readmeScreenshot(page, `partner-form${suffix}.png`);
    });

    test(`Dashboard (${scheme})`, async ({ page, hub }) => {
      await seedPartners(hub);
      seedHealthHistory(hub, await hub.call<{ id: string; name: string }[]>('partners.list', {}));
      const dashboard = new DashboardPage(page);
      await new AppFrame(page).open(hub.url, '/hub/dashboard');
      // The failing partner first, saying why, with the way to fix it; the steady one after it.
      await expect(dashboard.cards.first()).toHaveAccessibleName('Loyalty Plus');
      await expect(dashboard.card('Loyalty Plus')).toContainText('Webhooks to Loyalty Plus are failing');
      await expect(
        dashboard.card('Loyalty Plus').getByRole('link', { name: 'See failed deliveries to Loyalty Plus' }),
      ).toBeInViewport();
      await expect(dashboard.cards.nth(1)).toHaveAccessibleName('Acme Delivery');
      await expect(dashboard.chart('Acme Delivery')).toHaveAccessibleName(
        /^Acme Delivery: \d+(\.\d)?% delivered in the last 24 hours, typical answer \d+ ms \(p50\)/,
      );
      await readmeScreenshot(page, `dashboard${suffix}.png`);
      await dashboard.period('7 days').check();
      await expect(dashboard.chart('Acme Delivery')).toHaveAccessibleName(/in the last 7 days/);
      await page.screenshot({ path: test.info().outputPath('dashboard-7d-full.png'), fullPage: true });
    });

    test(`Menu (${scheme})`, async ({ page, hub }) => {
      const { item } = await mainMenu(hub);
      await hub.call('menu.items.setInStock', { ids: [item('Diavola').id], inStock: false });
      // Subscribed after the 86 above, so the status bar does not show it failing to reach example.com.
      await hub.call('partners.create', {
        ...partnerDefaults,
        name: 'Acme Delivery',
        url: 'https://api.acme-delivery.example.com/v1/menu',
        enabled: true,
        eventTypes: ['menu.updated', 'menu.item.updated'],
      });
      const menu = new MenuPage(page);
      await new AppFrame(page).open(hub.url, '/menu');
      await expect(menu.stockSwitch('Diavola')).toHaveAttribute('aria-checked', 'false');
      await menu.checkbox('Funghi').check();
      await menu.checkbox('Capricciosa').check();
      await menu.edit('Margherita');
      await expect(menu.recipients(menu.editor)).toContainText('Acme Delivery will be notified.');
      await menu.field(/^Price/).fill('11.50');
      await page.evaluate('document.querySelector("main").scrollTo(0, 0)');
      // Two items picked for a bulk change, Margherita's new price not saved yet, Diavola 86'd.
      await expect(menu.bulkBar).toContainText('2 items selected');
      await expect(menu.bulkBar).toBeInViewport();
      await expect(menu.editor).toContainText('You have unsaved changes.');
      await expect(menu.editor).toBeInViewport();
      await expect(menu.stockSwitch('Bruschetta al pomodoro')).toBeInViewport();
      await readmeScreenshot(page, `menu${suffix}.png`);
    });

    test(`Orders (${scheme})`, async ({ page, hub }) => {
      await seedChecks(hub);
      const orders = new OrdersPage(page);
      await new AppFrame(page).open(hub.url, '/orders');
      // The newest open check: the OLO order with modifiers and a note.
      await orders.openList.getByRole('button').first().click();
      await expect(orders.detail).toContainText('Margherita');
      await expect(orders.detail).toContainText('Well baked, please');
      await expect(orders.detail).toContainText('Online ordering (OLO)');
      await expect(orders.openList.getByRole('button')).toHaveCount(2);
      await expect(orders.doneList.getByRole('button')).toHaveCount(2);
      await expect(orders.doneList).toContainText('cancelled');
      await expect(orders.detail.getByRole('button', { name: 'Close check', exact: true })).toBeInViewport();
      await readmeScreenshot(page, `orders${suffix}.png`);
    });

    test(`Store and Menu Hours (${scheme})`, async ({ page, hub }) => {
      await new AppFrame(page).open(hub.url, '/store');
      // Paused in one click: the status section and the banner every screen shows.
      await page.getByRole('button', { name: 'Pause 30 min' }).click();
      const banner = new AppFrame(page).storeBanner;
      await expect(banner).toBeVisible();
      await expect(banner).toBeInViewport();
      await readmeScreenshot(page, `store${suffix}.png`);
      await banner.getByRole('button', { name: 'Resume' }).click();
      await expect(banner).toBeHidden();

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Menu Hours' }).click();
      // The form settled (its menu loaded, who would hear of a change worked out) before typing:
      // once on CI the text typed right after the navigation never reached the field.
      await expect(page.getByText('No partner will be notified.')).toBeVisible();
      const friday = page.getByRole('textbox', { name: 'Friday, range 2, from', exact: true });
      await friday.fill('14:00');
      await expect(friday).toHaveValue('14:00');
      await friday.blur();
      await expect(friday).toHaveAttribute('aria-invalid', 'true');
      // Show Friday's overlap message, not only the save bar's summary.
      await page.evaluate('document.querySelector("main").scrollTo(0, 300)');
      await expect(friday).toBeInViewport();
      await expect(page.getByText(/Overlaps \d/).first()).toBeInViewport();
      await readmeScreenshot(page, `menu-hours${suffix}.png`);
    });
  });
}
