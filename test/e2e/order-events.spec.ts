import { expect, test } from './fixtures/hub';
import { configureOrderHooks, orderHookHeader } from './fixtures/integrations';
import { waitUntilQueueIdle } from './fixtures/queue';
import type { ReceivedRequest } from './fixtures/receiver';
import { AppFrame } from './pages/app-frame';
import { OrdersPage } from './pages/orders-page';

/** The check inside an order event, as far as these tests read it. */
interface CheckData {
  number: number;
  source: string;
  table: string | null;
  status: string;
  lines: { name: string; quantity: number; modifiers: { name: string }[] }[];
  total: { amount: number; currency: string };
}

const check = (request: ReceivedRequest): CheckData => request.body.data.check as CheckData;
const isType = (path: string, type: string) => (request: ReceivedRequest) =>
  request.path === path && request.body.type === type;

test.beforeEach(({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
});

test('an OLO order reaches the Open Order URL as order.created, with the API key header', async ({
  page,
  hub,
  receiver,
}) => {
  await configureOrderHooks(hub, receiver, { thirdOrderActive: false });
  const orders = new OrdersPage(page);
  await new AppFrame(page).open(hub.url, '/orders');

  await page.getByRole('button', { name: 'Open check', exact: true }).click();
  await orders.openDialog.getByRole('radio', { name: /^Online ordering \(OLO\)/ }).check();
  // Beside the button, in plain words: who hears about this check.
  await expect(orders.openDialog.getByRole('note', { name: 'Who will receive this' })).toContainText(
    'Open Order Web Hooks will be notified.',
  );
  await orders.openDialog.getByLabel('Table', { exact: true }).fill('7');
  await orders.openDialog.getByLabel('Guests', { exact: true }).fill('2');
  await orders.openDialog.getByRole('button', { name: 'Open check', exact: true }).click();
  await expect(orders.detail).toBeVisible();
  const number = Number((await orders.detail.getByRole('heading', { level: 2 }).innerText()).replace(/\D/g, ''));

  const created = await receiver.waitFor(isType('/open', 'order.created'));
  expect(created.method).toBe('POST');
  expect(created.headers[orderHookHeader.name.toLowerCase()]).toBe(orderHookHeader.value);
  expect(created.headers['content-type']).toContain('application/json');
  expect(created.body.id).toMatch(/^evt_[0-9a-f]{32}$/);
  expect(check(created)).toMatchObject({ number, source: 'olo', table: '7', status: 'open' });
  await expect(orders.openList).toContainText(`Check #${number}`);
});

test('a POS order goes to the Open Order URL only when 3rd Order Web Hooks is Active', async ({
  page,
  hub,
  receiver,
}) => {
  await configureOrderHooks(hub, receiver, { thirdOrderActive: false });
  const orders = new OrdersPage(page);
  await new AppFrame(page).open(hub.url, '/orders');

  await page.getByRole('button', { name: 'Open check', exact: true }).click();
  await orders.openDialog.getByRole('radio', { name: /^POS/ }).check();
  await expect(orders.openDialog.getByRole('note', { name: 'Who will receive this' })).toHaveText(
    'Who will receive this: No partner will be notified.',
  );
  await orders.openDialog.getByRole('button', { name: 'Open check', exact: true }).click();
  await expect(orders.openDialog).toBeHidden();
  const quiet = Number((await orders.detail.getByRole('heading', { level: 2 }).innerText()).replace(/\D/g, ''));
  await waitUntilQueueIdle(hub);
  expect(receiver.at('/open')).toHaveLength(0);

  // The operator turns 3rd Order on (the page's own switch) and rings up another POS order.
  await configureOrderHooks(hub, receiver, { thirdOrderActive: true });
  const sent = await orders.openCheck('POS', '12');
  expect(sent).toBe(quiet + 1);
  const created = await receiver.waitFor(isType('/open', 'order.created'));
  expect(check(created)).toMatchObject({ number: sent, source: 'pos', table: '12' });
  expect(created.headers[orderHookHeader.name.toLowerCase()]).toBe(orderHookHeader.value);
  await waitUntilQueueIdle(hub);
  expect(receiver.at('/open').map((request) => check(request).number)).toEqual([sent]);
});

test('adding an item and changing the table reach the Update URL; closing reaches the Close URL', async ({
  page,
  hub,
  receiver,
}) => {
  await configureOrderHooks(hub, receiver, { thirdOrderActive: false });
  const orders = new OrdersPage(page);
  await new AppFrame(page).open(hub.url, '/orders');
  const number = await orders.openCheck('Online ordering (OLO)', '3', '2');

  await orders.addItem('Margherita', ['Large (36 cm)', 'Rocket'], '2');
  const added = await receiver.waitFor(isType('/update', 'order.updated'));
  expect(added.headers[orderHookHeader.name.toLowerCase()]).toBe(orderHookHeader.value);
  expect(check(added).number).toBe(number);
  const changes = added.body.data.changes as {
    kind: string;
    line?: { name: string; quantity: number; modifiers: { name: string }[] };
  }[];
  expect(changes).toHaveLength(1);
  expect(changes[0]).toMatchObject({ kind: 'line_added', line: { name: 'Margherita', quantity: 2 } });
  expect(changes[0]?.line?.modifiers.map((modifier) => modifier.name)).toEqual(['Large (36 cm)', 'Rocket']);
  // The UI shows the core's totals, the same the partner got.
  const total = check(added).total;
  expect(total).toEqual({ amount: 2 * (1050 + 350 + 100), currency: 'EUR' });
  await expect(orders.detail.getByRole('definition').last()).toHaveText('€30.00');

  // A line added by mistake and removed again: the partner hears both.
  await orders.addItem('Tiramisù');
  await orders.detail.getByRole('button', { name: 'Remove Tiramisù' }).click();
  const removed = await receiver.waitFor(
    (request) =>
      isType('/update', 'order.updated')(request) &&
      (request.body.data.changes as { kind: string }[])[0]?.kind === 'line_removed',
  );
  expect(check(removed).lines.map((line) => line.name)).toEqual(['Margherita']);
  await expect(orders.detail.getByRole('list', { name: 'Items on the check' })).not.toContainText('Tiramisù');

  await orders.changeTable('9');
  const moved = await receiver.waitFor(
    (request) =>
      isType('/update', 'order.updated')(request) &&
      (request.body.data.changes as { kind: string }[])[0]?.kind === 'table_changed',
  );
  expect(moved.body.data.changes).toEqual([{ kind: 'table_changed', old: '3', new: '9' }]);
  expect(moved.body.sequence).toBeGreaterThan(added.body.sequence);

  await orders.close();
  const closed = await receiver.waitFor(isType('/close', 'order.closed'));
  expect(check(closed)).toMatchObject({ number, status: 'closed', table: '9', total });
  expect(closed.headers[orderHookHeader.name.toLowerCase()]).toBe(orderHookHeader.value);
  await expect(orders.doneList).toContainText(`Check #${number}`);
  await expect(orders.detail).toContainText('Closed');
});

test('cancelling with a reason tells the Update URL who cancelled and why', async ({ page, hub, receiver }) => {
  await configureOrderHooks(hub, receiver, { thirdOrderActive: false });
  const orders = new OrdersPage(page);
  await new AppFrame(page).open(hub.url, '/orders');
  const number = await orders.openCheck('Online ordering (OLO)');

  // The reason is required: the dialog will not cancel without one.
  await orders.detail.getByRole('button', { name: 'Cancel check', exact: true }).click();
  const dialog = page.getByRole('alertdialog', { name: `Cancel Check #${number}?` });
  await expect(dialog.getByRole('button', { name: 'Cancel check', exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Keep the check' }).click();

  await orders.cancel('Guest left before ordering', 'Giulia');
  const cancelled = await receiver.waitFor(isType('/update', 'order.cancelled'));
  expect(cancelled.body.data).toMatchObject({ reason: 'Guest left before ordering', cancelled_by: 'Giulia' });
  expect(check(cancelled)).toMatchObject({ number, status: 'cancelled' });
  await expect(orders.detail).toContainText('by Giulia: Guest left before ordering');
});

test('a disabled hook gets nothing, even with a URL filled in', async ({ page, hub, receiver }) => {
  await configureOrderHooks(hub, receiver, { thirdOrderActive: false, update: { enabled: false } });
  const orders = new OrdersPage(page);
  await new AppFrame(page).open(hub.url, '/orders');
  const number = await orders.openCheck('Online ordering (OLO)', '5');
  await orders.addItem('Tiramisù');
  await orders.changeTable('6');
  await orders.close();

  await receiver.waitFor(isType('/close', 'order.closed'));
  await waitUntilQueueIdle(hub);
  expect(receiver.at('/update')).toHaveLength(0);
  expect(receiver.at('/open').map((request) => [request.body.type, check(request).number])).toEqual([
    ['order.created', number],
  ]);
  expect(receiver.at('/close')).toHaveLength(1);
});
