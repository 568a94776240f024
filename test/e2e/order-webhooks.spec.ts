import { expect, test } from './fixtures/hub';
import { AppFrame } from './pages/app-frame';
import { hookLabels, OrderWebhooksPage, type OrderWebhookSettings } from './pages/order-webhooks-page';
import { PartnersPage } from './pages/partners-page';

/** The seed page filled in as a partner would ask (brief §3). */
const seedSettings: OrderWebhookSettings = {
  apiKey: 'X-Partner-Key',
  value: 'sk_live_abcdef123456',
  hooks: {
    'Open Order Web Hooks': { url: 'https://partner.example.com/webhooks/open', enabled: true },
    'Update Order Web Hooks': { url: 'https://partner.example.com/webhooks/update', enabled: true },
    'Close Order Web Hooks': { url: 'https://partner.example.com/webhooks/close', enabled: true },
  },
  thirdOrderActive: true,
};

test.beforeEach(({ page }) => {
  // Leaving a page with edits asks through `beforeunload`; these tests mean to leave.
  page.on('dialog', (dialog) => void dialog.accept());
});

test('saves the seed settings, keeps them across a restart, and never shows the Value again', async ({ page, hub }) => {
  const frame = new AppFrame(page);
  const hooks = new OrderWebhooksPage(page);
  await frame.open(hub.url);
  await expect(hooks.heading).toBeVisible();
  // The token is taken out of the address bar as soon as the page has it.
  expect(page.url()).not.toContain('token=');
  await expect(hooks.save).toBeDisabled();

  await hooks.fill(seedSettings);
  await hooks.saveAndWait();
  await expect(hooks.save).toBeDisabled();

  const url = await hub.restart();
  await frame.open(url);
  await expect(hooks.apiKey).toHaveValue('X-Partner-Key');
  for (const hook of hookLabels) {
    await expect(hooks.url(hook)).toHaveValue(seedSettings.hooks[hook].url);
    await expect(hooks.enabled(hook)).toHaveAttribute('aria-checked', 'true');
    await expect(hooks.enabled(hook)).toContainText('YES');
  }
  await expect(hooks.thirdOrder).toHaveAttribute('aria-checked', 'true');
  await expect(hooks.value).toHaveValue('');
  await expect(hooks.value).toHaveAttribute('type', 'password');
  await expect(hooks.value).toHaveAttribute('placeholder', 'Saved — type to replace');
  await expect(hooks.value).toHaveAccessibleDescription(/••••3456/);

  expect(await page.content()).not.toContain('sk_live_abcdef123456');
  for (const input of await page.locator('input').all()) {
    expect(await input.inputValue()).not.toContain('sk_live_abcdef123456');
  }
});

test('Clear value removes the saved Value (with its API Key); an untouched Value is kept', async ({ page, hub }) => {
  const hooks = new OrderWebhooksPage(page);
  await new AppFrame(page).open(hub.url);
  await hooks.fill(seedSettings);
  await hooks.saveAndWait();

  // Saving another field keeps the Value ({action: 'keep'}).
  await hooks.url('Close Order Web Hooks').fill('https://partner.example.com/webhooks/closed');
  await hooks.saveAndWait();
  await expect(hooks.value).toHaveAccessibleDescription(/••••3456/);

  await hooks.clearValue.click();
  await expect(hooks.value).toHaveAccessibleDescription(/will be removed/);
  // An API Key without its Value would send an empty header: the pair goes together.
  await hooks.expectError(hooks.value, /Enter the Value the partner gave you, or clear the API Key/);
  await expect(hooks.save).toBeDisabled();
  await hooks.apiKey.fill('');
  await hooks.saveAndWait();

  await new AppFrame(page).open(await hub.restart());
  await expect(hooks.heading).toBeVisible();
  await expect(hooks.apiKey).toHaveValue('');
  await expect(hooks.value).toHaveAccessibleDescription('Not set.');
  await expect(hooks.clearValue).toHaveCount(0);
});

