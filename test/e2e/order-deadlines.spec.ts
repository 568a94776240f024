import { writeLateOrderInChild } from './fixtures/filled-log';
import { expect, test as base, withHub } from './fixtures/hub';
import type { HubProcess } from './fixtures/hub-process';
import { clockIn, normalized } from './fixtures/store-clock-text';
import type { LateOrderWritten } from '../support/late-order';
import { seriousViolations } from './layout/axe-findings';
import { AppFrame } from './pages/app-frame';
import { DeliveriesPage } from './pages/deliveries-page';
import { PartnersPage } from './pages/partners-page';

/**
 * A data folder as the PC was left: Deliveroo never answered, and a new order for it
 * was opened 7 minutes ago (by the real core, on a clock set back). No test clock in
 * the app: the hub started on it must find the order late at once — which is also
 * what proves that deadlines survive a restart and that time the app was closed counts.
 */
const test = base.extend<{ late: { hub: HubProcess; order: LateOrderWritten } }>({
  late: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, testInfo) => {
      await withHub(
        testInfo,
        (dataDir) => writeLateOrderInChild(dataDir, 7),
        (hub, order) => use({ hub, order }),
      );
    },
    // Its own time: the core writing the order in a child process takes seconds of its own.
    { timeout: 60_000 },
  ],
});

test('an order not delivered in 5 minutes stays on every screen until handled by phone, and the Dashboard lists it', async ({
  page,
  late: { hub, order },
}) => {
  // Three axe looks (the alert, held and not, and the new dialog) take seconds each on a loaded machine.
  test.setTimeout(75_000);
  const frame = new AppFrame(page);
  await frame.open(hub.url, '/orders');
  const alerts = page.getByRole('region', { name: 'Late order alerts' });
  const alert = alerts.getByRole('group');
  // In the store's time zone, named when the browser's differs (as every time in the app).
  const words = new RegExp(
    `^Deliveroo has not received order #${order.checkNumber} \\(opened ${clockIn(order.openedAt)}( Berlin time)?\\)`,
  );
  // The words are announced; the minutes since it was opened count beside them.
  await expect(alert.getByRole('alert')).toHaveText(new RegExp(`${words.source}$`));
  expect(normalized(await alert.getByRole('paragraph').first().innerText())).toMatch(
    new RegExp(`${words.source} — (7|8) minutes$`),
  );
  await expect(alert).toContainText('Last try: The partner');
  expect(await seriousViolations(page, alerts)).toEqual([]);

  // The Dashboard lists it with the same actions.
  await frame.goTo('Dashboard');
  const list = page.getByRole('region', { name: 'Late orders', exact: true });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText(`Order #${order.checkNumber} to Deliveroo · New order`);

  // Held from the Partners page (#14): nothing goes to Deliveroo, so the alert says so and
  // offers Release where it offered Retry now — a retry would wait for the release too.
  const partners = new PartnersPage(page);
  await frame.goTo('Partners');
  await partners.holdButton('Deliveroo').click();
  await expect(alert.getByText('Deliveroo is held, so nothing is sent to them')).toBeVisible();
  await expect(alert.getByRole('button', { name: /^Retry/ })).toHaveCount(0);
  expect(await seriousViolations(page, alerts)).toEqual([]);
  await alert.getByRole('button', { name: `Release Deliveroo to send order #${order.checkNumber}` }).click();
  await expect(alert.getByRole('status')).toHaveText('Deliveroo is released: sending now…');
  await expect(alert.getByRole('button', { name: `Retry order #${order.checkNumber} to Deliveroo now` })).toBeVisible();
  await expect(partners.row('Deliveroo')).not.toContainText('Held');

  // Open delivery: the log, at that delivery.
  await alert.getByRole('link', { name: `Open the delivery of order #${order.checkNumber} to Deliveroo` }).click();
  await expect(page).toHaveURL(new RegExp(`#/deliveries\\?delivery=${order.deliveryId}$`));
  await expect(new DeliveriesPage(page).detail).toContainText(`Check #${order.checkNumber}`);

  // Handled by phone asks who, then the alert goes — everywhere, and after a reload.
  await alert.getByRole('button', { name: `Handled order #${order.checkNumber} to Deliveroo by phone` }).click();
  const dialog = page.getByRole('alertdialog', { name: `Handled order #${order.checkNumber} to Deliveroo by phone?` });
  await expect(dialog).toContainText('does not get the order twice');
  expect(await seriousViolations(page, dialog)).toEqual([]);
  await dialog.getByRole('button', { name: 'Mark as handled' }).click();
  await expect(dialog.getByLabel('Phoned by')).toHaveAccessibleDescription(/Say who phoned the partner\./);
  await dialog.getByLabel('Phoned by').fill('Anna');
  await dialog.getByRole('button', { name: 'Mark as handled' }).click();
  await expect(dialog).toBeHidden();
  await expect(alerts).toBeHidden();
  await expect(new DeliveriesPage(page).detail).toContainText('Handled by phone by Anna');

  await page.reload();
  await frame.goTo('Dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(list).toBeHidden();
  await expect(alerts).toBeHidden();
});
