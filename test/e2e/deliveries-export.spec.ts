import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { parseCsv } from '../support/parse-csv';
import { expect, test } from './fixtures/hub';
import type { HubProcess } from './fixtures/hub-process';
import { addPartner } from './fixtures/integrations';
import { waitUntilQueueIdle } from './fixtures/queue';
import { AppFrame } from './pages/app-frame';
import { DeliveriesPage } from './pages/deliveries-page';

interface Row {
  id: number;
  state: string;
}

const check = (table: string) => ({ source: 'olo', table, guests: 2, notes: '', lines: [] });
/** A partner name a spreadsheet would run as a formula, with a comma and quotes to quote. */
const hostileName = '=HYPERLINK("http://x"), Loyalty';

async function countIn(hub: HubProcess, state: string): Promise<number> {
  const counts = await hub.call<{ byState: Record<string, number> }>('deliveries.count', { filter: {} });
  return counts.byState[state] ?? 0;
}

async function downloaded(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

test('exports exactly the rows the filter shows, as CSV and as JSON, with progress and a summary', async ({
  page,
  hub,
  receiver,
}) => {
  // Three delivered…
  await addPartner(hub, receiver, { name: 'Acme Delivery', path: '/acme', eventTypes: ['order.created'] });
  for (const table of ['1', '2', '3']) await hub.call('checks.open', check(table));
  await waitUntilQueueIdle(hub);
  // …and four failed: delivered to both partners, then resent by hand while they answer 500. A manual
  // try outside any retry schedule that fails ends failed (a retrying one would go on retrying).
  await addPartner(hub, receiver, { name: hostileName, path: '/loyalty', eventTypes: ['order.created'] });
  for (const table of ['Patio, "2"', '5']) await hub.call('checks.open', check(table));
  await waitUntilQueueIdle(hub);
  receiver.status = 500;
  const latest = await hub.call<{ items: Row[] }>('deliveries.list', { filter: {}, limit: 4 });
  for (const row of latest.items) await hub.call('deliveries.resend', { id: row.id });
  await waitUntilQueueIdle(hub);
  const failed = await hub.call<{ items: Row[] }>('deliveries.list', { filter: { states: ['failed'] } });
  const failedIds = failed.items.map((row) => row.id);
  expect(failedIds).toHaveLength(4);
  expect(await countIn(hub, 'delivered')).toBe(3);

  const deliveries = new DeliveriesPage(page);
  await new AppFrame(page).open(hub.url, '/deliveries');
  await deliveries.stateChip('Failed').click();
  await expect(deliveries.rows()).toHaveCount(4);

  await deliveries.exportButton.click();
  await expect(deliveries.exportDialog).toBeVisible();
  const csvDownload = await deliveries.exportAs('CSV');
  expect(csvDownload.suggestedFilename()).toMatch(/^deliveries-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.csv$/);
  await expect(deliveries.exportStatus).toHaveText(`Exported 4 deliveries to ${csvDownload.suggestedFilename()}`);
  await expect(deliveries.exportProgress).toHaveAttribute('max', '4');
  await expect(deliveries.exportProgress).toHaveAttribute('value', '4');

  const csv = await downloaded(csvDownload);
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header, ...records] = parseCsv(csv.slice(1));
  expect(header).toEqual([
    'Time (UTC)',
    'Event type',
    'Resource',
    'Destination',
    'State',
    'Next attempt (UTC)',
    'Attempts',
    'Last status',
    'Last reason',
    'Latency (ms)',
    'Event ID',
    'Delivery ID',
  ]);
  expect(records.map((record) => Number(record[11]))).toEqual(failedIds);
  expect(new Set(records.map((record) => record[4]))).toEqual(new Set(['failed']));
  expect(records.filter((record) => record[3] === `'${hostileName}`)).toHaveLength(2);
  expect(records.filter((record) => record[2]?.endsWith('table Patio, "2"'))).toHaveLength(2);
  expect(records.every((record) => record[7] === '500')).toBe(true);

  const jsonDownload = await deliveries.exportAs('JSON');
  expect(jsonDownload.suggestedFilename()).toMatch(/^deliveries-.*Z\.json$/);
  await expect(deliveries.exportStatus).toHaveText(`Exported 4 deliveries to ${jsonDownload.suggestedFilename()}`);
  const json = JSON.parse(await downloaded(jsonDownload)) as {
    deliveryId: number;
    state: string;
    destination: string;
  }[];
  expect(json.map((row) => row.deliveryId)).toEqual(failedIds);
  expect(json.every((row) => row.state === 'failed')).toBe(true);
  // JSON is not a spreadsheet: names stay exactly as the operator typed them.
  expect(json.filter((row) => row.destination === hostileName)).toHaveLength(2);

  await deliveries.exportDialog.getByRole('button', { name: 'Close' }).click();
  await expect(deliveries.exportDialog).toBeHidden();
});
