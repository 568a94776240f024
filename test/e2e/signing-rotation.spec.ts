import { Webhook } from 'standardwebhooks';
import type { PartnerView } from '../../shared/domain/partners';
import { expect, test } from './fixtures/hub';
import { addPartner } from './fixtures/integrations';
import type { ReceivedRequest } from './fixtures/receiver';
import { normalized, sampleStoreZone } from './fixtures/store-clock-text';
import { AppFrame } from './pages/app-frame';
import { PartnersPage } from './pages/partners-page';

/** The PC is in New York, the sample store in Berlin: the stop time must be the store's. */
test.use({ timezoneId: 'America/New_York', locale: 'en-US' });

/** "Nov 23, 9:45 PM Berlin time": a planned time on another day, as the store clock writes it (en-US). */
const plannedInBerlin = (iso: string): string =>
  `${normalized(
    new Intl.DateTimeFormat('en-US', {
      timeZone: sampleStoreZone,
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    }).format(Date.parse(iso)),
  )} Berlin time`;

const verifies = (secret: string, request: ReceivedRequest): boolean => {
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
  try {
    new Webhook(secret).verify(request.raw, headers);
    return true;
  } catch {
    return false;
  }
};

test('rotate a signing secret: the new one shown once, the row says when the old one stops, a real receiver verifies with both until the overlap ends', async ({
  page,
  hub,
  receiver,
}) => {
  const { signingSecret: oldSecret = '' } = await addPartner(hub, receiver, {
    name: 'Acme Delivery',
    path: '/acme',
    eventTypes: ['order.created'],
    signed: true,
  });
  const partners = new PartnersPage(page);
  await new AppFrame(page).open(hub.url, '/hub/partners');

  // Rotate, keeping the default 24-hour overlap.
  await partners.rotateSecretButton('Acme Delivery').click();
  await expect(partners.rotateDialog).toHaveAccessibleName('Rotate the signing secret of “Acme Delivery”?');
  const overlap = partners.rotateDialog.getByLabel('Keep the current secret signing for');
  await expect(overlap).toHaveValue('24');
  await expect(overlap).toHaveAccessibleDescription(/^The current secret stops at .+ Berlin time; from then on/);
  await partners.rotateDialog.getByRole('button', { name: 'Rotate secret' }).click();

  // The new secret, once.
  await expect(partners.secretDialog).toBeVisible();
  const newSecret = await partners.secretDialog.getByLabel('Signing secret').inputValue();
  expect(newSecret).toMatch(/^whsec_[A-Za-z0-9+/=]{20,}$/);
  expect(newSecret).not.toBe(oldSecret);
  const [view] = await hub.call<PartnerView[]>('partners.list', {});
  const stopsAt = view?.signingRotation?.oldSecretStopsAt ?? '';
  expect(Date.parse(stopsAt) - Date.parse(view?.signingRotation?.rotatedAt ?? '')).toBe(24 * 3_600_000);
  await expect(partners.secretDialog).toContainText(
    `Until ${plannedInBerlin(stopsAt)}, webhooks are signed with the old secret too`,
  );
  await partners.secretDialog.getByRole('button', { name: 'Done' }).click();
  await expect(partners.secretDialog).toBeHidden();

  // The row: when the old secret stops, on the store's clock.
  const acme = partners.row('Acme Delivery');
  await expect(acme).toContainText(`Old secret ••••${oldSecret.slice(-4)} stops at ${plannedInBerlin(stopsAt)}`);
  expect(await page.content()).not.toContain(newSecret);
  expect(JSON.stringify(view)).not.toContain(newSecret.slice(6));

  // A webhook now carries both signatures: a partner verifies with either secret.
  await acme.getByRole('button', { name: 'Send test event to Acme Delivery' }).click();
  await expect.poll(() => receiver.at('/acme').length).toBe(1);
  const [during] = receiver.at('/acme');
  if (!during) throw new Error('nothing arrived');
  expect(String(during.headers['webhook-signature']).split(' ')).toHaveLength(2);
  expect([verifies(oldSecret, during), verifies(newSecret, during)]).toEqual([true, true]);

  // The partner has switched: end the overlap now; from then on only the new secret signs.
  await partners.endOverlapButton('Acme Delivery').click();
  await partners.endOverlapDialog.getByRole('button', { name: 'End overlap now' }).click();
  await expect(partners.endOverlapDialog).toBeHidden();
  await expect(acme).not.toContainText('Old secret');
  await acme.getByRole('button', { name: 'Send test event to Acme Delivery' }).click();
  await expect.poll(() => receiver.at('/acme').length).toBe(2);
  const after = receiver.at('/acme')[1];
  if (!after) throw new Error('nothing arrived');
  expect([verifies(oldSecret, after), verifies(newSecret, after)]).toEqual([false, true]);
});
