import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/hub';
import { addPartner } from './fixtures/integrations';
import { waitUntilQueueIdle } from './fixtures/queue';
import { AppFrame } from './pages/app-frame';
import { DashboardPage } from './pages/dashboard-page';
import { DeliveriesPage } from './pages/deliveries-page';
import { PartnersPage } from './pages/partners-page';

const openCheck = { source: 'olo', table: '4', guests: 2, notes: '', lines: [] };

/** CSP violations the page reports: uPlot must draw under the app's strict policy as it is. */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

/** The bit of the DOM this spec reads in the page (the e2e tsconfig has no DOM types). */
interface PaintedCanvas {
  width: number;
  height: number;
  ownerDocument: {
    documentElement: unknown;
    defaultView: { getComputedStyle(e: unknown): { getPropertyValue(name: string): string } } | null;
  };
  getContext(
    kind: '2d',
  ): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null;
}

/**
 * How many pixels of a chart's canvas have the theme's success colour: the
 * delivered-rate series. Axes and grid are drawn even without data, so only
 * the series' own colour shows that the data reached the canvas.
 */
async function ratePixels(chart: Locator): Promise<number> {
  return chart.locator('canvas').evaluate((canvas: PaintedCanvas) => {
    const hex =
      canvas.ownerDocument.defaultView
        ?.getComputedStyle(canvas.ownerDocument.documentElement)
        .getPropertyValue('--success')
        .trim() ?? '';
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
    const { data } = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height) ?? { data: [] };
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) {
      const near = (offset: number, want = 0): boolean => Math.abs((data[i + offset] ?? 0) - want) <= 12;
      if (near(0, r) && near(1, g) && near(2, b) && (data[i + 3] ?? 0) > 200) painted++;
    }
    return painted;
  });
}

