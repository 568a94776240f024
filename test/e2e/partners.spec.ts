import { expect, test } from './fixtures/hub';
import { AppFrame } from './pages/app-frame';
import { PartnersPage } from './pages/partners-page';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('add, edit, disable and delete partners; the list survives restarts', async ({ page, hub }) => {
  const frame = new AppFrame(page);
  const partners = new PartnersPage(page);
  await frame.open(hub.url, '/hub/partners');
  await expect(partners.heading).toBeVisible();

  // Add, with a custom header and a generated signing secret.
  await partners.addPartner.click();
  await expect(partners.form).toHaveAccessibleName('Add partner');
  await expect(partners.form.getByRole('button', { name: 'Add partner' })).toBeDisabled();
  await expect(partners.field('Timeout (seconds)')).toHaveValue('15');
  await expect(partners.field('Rate limit (requests per second)')).toHaveValue('10');
  await partners.fillForm({
    name: 'Acme Delivery',
    url: 'https://acme.example.com/hooks',
    eventTypes: ['order.created', 'order.closed', 'menu.updated'],
    headerName: 'X-Acme-Key',
    headerValue: 'acme_secret_value_9876',
    generateSecret: true,
  });
  await partners.submitForm('Add partner');

  await expect(partners.secretDialog).toBeVisible();
  await expect(partners.secretDialog).toContainText('It will not be shown again');
  const secret = await partners.secretDialog.getByLabel('Signing secret').inputValue();
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{20,}$/);
  await partners.secretDialog.getByRole('button', { name: 'Copy' }).click();
  await expect(partners.secretDialog.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(secret);
  await partners.secretDialog.getByRole('button', { name: 'Done' }).click();
  await expect(partners.secretDialog).toBeHidden();

  const acme = partners.row('Acme Delivery');
  await expect(acme).toContainText('https://acme.example.com/hooks');
  await expect(acme).toContainText('3 events');
  await expect(partners.enabledSwitch('Acme Delivery')).toHaveAttribute('aria-checked', 'true');

  // A second partner, so deleting one is seen to delete only that one.
  await partners.addPartner.click();
  await partners.fillForm({ name: 'Beta Loyalty', url: 'https://beta.example.com/in', eventTypes: ['order.closed'] });
  await partners.submitForm('Add partner');
  await expect(partners.form).toBeHidden();
  await expect(partners.secretDialog).toBeHidden();
  await expect(partners.row('Beta Loyalty')).toContainText('1 event');

  // Edit: rename and move the URL; secrets stay masked and kept.
  await partners.edit('Acme Delivery');
  await expect(partners.field('Header value')).toHaveValue('');
  await expect(partners.field('Header value')).toHaveAccessibleDescription(/••••9876/);
  await expect(partners.form.getByRole('button', { name: 'Replace now' })).toBeVisible();
  await partners.fillForm({ name: 'Acme Express', url: 'https://express.acme.example.com/hooks' });
  await partners.submitForm('Save changes');
  await expect(partners.form).toBeHidden();
  await expect(partners.secretDialog).toBeHidden();
  await expect(partners.row('Acme Express')).toContainText('https://express.acme.example.com/hooks');
  await expect(partners.enabledSwitch('Acme Delivery')).toHaveCount(0);

  // Disable from the list.
  await partners.enabledSwitch('Acme Express').click();
  await expect(partners.enabledSwitch('Acme Express')).toHaveAttribute('aria-checked', 'false');

  await frame.open(await hub.restart(), '/hub/partners');
  await expect(partners.row('Acme Express')).toContainText('https://express.acme.example.com/hooks');
  await expect(partners.row('Acme Express')).toContainText('Signed');
  await expect(partners.enabledSwitch('Acme Express')).toHaveAttribute('aria-checked', 'false');
  await expect(partners.row('Beta Loyalty')).toBeVisible();

  // Delete asks first, naming the partner; Cancel keeps it.
  await partners.row('Beta Loyalty').getByRole('button', { name: 'Delete Beta Loyalty' }).click();
  await expect(partners.deleteDialog).toHaveAccessibleName('Delete “Beta Loyalty”?');
  await partners.deleteDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(partners.row('Beta Loyalty')).toBeVisible();
  await partners.delete('Beta Loyalty');
  await expect(partners.enabledSwitch('Beta Loyalty')).toHaveCount(0);

  await frame.open(await hub.restart(), '/hub/partners');
  await expect(partners.row('Acme Express')).toBeVisible();
  await expect(partners.enabledSwitch('Beta Loyalty')).toHaveCount(0);
  expect(await page.content()).not.toContain('acme_secret_value_9876');
  expect(await page.content()).not.toContain(secret);
});

test('the partner form validates inline and keeps Save disabled until valid', async ({ page, hub }) => {
  const partners = new PartnersPage(page);
  await new AppFrame(page).open(hub.url, '/hub/partners');
  await partners.addPartner.click();
  const add = partners.form.getByRole('button', { name: 'Add partner' });

  await partners.fillForm({ name: 'Gamma', url: 'ftp://gamma.example.com' });
  await partners.field('URL').blur();
  await expect(partners.field('URL')).toHaveAccessibleDescription(/must start with https:\/\/ or http:\/\//);
  await partners.fillForm({
    url: 'https://gamma.example.com/hooks',
    headerName: 'Content-Length',
    timeoutSeconds: '90',
  });
  await partners.field('Timeout (seconds)').blur();
  await partners.field('Header name').blur();
  await expect(partners.field('Header name')).toHaveAttribute('aria-invalid', 'true');
  await expect(partners.field('Timeout (seconds)')).toHaveAccessibleDescription(/At most 60 seconds/);
  await expect(partners.form).toContainText('Still needed:');
  await expect(add).toBeDisabled();

  await partners.fillForm({ headerName: 'X-Gamma', timeoutSeconds: '30', eventTypes: ['store.updated'] });
  // A header name needs its value (the core's pairing rule, mirrored in the form).
  await expect(partners.form).toContainText('Still needed: Header value.');
  await expect(add).toBeDisabled();
  await partners.fillForm({ headerValue: 'gamma-key-123456' });
  await expect(add).toBeEnabled();
  await partners.form.getByRole('button', { name: 'Cancel' }).click();
  await expect(partners.form).toBeHidden();
  await expect(page.getByText('No partners yet.', { exact: false })).toBeVisible();
});
