import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures/hub';
import { readmeScreenshot, readmeTag } from './fixtures/readme-screenshot';
import { HubProcess } from './fixtures/hub-process';
import { AppFrame } from './pages/app-frame';
import { DeliveriesPage } from './pages/deliveries-page';
import { OrderWebhooksPage } from './pages/order-webhooks-page';
import { PartnersPage } from './pages/partners-page';

test(
  'a partner set up with "Use the Test Inbox" gets Send test event there, shown with a valid signature',
  {
    tag: readmeTag,
  },
  async ({ page, hub }) => {
    const { url } = await hub.call<{ url: string }>('inbox.info', {});
    const partners = new PartnersPage(page);
    await new AppFrame(page).open(hub.url, '/hub/partners');
    await partners.addPartner.click();
    await partners.fillForm({
      name: 'Inbox Partner',
      eventTypes: ['order.created'],
      headerName: 'X-Api-Key',
      headerValue: 'inbox-key-000000001234',
    });
    await partners.form.getByRole('button', { name: 'Use the Test Inbox as the URL for Inbox Partner' }).click();
    await expect(partners.field('URL')).toHaveValue(url);
    await partners.form.getByRole('button', { name: 'Generate signing secret' }).click();
    await partners.submitForm('Add partner');
    await partners.secretDialog.getByRole('button', { name: 'Done' }).click();

    const frame = new AppFrame(page);
    await page.getByRole('button', { name: 'Send test event to Inbox Partner' }).click();
    await expect(page.getByRole('status', { name: 'Test event to Inbox Partner' })).toContainText(
      'Test event delivered · 200',
    );

    await frame.navLink('Test Inbox').click();
    await expect(frame.heading('Test Inbox')).toBeVisible();
    await expect(page.getByLabel('Inbox address')).toHaveValue(url);
    const request = page.getByRole('article', { name: /webhook\.test/ });
    await expect(request).toBeVisible();
    await expect(request).toContainText('Valid signature (Inbox Partner)');
    await expect(request).toContainText('"type": "webhook.test"');
    await expect(request).toBeInViewport();
    // For the README and for a person's look at the screen.
    await readmeScreenshot(page, 'inbox.png');

    await page.getByRole('button', { name: 'Clear inbox' }).click();
    await expect(page.getByText('Nothing received yet.')).toBeVisible();
  },
);

test('"Use the Test Inbox" on an Order Webhooks hook, saved, then Send test event reaches it with the Request Header', async ({
  page,
  hub,
}) => {
  const { url } = await hub.call<{ url: string }>('inbox.info', {});
  const hooks = new OrderWebhooksPage(page);
  const frame = new AppFrame(page);
  await frame.open(hub.url);
  await hooks.apiKey.fill('X-Partner-Key');
  await hooks.value.fill('sk_live_abcdef123456');
  await page.getByRole('button', { name: 'Use the Test Inbox as the URL for Open Order Web Hooks' }).click();
  await expect(hooks.url('Open Order Web Hooks')).toHaveValue(url);
  // A test goes to what is saved, never to unsaved edits.
  await expect(page.getByRole('button', { name: 'Send test event to Open Order Web Hooks' })).toBeDisabled();
  await hooks.setSwitch(hooks.enabled('Open Order Web Hooks'), true);
  await hooks.saveAndWait();
  await expect(page.getByRole('button', { name: 'Send test event to Close Order Web Hooks' })).toBeDisabled();
  await page.getByRole('button', { name: 'Send test event to Open Order Web Hooks' }).click();
  await expect(page.getByRole('status', { name: 'Test event to Open Order Web Hooks' })).toContainText(
    'Test event delivered · 200',
  );

  await frame.navLink('Test Inbox').click();
  const request = page.getByRole('article', { name: /webhook\.test/ });
  await request.getByText('Headers').click();
  await expect(request).toContainText('x-partner-key');
  // The key arrived; the screen shows it masked, never in full.
  await expect(request).toContainText('••••3456');
  await expect(request).not.toContainText('sk_live_abcdef123456');
  await expect(request).toContainText('Unsigned');
});

test('on a first run a sample partner points at the Test Inbox, so a delivery shows at once; it still does after a restart', async ({
  page,
}) => {
  const hub = new HubProcess(await mkdtemp(join(tmpdir(), 'hub-e2e-first-run-')), { samplePartner: true });
  try {
    await hub.start();
    const frame = new AppFrame(page);
    await frame.open(hub.url, '/hub/partners');
    const partners = new PartnersPage(page);
    const { url } = await hub.call<{ url: string }>('inbox.info', {});
    await expect(partners.row('Test Inbox (sample)')).toContainText(url);

    await frame.navLink('Deliveries').click();
    const deliveries = new DeliveriesPage(page);
    await expect(deliveries.row('webhook.test')).toContainText('Delivered');
    await expect(deliveries.row('webhook.test')).toContainText('Test Inbox (sample)');

    await frame.navLink('Test Inbox').click();
    await expect(page.getByRole('article', { name: /webhook\.test/ })).toContainText(
      'Valid signature (Test Inbox (sample))',
    );

    // The inbox keeps its address, so the sample partner keeps working.
    await hub.restart();
    expect((await hub.call<{ url: string }>('inbox.info', {})).url).toBe(url);
    const list = await hub.call<{ name: string; url: string }[]>('partners.list', {});
    expect(list).toEqual([expect.objectContaining({ name: 'Test Inbox (sample)', url })]);
  } finally {
    await hub.stop();
    await rm(hub.dataDir, { recursive: true, force: true });
  }
});
