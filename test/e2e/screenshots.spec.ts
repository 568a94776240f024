import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/hub';
import type { HubProcess } from './fixtures/hub-process';
import { AppFrame } from './pages/app-frame';
import { OrderWebhooksPage } from './pages/order-webhooks-page';
import { PartnersPage } from './pages/partners-page';

/**
 * Screenshots for the README, written by the suite so they always show the
 * current build; kept in the repository beside this spec.
 */
const shots = resolve(import.meta.dirname, 'screenshots');

const partnerDefaults = { header: { name: '', value: { action: 'keep' } }, signingSecret: 'keep', timeoutSeconds: 15, rateLimitPerSecond: 10 };

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

for (const scheme of ['light', 'dark'] as const) {
  const suffix = scheme === 'dark' ? '-dark' : '';

  test.describe(`${scheme} screenshots`, () => {
    test.use({ colorScheme: scheme, viewport: { width: 1280, height: 800 } });

    test.beforeAll(async () => {
      await mkdir(shots, { recursive: true });
    });

    test(`Order Webhooks (${scheme})`, async ({ page, hub }) => {
      await fillOrderWebhooks(page, hub);
      // Clicking the last switch scrolled the page; the docs show it from the top.
      await page.evaluate('document.querySelector("main").scrollTo(0, 0)');
      await page.screenshot({ path: resolve(shots, `order-webhooks${suffix}.png`) });
      await page.screenshot({ path: test.info().outputPath('order-webhooks-full.png'), fullPage: true });
    });

    test(`Partners (${scheme})`, async ({ page, hub }) => {
      await seedPartners(hub);
      const partners = new PartnersPage(page);
      await new AppFrame(page).open(hub.url, '/hub/partners');
      await expect(partners.row('Ledger Accounting')).toBeVisible();
      await page.screenshot({ path: resolve(shots, `partners${suffix}.png`) });

      await partners.edit('Acme Delivery');
      await page.screenshot({ path: resolve(shots, `partner-form${suffix}.png`) });
    });
  });
}