test('invalid URLs and a reserved API Key are shown inline, block Save, and are never stored', async ({
  page,
  hub,
}) => {
  const frame = new AppFrame(page);
  const hooks = new OrderWebhooksPage(page);
  await frame.open(hub.url);
  const open = hooks.url('Open Order Web Hooks');

  await open.fill('ftp://x');
  await open.blur();
  await hooks.expectError(open, 'The URL must start with https:// or http://.');
  await expect(hooks.save).toBeDisabled();

  await open.fill('https://user:pw@host/');
  await hooks.expectError(open, /Do not put a user name or password in the URL/);
  await expect(hooks.save).toBeDisabled();

  await open.fill('https://partner.example.com/open');
  await expect(open).not.toHaveAttribute('aria-invalid', 'true');
  await expect(hooks.save).toBeEnabled();

  await hooks.apiKey.fill('Content-Type');
  await hooks.apiKey.blur();
  await hooks.expectError(hooks.apiKey, /is set by the app itself/);
  await expect(hooks.save).toBeDisabled();

  // An enabled hook needs a URL.
  await hooks.setSwitch(hooks.enabled('Update Order Web Hooks'), true);
  await hooks.expectError(hooks.url('Update Order Web Hooks'), 'Enter a URL, or set Enabled to NO.');

  // A Value without an API Key has nothing to travel under.
  await hooks.apiKey.fill('');
  await hooks.value.fill('secret-value-1234');
  await hooks.value.blur();
  await hooks.expectError(hooks.apiKey, /Enter the API Key/);
  await expect(hooks.save).toBeDisabled();

  await frame.open(await hub.restart());
  await expect(hooks.heading).toBeVisible();
  await expect(hooks.apiKey).toHaveValue('');
  await expect(hooks.value).toHaveAccessibleDescription('Not set.');
  for (const hook of hookLabels) {
    await expect(hooks.url(hook)).toHaveValue('');
    await expect(hooks.enabled(hook)).toHaveAttribute('aria-checked', 'false');
  }
});

test('a header value HTTP cannot carry and a URL with a backslash are refused inline, naming what is wrong', async ({
  page,
  hub,
}) => {
  const hooks = new OrderWebhooksPage(page);
  await new AppFrame(page).open(hub.url);
  const open = hooks.url('Open Order Web Hooks');
  await open.fill('https://partner.example.com/open');
  await hooks.apiKey.fill('X-Partner-Key');

  // Pasted from a Cyrillic keyboard: every delivery would fail, so it is said at once, naming the character.
  await hooks.value.fill('ключ-1234');
  await hooks.value.blur();
  await hooks.expectError(hooks.value, /contains “к” \(U\+043A\), which cannot be sent in an HTTP header/);
  await expect(hooks.save).toBeDisabled();

  // A backslash would silently become a slash: the log must show the URL that was called.
  await hooks.value.fill('key-1234');
  await open.fill('https://partner.example.com\\open');
  await open.blur();
  await hooks.expectError(open, /backslash/);
  await expect(hooks.save).toBeDisabled();
});

test('leaving with unsaved changes asks first; Stay keeps the edits, Leave drops them', async ({ page, hub }) => {
  const frame = new AppFrame(page);
  const hooks = new OrderWebhooksPage(page);
  const partners = new PartnersPage(page);
  await frame.open(hub.url);
  const update = hooks.url('Update Order Web Hooks');
  await update.fill('https://partner.example.com/update');

  const leave = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  await frame.navLink('Partners').click();
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Stay' }).click();
  await expect(leave).toBeHidden();
  await expect(page).toHaveURL(/#\/hub\/order-webhooks$/);
  await expect(update).toHaveValue('https://partner.example.com/update');
  await expect(hooks.save).toBeEnabled();

  await frame.navLink('Partners').click();
  await leave.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(partners.heading).toBeVisible();
  await frame.navLink('Order Webhooks').click();
  await expect(update).toHaveValue('');
});
