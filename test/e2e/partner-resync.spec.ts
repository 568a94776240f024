import { Webhook } from 'standardwebhooks';
import { expect, test } from './fixtures/hub';
import { addPartner } from './fixtures/integrations';
import type { ReceivedRequest } from './fixtures/receiver';
import { AppFrame } from './pages/app-frame';
import { PartnersPage } from './pages/partners-page';

const snapshotTypes = ['store.updated', 'menu.hours.updated', 'menu.updated', 'order.created'];

const verified = (secret: string, request: ReceivedRequest): unknown =>
  new Webhook(secret).verify(
    request.raw,
    Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)])),
  );

test('Send current state: the dialog says what will be sent, shows it going out and sums it up; only that partner receives it, marked resync', async ({
  page,
  hub,
  receiver,
}) => {
  const { signingSecret = '' } = await addPartner(hub, receiver, {
    name: 'Deliveroo',
    path: '/deliveroo',
    eventTypes: snapshotTypes,
    signed: true,
  });
  await addPartner(hub, receiver, { name: 'Loyalty Co', path: '/loyalty', eventTypes: snapshotTypes });
  await hub.call('checks.open', {
    source: 'olo',
    table: '7',
    guests: 2,
    notes: '',
    lines: [{ itemId: 'itm_margherita', quantity: 1, optionIds: ['opt_margherita_1_2'], notes: '' }],
  });
  // The new order's own event, to both partners, comes before anything this test is about.
  await Promise.all(
    ['/deliveroo', '/loyalty'].map((path) =>
      receiver.waitFor((request) => request.path === path && request.body.type === 'order.created'),
    ),
  );
  const before = receiver.requests.length;

  const partners = new PartnersPage(page);
  await new AppFrame(page).open(hub.url, '/hub/partners');
  await partners.resyncButton('Deliveroo').click();
  const dialog = partners.resyncDialog;
  await expect(dialog).toHaveAccessibleName('Send current state to “Deliveroo”');
  await expect(dialog.getByRole('list', { name: 'What will be sent' }).getByRole('listitem')).toHaveText([
    /^The store: /,
    /^Menu hours: 2 events, one per menu$/,
    /^2 menus, each whole: /,
    /^1 open check, each as it is now/,
  ]);
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();

  // The partner holds its first answer, so the progress shows before the summary does.
  let answerFirst: (status: number) => void = () => undefined;
  receiver.answer = () => new Promise<number>((resolve) => (answerFirst = resolve));
  await dialog.getByRole('button', { name: 'Send 6 events' }).click();
  const status = dialog.getByRole('status');
  await expect(status).toContainText('Sending… 0 of 6 delivered');
  await expect(dialog.getByRole('progressbar', { name: 'Sent to Deliveroo' })).toHaveAttribute('max', '6');
  await expect(dialog.getByRole('button', { name: 'Stop sending' })).toHaveAccessibleDescription(
    /the event already on its way still arrives; the rest are not sent/,
  );
  receiver.answer = null;
  answerFirst(200);

  await expect(status).toContainText('Sent 6 events to Deliveroo: 2 menus, menu hours, the store, 1 open check.');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await expect(partners.resyncButton('Deliveroo')).toBeFocused();

  // What crossed the wire: six signed events at Deliveroo, in order, each marked resync; Loyalty Co heard nothing.
  const sent = receiver.requests.slice(before);
  expect(sent.map((r) => r.path)).toEqual(Array(6).fill('/deliveroo'));
  expect(sent.map((r) => r.body.type)).toEqual([
    'store.updated',
    'menu.hours.updated',
    'menu.hours.updated',
    'menu.updated',
    'menu.updated',
    'order.created',
  ]);
  for (const request of sent) expect(verified(signingSecret, request)).toMatchObject({ resync: true });
  expect(sent.at(-1)?.body.data.check).toMatchObject({ number: expect.any(Number), table: '7' });
});