test('the dashboard shows each partner’s success and latency live, failing partners first with why and where to fix it', async ({
  page,
  hub,
  receiver,
}) => {
  const csp = cspViolations(page);
  await addPartner(hub, receiver, { name: 'Acme Delivery', path: '/acme', eventTypes: ['order.created'] });
  await addPartner(hub, receiver, {
    name: 'Loyalty Plus',
    path: '/loyalty',
    eventTypes: ['order.created'],
    enabled: false,
  });
  const partners = await hub.call<{ id: string; name: string }[]>('partners.list', {});
  const loyaltyId = partners.find((p) => p.name === 'Loyalty Plus')?.id ?? '';

  const frame = new AppFrame(page);
  const dashboard = new DashboardPage(page);
  await frame.open(hub.url);
  await frame.navLink('Dashboard').click();
  await expect(dashboard.heading).toBeVisible();
  await expect(dashboard.figures('Acme Delivery', '24 hours')).toContainText('No deliveries');
  await expect(dashboard.chart('Acme Delivery')).toHaveAccessibleName(
    'Acme Delivery: no deliveries in the last 24 hours',
  );
  expect(await ratePixels(dashboard.chart('Acme Delivery'))).toBe(0);

  // Acme answers 200: the open dashboard catches up by itself.
  await hub.call('checks.open', openCheck);
  await receiver.waitFor((request) => request.path === '/acme');
  await waitUntilQueueIdle(hub);
  await expect(dashboard.figures('Acme Delivery', '24 hours')).toContainText('100%');
  await expect(await dashboard.figure('Acme Delivery', '24 hours', 'Webhooks')).toHaveText('1');
  await expect(await dashboard.figure('Acme Delivery', '24 hours', 'Delivered')).toHaveText('100%');
  await expect(dashboard.chart('Acme Delivery')).toHaveAccessibleName(
    /^Acme Delivery: 100% delivered in the last 24 hours, typical answer \d+ ms \(p50\), slowest 5% \d+ ms \(p95\)$/,
  );
  await expect.poll(() => ratePixels(dashboard.chart('Acme Delivery'))).toBeGreaterThan(10);

  // Now only Loyalty Plus listens, and its server answers 500.
  receiver.status = 500;
  const acmeId = partners.find((p) => p.name === 'Acme Delivery')?.id ?? '';
  await hub.call('partners.setEnabled', { id: acmeId, enabled: false });
  await hub.call('partners.setEnabled', { id: loyaltyId, enabled: true });
  await hub.call('checks.open', { ...openCheck, table: '5' });
  await hub.call('checks.open', { ...openCheck, table: '6' });

  const loyalty = dashboard.card('Loyalty Plus');
  await expect(loyalty).toContainText('Webhooks to Loyalty Plus are failing');
  await expect(loyalty).toContainText("500 — the partner's server had an error");
  // A 500 is the partner's trouble: nothing to fix here, so no fix link, only the way to the deliveries.
  await expect(loyalty).toContainText("Nothing to change here — the partner's server is having trouble");
  await expect(loyalty.getByRole('link', { name: /for Loyalty Plus$/ })).toHaveCount(0);
  await expect(dashboard.cards.first()).toHaveAccessibleName('Loyalty Plus');
  await expect(await dashboard.figure('Loyalty Plus', '24 hours', 'Delivered')).toHaveText('0%');
  // Two webhooks, however many times each was tried.
  await expect(await dashboard.figure('Loyalty Plus', '24 hours', 'Webhooks')).toHaveText('2');
  await expect(dashboard.figures('Acme Delivery', '24 hours')).toContainText('100%');
  await expect(dashboard.total('Failing partners')).toHaveText('1');
  // Both Loyalty Plus deliveries wait for their next retry.
  await expect(dashboard.total('Queued')).toHaveText('2');
  // The figures at a glance count webhooks, not attempts: Loyalty's two have been tried three times or more.
  await expect(dashboard.total('Delivered')).toHaveText('1');
  await expect(dashboard.total('Failed')).toHaveText('0');
  await expect(frame.statusBar).toContainText('2 webhooks queued');
  await expect(dashboard.chart('Loyalty Plus')).toHaveAccessibleName('Loyalty Plus: 0% delivered in the last 24 hours');

  // The failing alert's toast sits over the page header's corner, where the period toggle is.
  await page.getByRole('button', { name: 'Dismiss the alert about Loyalty Plus' }).click();
  await dashboard.period('7 days').check();
  await expect(dashboard.chart('Acme Delivery')).toHaveAccessibleName(
    /^Acme Delivery: 100% delivered in the last 7 days/,
  );

  // The log narrowed to what did not get through to that partner: failed, and still retrying.
  await loyalty.getByRole('link', { name: 'See failed deliveries to Loyalty Plus' }).click();
  await expect(frame.heading('Deliveries')).toBeVisible();
  await expect(page).toHaveURL(
    new RegExp(`#/deliveries\\?state=failed%2Cretrying&destination=partner%3A${loyaltyId}$`),
  );
  const log = new DeliveriesPage(page);
  await expect(log.rows()).toHaveCount(2);
  await expect(log.row('Loyalty Plus')).toHaveCount(2);
  await page.goBack();

  // Now it refuses the key: the card's reason and its fix follow, to the partner's own form.
  receiver.status = 401;
  await hub.call('checks.open', { ...openCheck, table: '7' });
  await expect(loyalty).toContainText('401 — the partner rejected the API key');
  await expect(dashboard.total('Queued')).toHaveText('3');
  await dashboard.card('Loyalty Plus').getByRole('link', { name: 'Check the API key for Loyalty Plus' }).click();
  const partnersPage = new PartnersPage(page);
  await expect(partnersPage.form).toHaveAccessibleName('Edit “Loyalty Plus”');
  await expect(partnersPage.form.getByLabel('Name', { exact: true })).toHaveValue('Loyalty Plus');
  await partnersPage.form.getByRole('button', { name: 'Cancel' }).click();
  await expect(partnersPage.form).toBeHidden();
  await expect(page).toHaveURL(/#\/hub\/partners$/);

  // The Partners page shows the same chart on request, under the partner's row.
  const health = page.getByRole('button', { name: 'Health chart for Acme Delivery' });
  await health.click();
  await expect(health).toHaveAttribute('aria-expanded', 'true');
  const chart = partnersPage.table.getByRole('img', { name: /^Acme Delivery: 100% delivered in the last 24 hours/ });
  await expect(chart).toBeVisible();
  await expect.poll(() => ratePixels(chart)).toBeGreaterThan(10);
  await page.screenshot({ path: test.info().outputPath('partners-health-chart.png') });

  expect(csp).toEqual([]);
});

test('after an outage the figures count webhooks: all delivered in the end is 100 %, however many tries failed', async ({
  page,
  hub,
  receiver,
}) => {
  receiver.status = 500;
  await addPartner(hub, receiver, { name: 'Loyalty Plus', path: '/loyalty', eventTypes: ['order.created'] });
  const [loyalty] = await hub.call<{ id: string }[]>('partners.list', {});
  for (const table of ['4', '5', '6']) await hub.call('checks.open', { ...openCheck, table });
  const dashboard = new DashboardPage(page);
  await new AppFrame(page).open(hub.url, '/hub/dashboard');
  await expect(dashboard.card('Loyalty Plus')).toContainText('Webhooks to Loyalty Plus are failing');
  await expect(await dashboard.figure('Loyalty Plus', '24 hours', 'Webhooks')).toHaveText('3');
  await expect(await dashboard.figure('Loyalty Plus', '24 hours', 'Delivered')).toHaveText('0%');
  // Each is tried at once and again at once before it waits for its next retry: six 500s.
  await expect.poll(() => receiver.at('/loyalty').length).toBeGreaterThanOrEqual(6);

  // The partner is back; its three webhooks are sent now and delivered, after at least six failed calls.
  receiver.status = 200;
  await hub.call('deliveries.resendUndelivered', { filter: { destinationIds: [`partner:${loyalty?.id ?? ''}`] } });
  await waitUntilQueueIdle(hub);
  expect(receiver.at('/loyalty').length).toBeGreaterThanOrEqual(6 + 3);
  await expect(await dashboard.figure('Loyalty Plus', '24 hours', 'Webhooks')).toHaveText('3');
  await expect(await dashboard.figure('Loyalty Plus', '24 hours', 'Delivered')).toHaveText('100%');
  await expect(dashboard.chart('Loyalty Plus')).toHaveAccessibleName(
    /^Loyalty Plus: 100% delivered in the last 24 hours/,
  );
  await expect(dashboard.card('Loyalty Plus')).not.toContainText('are failing');
  await page.screenshot({ path: test.info().outputPath('dashboard-after-outage.png') });
});

test('the dashboard says where to start when there are no partners', async ({ page, hub }) => {
  const dashboard = new DashboardPage(page);
  await new AppFrame(page).open(hub.url, '/hub/dashboard');
  await expect(page.getByText('No partners yet — add one on the Partners page.')).toBeVisible();
  await page.getByRole('link', { name: 'Partners page' }).click();
  await expect(new AppFrame(page).heading('Partners')).toBeVisible();
  await expect(dashboard.heading).toBeHidden();
});

test('an Order Webhooks hook that fails is on the dashboard first, with the way to the Order Webhooks page', async ({
  page,
  hub,
  receiver,
}) => {
  receiver.status = 404;
  await hub.call('orderHooks.save', {
    requestHeader: { apiKey: '', value: { action: 'keep' } },
    openOrder: { url: receiver.url('/open'), enabled: true },
    updateOrder: { url: '', enabled: false },
    closeOrder: { url: '', enabled: false },
    thirdOrderActive: false,
  });
  await addPartner(hub, receiver, { name: 'Acme Delivery', path: '/acme', eventTypes: ['menu.item.updated'] });
  // Two online orders: the first is tried twice (at once and its immediate retry), the second once.
  await hub.call('checks.open', openCheck);
  await hub.call('checks.open', { ...openCheck, table: '5' });

  const dashboard = new DashboardPage(page);
  await new AppFrame(page).open(hub.url, '/hub/dashboard');
  const hook = dashboard.card('Open Order Web Hooks');
  await expect(hook.getByRole('group', { name: 'Open Order Web Hooks is failing' })).toContainText(
    "404 — the partner's URL was not found",
  );
  await expect(dashboard.cards.first()).toHaveAccessibleName('Open Order Web Hooks');
  await expect(dashboard.figures('Open Order Web Hooks', '24 hours')).toContainText('0%');
  await expect(dashboard.total('Failing partners')).toHaveText('1');
  await page.screenshot({ path: test.info().outputPath('dashboard-hook.png'), fullPage: true });

  await hook.getByRole('link', { name: 'Check the URL for Open Order Web Hooks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Order Webhooks' })).toBeVisible();
  // The hook says it there too, under its URL, with its failed deliveries a click away.
  const openHook = page.getByRole('group', { name: /^Open Order Web Hooks/ });
  await expect(
    openHook.getByRole('status').filter({ hasText: "Failing: 404 — the partner's URL was not found Check the URL." }),
  ).toBeVisible();
  await expect(openHook).toContainText('24 h: 0% of 2 webhooks delivered');
  await page.screenshot({ path: test.info().outputPath('order-webhooks-hook-health.png') });
  await openHook.getByRole('link', { name: 'See failed deliveries' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deliveries' })).toBeVisible();
  // Still retrying, none has failed for good yet: the log shows them, as failed and retrying.
  await expect(page).toHaveURL(/state=failed%2Cretrying&destination=hook%3AopenOrder/);
});
